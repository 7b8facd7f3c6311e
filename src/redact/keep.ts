/**
 * Values that look personal but identify nobody, and words that look like names but are
 * parts of Windows itself. Keeping them keeps the logs readable and the analysis intact.
 */

/** Built-in accounts and authorities (`NT AUTHORITY\SYSTEM`, `BUILTIN\Administrators`). */
export const WELL_KNOWN_DOMAINS = new Set([
  'nt authority',
  'authority',
  'builtin',
  'nt service',
  'service',
  'window manager',
  'manager',
  'font driver host',
  'host',
  'iis apppool',
  'apppool',
  'nt virtual machine',
]);

export const WELL_KNOWN_ACCOUNTS = new Set([
  'system',
  'local service',
  'localservice',
  'network service',
  'networkservice',
  'trustedinstaller',
  'n/a',
  '-',
  'administrators',
  'users',
  'everyone',
  'anonymous logon',
]);

/** Profile folders that belong to no person. */
export const SHARED_PROFILES = new Set(['public', 'default', 'default user', 'all users', 'defaultuser0', 'defaultapppool']);

/**
 * First parts of `X\Y` that are registry roots or folders, never a domain: a relative path
 * like `Servicing\Packages` must not become `<DOMAIN-1>\<USER-1>`.
 */
export const PATH_WORDS = new Set([
  'hklm', 'hkcu', 'hku', 'hkcr', 'hkcc', 'hkey_local_machine', 'hkey_current_user', 'hkey_users', 'hkey_classes_root',
  'software', 'system', 'system32', 'syswow64', 'windows', 'winsxs', 'microsoft', 'servicing', 'packages', 'policies',
  'currentversion', 'currentcontrolset', 'controlset001', 'services', 'softwaredistribution', 'download', 'datastore',
  'logs', 'cbs', 'dism', 'panther', 'temp', 'tmp', 'users', 'program files', 'programdata', 'appdata', 'local', 'roaming',
  'inst', 'catroot2', 'drivers', 'driverstore', 'filerepository', 'manifests', 'catalogs', 'config', 'sessions',
  'sessionsbackup', 'wu', 'wuauserv', 'bits', 'trustedinstaller', 'deliveryoptimization', 'updateorchestrator',
  'windowsupdate', 'au', 'components', 'device', 'harddiskvolume1', 'harddiskvolume2', 'harddiskvolume3', 'globalroot',
]);

/**
 * Public vendor domains: a Microsoft update URL in a log says nothing about the customer.
 * A host under one of these (or equal to it) is kept.
 */
export const PUBLIC_DOMAINS = [
  'microsoft.com',
  'windowsupdate.com',
  'windows.com',
  'windows.net',
  'msft.net',
  'msftncsi.com',
  'msedge.net',
  'live.com',
  'office.com',
  'digicert.com',
  'verisign.com',
  'w3.org',
  'xmlsoap.org',
];

export function isPublicHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return PUBLIC_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

/** Well-known SIDs (S-1-5-18 is LocalSystem): only domain and Azure AD account SIDs name a person or machine. */
export const isPersonalSid = (sid: string): boolean => /^S-1-(?:5-21|12-1)-/i.test(sid);

/** Addresses that are the same on every machine. */
export function isSharedIpv4(ip: string): boolean {
  return ip === '0.0.0.0' || ip === '255.255.255.255' || ip.startsWith('127.');
}

export const isSharedIpv6 = (ip: string): boolean => ip === '::' || ip === '::1';

/**
 * Tokens a learned name must never be taken for when met bare in a line: a code, a KB
 * number, a build, a GUID or a time stays whatever a user is called.
 */
export function isAnalyzerToken(token: string): boolean {
  return /^(?:0x)?[0-9a-f]{8}$/i.test(token) || /^kb\d+$/i.test(token) || /^\d+(?:\.\d+)*$/.test(token);
}
