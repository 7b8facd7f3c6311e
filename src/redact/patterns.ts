/**
 * The patterns the redactor looks for, one per shape of personal data. All are global and
 * Unicode-aware: Chinese user names (`CONTOSO\张三`) are names too.
 */

/** `wang.li@contoso.com`: a mailbox ends in a domain whose last label is letters. */
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}-])/gu;

/** The host of a URL (`http://92.0.14.83:8530`, `https://wsus.contoso.local/…`, `http://[fe80::1]/`). */
export const URL_HOST = /(?<![A-Za-z])((?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]):\/\/)(\[[0-9a-fA-F:.%]+\]|[^/\s:"'<>[\]\\]+)/g;

/** A UNC server: `\\wsus01\WsusContent` (not `\\?\` or `\\.\`). */
export const UNC_HOST = /(?<![\\\p{L}\p{N}])(\\\\)([\p{L}\p{N}_-][\p{L}\p{N}_.-]*)(?=\\)/gu;

/** Any security identifier; only some are personal (see keep.ts). */
export const SID = /\bS-1-\d+(?:-\d+)+\b/g;

/**
 * The user folder of a profile path: `C:\Users\zhangsan\…`, also `\Device\HarddiskVolume3\Users\…`
 * and JSON-escaped. The match starts at the `\Users\` part (a fast scan); PROFILE_ROOT then
 * checks what stands before it.
 */
export const PROFILE_PATH =
  /(?<![\\/])([\\/]+(?:[Uu][Ss][Ee][Rr][Ss]|[Dd]ocuments and [Ss]ettings)[\\/]+)([^\\/:*?"<>|\r\n]{1,64}(?=[\\/])|[^\\/:*?"<>|\s,;'")\]]+)/g;
export const PROFILE_ROOT = /(?:(?<![A-Za-z])[A-Za-z]:|\\Device\\+HarddiskVolume\d+|%SystemDrive%)$/i;

/**
 * `DOMAIN\user` (or `DOMAIN\\user` escaped): a short name, a backslash and an account of at
 * most 20 characters that is not followed by more path. A part that starts after a
 * backslash, dot, colon or tilde belongs to a path (`C:\Windows\…`, `$WINDOWS.~BT\NewOS`),
 * not to an account.
 */
export const DOMAIN_USER =
  /(?<![\p{L}\p{N}_\\/.:$%&~-])([\p{L}\p{N}][\p{L}\p{N}_-]{0,14})\\{1,2}([\p{L}\p{N}_-](?:[\p{L}\p{N}._-]{0,18}[\p{L}\p{N}_-])?\$?)(?![\p{L}\p{N}_$\\/~-]|\.[\p{L}\p{N}])/gu;

/**
 * Fields of event exports, logs and `ipconfig /all` that hold a name: `User Name: …`,
 * `计算机: …`, `Machine Name = …`, `Host Name . . . : …`.
 */
const FIELD_LABELS =
  'User ?Name|UserId|User|Account ?Name|Account ?Domain|Computer ?Name|Computer|Machine ?Name|Host ?Name|Workstation ?Name|Client ?Name|Primary Dns Suffix|Connection-specific DNS Suffix|DNS Suffix Search List|主 DNS 后缀|连接特定的 DNS 后缀|DNS 后缀搜索列表|用户名|用户|帐户名|账户名|帐户域|账户域|计算机名|计算机|主机名|工作站名';

export const FIELD = new RegExp(`(?<![\\p{L}\\p{N}_])(${FIELD_LABELS})([ \\t]*(?:\\. ?)*[:=：][ \\t]*)([^\\s,;"'<>]+)`, 'giu');

/**
 * Windows Setup's unattend pass naming the machine and the accounts it makes (setupact.log):
 * `ComputerName set to SWR-PC`, `UserAccounts: created account 'SWR47'`, `AutoLogon Username is 'SWR47'`,
 * `WinLogon DefaultUserName set to 'SWR47'`. The name is learned, so its other lines lose it too.
 */
export const SETUP_NAME = /\b(ComputerName set to|created account|AutoLogon Username is|DefaultUserName set to)( '?)([^\s',;"<>]+)/g;

/** A field's label: never a name, even where a log writes one as a value. */
export const FIELD_LABEL = new RegExp(`^(?:${FIELD_LABELS})$`, 'iu');

/** What a user, computer or domain name looks like: letters, digits, `.`, `_`, `-`, `$`. */
export const NAME_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}._$-]*$/u;

export type FieldKind = 'user' | 'host' | 'domain';

export function fieldKind(field: string): FieldKind {
  const f = field.toLowerCase().replace(/\s/g, '');
  if (f.endsWith('domain') || f.endsWith('域') || f.includes('suffix') || f.includes('后缀')) return 'domain';
  if (/^(user|username|userid|accountname|用户|用户名|帐户名|账户名)$/.test(f)) return 'user';
  return 'host';
}

/** Top-level labels of DNS names worth redacting; file extensions (.cab, .log, .dll) are not among them. */
const TLDS = 'com|cn|net|org|gov|edu|mil|local|lan|corp|internal|intranet|intra|localdomain';

/**
 * The end of a DNS name: a dot and one of the TLDs, not followed by more name. Searching for
 * the end (it starts with a literal dot) is much faster than trying a name at every word;
 * dns-names.ts walks back from it to the start of the name.
 */
export const DNS_END = new RegExp(`\\.(?:${TLDS})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'giu');

/** A whole DNS name: labels of letters, digits and inner hyphens, joined by dots. */
export const DNS_NAME = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]+$/u;

/** .NET names that end like a DNS name. */
export const DOTNET_NAMES = new Set(['system.net', 'asp.net', 'ado.net', 'microsoft.net', 'vb.net']);

/** IPv4 with octets ≤ 255, not part of a longer dotted number (10.0.17763.3287 is a build). */
export const IPV4 = /(?<![\p{L}\p{N}._~-])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?!\d|\.\d)/gu;

/** Words just before a dotted number that make it a version, not an address. */
export const VERSION_BEFORE = /(?:(?<![A-Za-z])(?:version|ver|v)|版本)[ \t]*[:=]?[ \t]*["']?$/i;

/**
 * Something shaped like IPv6: eight groups, or fewer around a `::`. Validated by isIpv6;
 * times like 13:50:06 never match, so they cost no callback.
 */
export const IPV6_CANDIDATE =
  /(?<![\p{L}\p{N}:.])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?)(?:%[\p{L}\p{N}]+)?(?![\p{L}\p{N}:])/giu;

export function isIpv6(candidate: string): boolean {
  const address = candidate.split('%')[0];
  const doubles = address.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = address.split(':');
  if (doubles === 0) return groups.length === 8 && groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g));
  const filled = groups.filter((g) => g !== '');
  return filled.length >= 1 && filled.length <= 7 && filled.every((g) => /^[0-9a-f]{1,4}$/i.test(g));
}

/** A log collector's archive: `<COMPUTER>-(2022-10-28_13-55-01).zip`. */
export const COLLECTOR_ZIP = /^(.+?)(-\(\d{4}-\d{2}-\d{2}[^)]*\)(?:\.zip)?)$/i;

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
