/**
 * The sentences of a reply, in both languages. Written to be pasted into an e-mail as is:
 * factual, no greeting, and natural Chinese (not a translation of the English).
 */
import type { Lang } from '../i18n/lang.ts';

const range = (lang: Lang, first?: string, last?: string): string => {
  if (!first) return '';
  if (!last || last === first) return first;
  return lang === 'en' ? `${first} to ${last}` : `${first} 至 ${last}`;
};

export interface Wording {
  /** the reply's title: of an update still failing, or of logs that show no failure still standing (a DISM command with no result, a healthy machine) */
  title: { failing: string; other: string };
  sections: { logs: string; symptom: string; meanings: string; cause: string; steps: string; kb: string; sendBack: string };
  failures: (file: string, count: number, first?: string, last?: string) => string;
  tally: (count: number, first?: string, last?: string) => string;
  noFailures: string;
  onlySucceeded: (updates: string[], first?: string, last?: string) => string;
  /** updates whose download failed and that nothing later downloaded or installed: the codes they failed with follow */
  downloadsFailed: string;
  laterSucceeded: (kb: string, date?: string) => string;
  /** a servicing failure: when (a time, else the line), what package and phase; `servicingCode` and the code follow, or `servicingNoCode` */
  servicing: (file: string, when: { time?: string; line: number }, pkg: string | undefined, phase: string | undefined) => string;
  servicingCode: string;
  servicingNoCode: string;
  moreServicing: (n: number) => string;
  update: string;
  /** several updates still fail: each named */
  updates: (names: string[]) => string;
  noName: (facility: string, code: string) => string;
  /** a code no table names, with the name its log line prints after it */
  printedName: (name: string, facility: string, code: string) => string;
  noArticle: string;
  /** the words before and after the root-cause code */
  cause: Record<'attempt-outcome' | 'first-error' | 'mention' | 'download' | 'search', (count: number) => [string, string]>;
  /**
   * The cause stood under a wrapper outcome (`resultMapped=80070643, resultUnMapped=800F0828`), so the
   * logs section lists the wrapper: the words before the cause, between it and the wrappers, and after them.
   */
  underWrapper: (count: number, wrappers: number) => [string, string, string];
  companions: (codes: number, dates: string[]) => string;
  wrappers: (codes: number) => string;
  details: string;
  beforeLink: string;
  runbookLead: (title: string) => string;
  noRunbook: string;
  otherRunbooks: string;
  kbTitle: string;
  osBuild: string;
  sha256: string;
  noHash: string;
  /** a KB number written one typing mistake from the package's */
  kbTypo: (typed: string, kb: string) => string;
  checkOnPage: string;
  sendBackLead: string;
  redactHint: string;
  symptomLead: string;
}

export const WORDING: Record<Lang, Wording> = {
  'zh-CN': {
    title: { failing: 'Windows 更新失败日志分析', other: 'Windows 更新与维护日志分析' },
    sections: { logs: '日志显示', symptom: '您看到的现象', meanings: '代码含义', cause: '判断', steps: '建议的处理步骤', kb: '补丁包核对信息', sendBack: '请回传' },
    failures: (file, n, first, last) => `${file}：${range('zh-CN', first, last)}${first ? ' ' : ''}共 ${n} 次安装失败，按每次失败的结果代码统计：`,
    tally: (n, first, last) => ` ×${n}${first ? `（${range('zh-CN', first, last)}）` : ''}`,
    noFailures: '日志中没有找到失败的安装记录。',
    onlySucceeded: (updates, first, last) =>
      `日志中只有安装成功的记录${updates.length ? `（${updates.join('、')}${first ? `，${range('zh-CN', first, last)}` : ''}）` : ''}，没有失败。请确认日志来自出错的那台电脑。`,
    downloadsFailed: '有更新下载失败，此后日志中没有再下载或安装过它，下载失败时的代码：',
    laterSucceeded: (kb, date) => `${kb} 已${date ? `于 ${date} ` : ''}安装成功。`,
    servicing: (file, when, pkg, phase) =>
      `${file}：${when.time ?? `第 ${when.line} 行`}，${pkg ? `处理更新包 ${pkg}` : '服务操作'}${phase ? `（${phase}）` : ''}失败`,
    servicingCode: '，错误为 ',
    servicingNoCode: '，日志没有写出错误代码',
    moreServicing: (n) => `另有 ${n} 次服务操作失败，详见分析页面。`,
    update: '涉及的更新：',
    updates: (names) => `涉及 ${names.length} 项更新：${names.join('；')}。`,
    noName: (facility, code) => `公开头文件中没有这个值的名称；按位解码：设施 ${facility}，代码 ${code}。`,
    printedName: (name, facility, code) => `日志本身在它后面写出的名称是 ${name}，本站收录的公开头文件和文档中没有这个名称；按位解码：设施 ${facility}，代码 ${code}。`,
    noArticle: '本站暂无专门的说明文章。',
    cause: {
      'attempt-outcome': (n) => ['主要原因是 ', `：它是 ${n} 次安装失败的结果代码。`],
      'first-error': (n) => ['主要原因是 ', `：它是 ${n} 次服务操作中最先出现的错误。`],
      mention: () => ['初步判断与 ', ' 有关：日志中没有完整的安装记录，它是出现最多的失败代码。'],
      download: () => ['下载失败的原因是 ', '：更新下载失败时日志写出的就是它。'],
      search: (n) => ['这台电脑无法检查更新，失败代码是 ', `：日志中最近 ${n} 次检查更新都因它失败，持续了一天以上，此后没有一次成功，因此找不到任何可安装的更新。`],
    },
    underWrapper: (n, wrappers) => ['主要原因是 ', `：${n} 次安装失败的结果代码是 `, `，${wrappers === 1 ? '它' : '它们'}只是包装代码，日志在同一次安装中写出的实际代码是前者。`],
    companions: (_n, dates) => ` 出现在${dates.length ? ` ${dates.join('、')} 的` : '同一次'}失败中，是同一次失败在上层的反映，不是另外的原因。`,
    wrappers: () => ' 只是转述了上面的失败（包装代码），不需要单独处理。',
    details: '详细说明',
    beforeLink: '',
    runbookLead: (title) => `按排查手册“${title}”逐步操作，每一步都可以直接打开：`,
    symptomLead: '这个现象的逐步排查（每个问题都可以直接打开）：',
    noRunbook: '暂无对应的排查手册，请先查看上面各代码的说明页。',
    otherRunbooks: '也可参考：',
    kbTitle: '补丁包：',
    osBuild: '安装后的内部版本：',
    sha256: 'SHA-256：',
    noHash: 'SHA-256：厂商未公布。',
    kbTypo: (typed, kb) => `注意：资料中写的 ${typed} 并不存在，应为 ${kb}（只差一个数字）。`,
    checkOnPage: '请以本站 KB 页面公布的哈希值为准核对，不要使用邮件中转抄的值：',
    sendBackLead: '按手册操作后仍然失败时：',
    redactHint: '上传日志前可在本站日志分析页面生成脱敏日志包（redacted-logs.zip），用户名、计算机名、IP 地址等会被替换，错误代码和时间保持不变。',
  },
  en: {
    title: { failing: 'Windows update failure: log analysis', other: 'Windows update and servicing: log analysis' },
    sections: { logs: 'What the logs show', symptom: 'What you see', meanings: 'What the codes mean', cause: 'Conclusion', steps: 'Recommended steps', kb: 'Package to verify', sendBack: 'What to send back' },
    failures: (file, n, first, last) => `${file}: ${n} failed install attempt${n === 1 ? '' : 's'}${first ? ` from ${range('en', first, last)}` : ''}, counted by the outcome code of each attempt:`,
    tally: (n, first, last) => ` ×${n}${first ? ` (${range('en', first, last)})` : ''}`,
    noFailures: 'The logs show no failed install attempt.',
    onlySucceeded: (updates, first, last) =>
      `The logs hold only successful installs${updates.length ? ` (${updates.join(', ')}${first ? `, ${range('en', first, last)}` : ''})` : ''} and no failure. Please check that they come from the machine that fails.`,
    downloadsFailed: 'An update failed to download, and nothing later in the logs downloaded or installed it; the codes the download failed with:',
    laterSucceeded: (kb, date) => `${kb} was installed successfully${date ? ` on ${date}` : ''}.`,
    servicing: (file, when, pkg, phase) =>
      `${file}: ${when.time ? `at ${when.time}` : `at line ${when.line}`}, ${pkg ? `processing the package ${pkg}` : 'a servicing operation'}${phase ? ` (${phase})` : ''} failed`,
    servicingCode: ' with ',
    servicingNoCode: '; the log gives no code',
    moreServicing: (n) => `${n} more servicing operation${n === 1 ? '' : 's'} failed; see the analyzer page.`,
    update: 'Update concerned: ',
    updates: (names) => `${names.length} updates concerned: ${names.join('; ')}.`,
    noName: (facility, code) => `No public header names this value; by its bits: facility ${facility}, code ${code}.`,
    printedName: (name, facility, code) => `The log itself prints it as ${name}, a name none of the public headers and documents this site draws on gives; by its bits: facility ${facility}, code ${code}.`,
    noArticle: 'This site has no article on it yet.',
    cause: {
      'attempt-outcome': (n) => ['The main cause is ', `: it is the outcome of ${n} failed install attempt${n === 1 ? '' : 's'}.`],
      'first-error': (n) => ['The main cause is ', `: it is the first error of ${n} failed servicing operation${n === 1 ? '' : 's'}.`],
      mention: () => ['A first assessment points to ', ': the logs hold no complete install record, and it is the most frequent failure code.'],
      download: () => ['The download failed with ', ': it is the code the log gives where the download of the update failed.'],
      search: (n) => ['This computer cannot search for updates, failing with ', `: the last ${n} search${n === 1 ? '' : 'es'} in the logs failed with it, over a day or more, and none succeeded after, so it finds no update to install.`],
    },
    underWrapper: (n, wrappers) => [
      'The main cause is ',
      `: the outcome of ${n} failed install attempt${n === 1 ? '' : 's'} is given as `,
      `, ${wrappers === 1 ? 'a wrapper code' : 'wrapper codes'}, and the log gives this code beneath it for the same attempt.`,
    ],
    companions: (n, dates) =>
      ` ${n === 1 ? 'appears' : 'appear'}${dates.length ? ` in the failure of ${dates.join(', ')}` : ' in the same failure'}: the same failure reported further up, not another cause.`,
    wrappers: (n) => ` only ${n === 1 ? 'passes' : 'pass'} on the failure above (wrapper code${n === 1 ? '' : 's'}) and need${n === 1 ? 's' : ''} no action of ${n === 1 ? 'its' : 'their'} own.`,
    details: 'details',
    beforeLink: ' ',
    runbookLead: (title) => `Follow the runbook "${title}" step by step; each step has its own link:`,
    symptomLead: 'Troubleshooting for this symptom, one question at a time (each question has its own link):',
    noRunbook: 'There is no runbook for this yet; start from the pages of the codes above.',
    otherRunbooks: 'See also:',
    kbTitle: 'Package: ',
    osBuild: 'OS build after install: ',
    sha256: 'SHA-256: ',
    noHash: 'SHA-256: not published by the vendor.',
    kbTypo: (typed, kb) => `Note: ${typed}, as written in what was sent, does not exist; the package is ${kb} (one digit apart).`,
    checkOnPage: 'Check the file against the hash on this site\'s KB page, not against a value copied into an e-mail:',
    sendBackLead: 'If it still fails after the steps:',
    redactHint: 'Before uploading logs, make a redacted copy (redacted-logs.zip) on this site\'s log analyzer page: user names, computer names, IP addresses and the like are replaced, error codes and times are kept.',
  },
};
