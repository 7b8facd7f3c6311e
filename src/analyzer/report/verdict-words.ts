/**
 * The verdict in words, in both languages: one wording for the CLI report, the reply
 * composer and the analyzer page, so they never say different things about one machine.
 * Written for people: the Chinese is natural Chinese, not a translation.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Coverage, NextStep, Verdict, VerdictState } from './verdict-model.ts';
import { STRINGS } from './strings.ts';
import { ASIDE_FIELD } from '../diagnose/set-aside.ts';

const span = (lang: Lang, from?: string, to?: string): string => {
  if (!from) return '';
  const a = from.slice(0, 10);
  const b = to?.slice(0, 10);
  if (!b || a === b) return a;
  return lang === 'en' ? `${a} to ${b}` : `${a} 至 ${b}`;
};

/** Updates named in a sentence: the first few, then how many more (a store-app log installs dozens). */
const LISTED = 8;
function listed(names: string[], sep: string, more: (rest: number, total: number) => string): string {
  return names.length <= LISTED ? names.join(sep) : names.slice(0, LISTED).join(sep) + more(names.length - LISTED, names.length);
}

export interface VerdictWords {
  state: Record<VerdictState, string>;
  /** one sentence that says what the state means for this machine */
  lead: Record<VerdictState, string>;
  /** the lead of an inconclusive verdict whose failure has no code, and of one with no log read (leadSentence) */
  uncoded: string;
  /** after the lead: the failures are of setuperr.log alone (Verdict.setuperrOnly) */
  setuperrOnly: string;
  /** after the lead: logs that could not be read (Verdict.unreadable), the first named with why */
  unreadable: (count: number, first: string, why: string) => string;
  /** the lead of a failing verdict whose open failures are all DISM commands (Verdict.dismOnly) */
  dismOnly: string;
  /** the lead of a failing verdict whose cause is searches for updates that keep failing (Verdict.searchFails) */
  searchFails: string;
  unread: string;
  /** the lead when the only logs read are event logs with no result of an install (Verdict.silentEvents) */
  silentEvents: string;
  /** the lead when the logs record no result of any operation (Verdict.noResult) */
  noResult: string;
  /** the lead of an inconclusive verdict whose codes with no outcome are all of downloads that never succeeded */
  download: string;
  /** the lead of a healthy verdict whose logs record no install: no failure seen, and only operations that ended with success (a scan, a servicing session) */
  quiet: string;
  /** the lead of an inconclusive verdict made so by an operation a log ends before the result of, given where it started */
  unfinished: (where: string) => string;
  /** said beside another lead (a failure's cause): an operation a log ends before the result of, given where it started */
  stillRunning: (where: string) => string;
  /** two files half a year or more apart: which, where each ends and begins */
  apart: (days: number, before: string, to: string, after: string, from: string) => string;
  /** the cause is itself a wrapper code (Verdict.wrapperCause) */
  wrapperCause: (code: string) => string;
  /** the lead of an inconclusive verdict made so by problems a check found and nothing cleared, given their titles */
  standing: (titles: string[]) => string;
  /** DISM commands on other images that failed and were set aside: how many, and where the first is */
  otherImage: (failed: number, where: string) => string;
  appPackages: (failed: number, where: string) => string;
  userCancelled: (runs: number, where: string) => string;
  storeApps: (failed: number, where: string) => string;
  /** what the logs cover: dates, files and the updates installed */
  covers: (files: number, from: string | undefined, to: string | undefined, installed: string[], failed: number) => string;
  /** the heading of the list of failures a later success outlived */
  recovered: string;
  recoveredItem: (what: string, failedAt: string, fixedAt: string, restartPending: boolean) => string;
  unresolved: string;
  outlived: string;
  next: string;
  steps: Record<NextStep, string>;
}

export const VERDICT_WORDS: Record<Lang, VerdictWords> = {
  'zh-CN': {
    state: { failing: '仍在失败', recovered: '已恢复', healthy: '正常', inconclusive: '无法判断' },
    lead: {
      failing: '更新仍在失败，原因见下。',
      recovered: '日志中的失败后来都恢复了：同一个更新（或同一次服务操作）在失败之后又成功完成。这些失败只是历史记录，不是现在的原因。',
      healthy: '日志显示这台电脑的更新是正常的：没有失败的安装或服务操作，出现的代码都是正常系统里也常见的。',
      inconclusive: '日志中有失败代码，但没有对应的安装或服务操作结果，无法确定是否仍在失败。',
    },
    uncoded: '有安装或服务操作失败了，但日志没有写出它的错误代码，仅凭这些日志无法确定原因。',
    setuperrOnly: '这些错误都只来自 setuperr.log：安装最终成功时，它也会记下这样的错误。安装是否成功要看同一文件夹中的 setupact.log。',
    unreadable: (n, first, why) => `有 ${n} 个日志文件无法读取，其中的内容不在这个结论里（${n === 1 ? '' : '第一个：'}${first}：${why}）。`,
    searchFails: '这台电脑检查更新时一直失败，持续了一天以上，之后没有一次成功，所以找不到任何可安装的更新。日志中没有失败的更新安装，检查更新失败的原因见下。',
    dismOnly: '本机上的 DISM 操作（DISM 命令，或调用 DISM 的程序）仍然失败，原因见下。失败的是这项操作，而不是更新的安装：这些日志中没有失败的更新安装。',
    unread: '这些文件中没有本工具认识的日志记录（更新、组件服务、安装或事件日志）：文件属于其他类型、是空的或无法读取，无法判断这台电脑的更新情况。',
    noResult: '这些日志中没有任何操作的结果，既没有失败也没有成功（例如只有更新搜索、DISM 查询或适用性检查），无法判断更新能否正常安装：日志可能不在出错的时间范围内，或者来自另一台电脑。出现的代码在正常系统里也常见。',
    silentEvents: '这些事件日志在其涵盖的时间内没有任何安装或服务操作的结果（例如应用程序日志、安全日志，或只记录扫描和下载的 Windows 更新 Operational 日志），无法判断更新安装是否失败。',
    download: '有更新下载失败，而日志中此后再没有下载或安装过它，无法从这些日志判断之后重试能否成功。下载失败的原因见下。',
    quiet: '这些日志中没有失败的安装或服务操作，出现的代码在正常系统里也常见；但日志中也没有记录任何更新的安装，只能说明没有看到失败，不能说明更新可以正常安装。',
    unfinished: (where) => `日志在一项更改系统的操作开始之后、得出结果之前就结束了（${where}），无法判断这项操作是否成功：日志可能是在操作进行中复制的，或者被截短了。`,
    wrapperCause: (code) => `${code} 本身是包装代码：它只说明有别的操作失败了，这些日志里没有比它更具体的错误；它的说明页写明了该到哪里找真正的原因。`,
    stillRunning: (where) => `日志结束时，一项更改系统的操作还没有结果（${where}）；如果它是修复操作或对失败更新的重试，请以它的结果为准。`,
    apart: (days, before, to, after, from) => `其中两个文件相隔 ${days} 天（${before} 结束于 ${to}，${after} 开始于 ${from}）：请确认它们来自同一台电脑，并且是出错时段的日志。`,
    storeApps: (n, where) => `另有 ${n} 次 Microsoft Store 应用的更新失败；应用不是 Windows 更新，不计入判断（第一次见 ${where}）。`,
    userCancelled: (n, where) => `Windows 安装程序${n === 1 ? '' : ` ${n} 次`}被用户取消（第一次见 ${where}），之后报出的错误都是取消造成的；这是用户的选择，不是故障，不计入判断。`,
    appPackages: (n, where) => `另有 ${n} 次为所有用户预配应用包（Add-ProvisionedAppxPackage 等）的 DISM 命令失败；应用包不是 Windows 更新，不计入判断（第一次见 ${where}）。`,
    otherImage: (n, where) => `另有 ${n} 次针对其他映像（WIM 文件，或挂载在文件夹中的映像）的 DISM 命令失败，与这台电脑的更新无关，不计入判断（第一次见 ${where}）。`,
    standing: (titles) => `日志中的检查发现了问题，之后也没有任何记录表明问题已经解决，所以这台电脑并不正常，尽管日志中还没有安装因此失败。处理方法：${titles.map((t) => `“${t}”`).join('、')}。`,
    // No file read as a log (a placeholder, an unreadable trace) covers nothing: not "0 files" beside "1 file analyzed".
    covers: (files, from, to, installed, failed) =>
      files === 0 ? '这些文件中没有可读的日志记录。' :
      `日志范围：${files} 个文件${from ? `，${span('zh-CN', from, to)}` : ''}${installed.length ? `；期间安装成功：${listed(installed, '、', (_, total) => ` 等共 ${total} 项`)}` : failed ? '；期间没有成功的安装' : '；期间没有安装记录'}。`,
    recovered: '先失败、之后又成功的',
    recoveredItem: (what, failedAt, fixedAt, pending) => `${what}：${failedAt} 失败，${fixedAt} 成功${pending ? '（需要重启才能完成）' : ''}`,
    unresolved: '没有结果的失败代码',
    outlived: '之后操作已成功完成的失败代码',
    next: '还需要的日志',
    steps: {
      'failing-machine-logs': '出错那台电脑的日志（这批日志里没有仍在失败的更新，可能来自另一台电脑）',
      'windowsupdate-log': 'Windows 更新日志：C:\\Windows\\Logs\\WindowsUpdate 下的 .etl 文件（原样提供即可，分析器直接读取；Windows 7 等旧系统为 C:\\Windows\\WindowsUpdate.log）',
      'cbs-log': 'CBS.log（C:\\Windows\\Logs\\CBS\\CBS.log）',
      'event-log': '系统事件日志：wevtutil epl System System.evtx 导出的 .evtx 文件（分析器直接读取）',
      'complete-logs': '出错时段的完整日志文件，而不是摘录',
      'setupact-log': '与 setuperr.log 同一文件夹中的 setupact.log（安装过程中在 C:\\$WINDOWS.~BT\\Sources\\Panther，安装完成后在 C:\\Windows\\Panther）',
      'setup-logs': 'SetupDiag 的结果（在该电脑上运行 SetupDiag.exe），或回滚之前的安装日志：C:\\$WINDOWS.~BT\\Sources\\Panther 下的 setupact.log 和 setuperr.log',
    },
  },
  en: {
    state: { failing: 'failing', recovered: 'recovered', healthy: 'healthy', inconclusive: 'inconclusive' },
    lead: {
      failing: 'Updates are still failing; the cause follows.',
      recovered: 'Every failure in these logs was followed by a success of the same update (or the same servicing operation): the failures are history, not the cause of anything now.',
      healthy: 'The logs show a healthy machine: no install or servicing operation failed, and the codes in them are routine on healthy systems.',
      inconclusive: 'The logs hold failure codes but no outcome of an install or servicing operation to place them on, so it cannot be told whether anything still fails.',
    },
    uncoded: 'An install or servicing operation failed, but the logs give no code for it, so its cause cannot be told from these logs.',
    setuperrOnly: 'These failures are from setuperr.log alone, which lists errors like these even when setup then completes: whether it did is in setupact.log of the same folder.',
    unreadable: (n, first, why) => `${n === 1 ? 'A log file' : `${n} log files`} could not be read, and what ${n === 1 ? 'it holds is' : 'they hold is'} not in this verdict (${n === 1 ? '' : 'the first: '}${first}: ${why}).`,
    searchFails: 'This computer\'s searches for updates have kept failing for a day or more, and none succeeded after, so it finds no update to install. No update install fails in these logs; what the searches fail with follows.',
    dismOnly: 'DISM work on this machine still fails (a DISM command, or a program calling DISM); the cause follows. What fails is that work, not the install of an update: no update install fails in these logs.',
    unread: 'None of these files holds a record of a log this tool knows (update, servicing, setup or event logs): they are of another kind, empty, or could not be read, so nothing can be told about this machine\'s updates.',
    noResult: 'These logs record no result of any operation, failed or successful (only searches for updates, DISM queries or applicability checks, for instance), so they cannot tell whether updates install: they may not cover the time of the failure, or may come from another machine. The codes in them are routine on healthy systems.',
    silentEvents: 'These event logs hold no result of an install or servicing operation in the time they cover (such as an Application or Security log, or a Windows Update Operational log of scans and downloads), so they cannot tell whether installing updates fails.',
    download: 'An update failed to download, and nothing later in these logs downloaded or installed it: whether a later try succeeds cannot be told from them. What the download failed with follows.',
    quiet: 'No install or servicing operation failed in these logs, and the codes in them are routine on healthy systems; but no install of an update is recorded in them either, so they show no failure, not that updates install.',
    unfinished: (where) => `The log ends after an operation that changes the system started and before its result (${where}), so whether it succeeded cannot be told: the log may have been copied while it ran, or cut short.`,
    wrapperCause: (code) => `${code} is itself a wrapper code: it only says that something else failed, and these logs hold no more specific error; its page says where to look for the real cause.`,
    stillRunning: (where) => `When the log ends, an operation that changes the system has no result yet (${where}); if it is a repair or a retry of what failed, its result is what counts.`,
    apart: (days, before, to, after, from) => `Two of these files are ${days} days apart (${before} ends ${to}, ${after} begins ${from}): check that they are of the same machine, and of the time of the failure.`,
    storeApps: (n, where) => `${n === 1 ? 'An update of an app from the Microsoft Store' : `${n} updates of apps from the Microsoft Store`} failed; an app is no Windows update, so that is set aside (the first at ${where}).`,
    userCancelled: (n, where) => `Windows Setup was cancelled by its user${n === 1 ? '' : ` ${n} times`} (the first at ${where}), and the errors after that are of the cancel; a cancel is the user's choice, no failure, so that is set aside.`,
    appPackages: (n, where) => `${n === 1 ? 'A DISM command' : `${n} DISM commands`} provisioning an app package for all users (Add-ProvisionedAppxPackage and the like) failed; an app package is no Windows update, so that is set aside (the first at ${where}).`,
    otherImage: (n, where) => `${n === 1 ? 'A DISM command' : `${n} DISM commands`} on another image (a WIM file, or an image mounted in a folder) failed; that says nothing of this machine's updates and is set aside (the first at ${where}).`,
    standing: (titles) => `A check in these logs found a problem that nothing after it clears, so this machine is not healthy, though no install in them has failed of it yet. What to do: ${titles.map((t) => `“${t}”`).join(', ')}.`,
    covers: (files, from, to, installed, failed) =>
      files === 0 ? 'No file here holds records of a log.' :
      `The logs cover ${files} file${files === 1 ? '' : 's'}${from ? `, ${span('en', from, to)}` : ''}${installed.length ? `; installed in that time: ${listed(installed, ', ', (rest) => ` and ${rest} more`)}` : failed ? '; nothing installed successfully' : '; no install recorded'}.`,
    recovered: 'Failed, then succeeded later',
    recoveredItem: (what, failedAt, fixedAt, pending) => `${what}: failed ${failedAt}, succeeded ${fixedAt}${pending ? ' (needs a restart to complete)' : ''}`,
    unresolved: 'Failure codes with no outcome',
    outlived: 'Failure codes that later operations outlived',
    next: 'Logs still needed',
    steps: {
      'failing-machine-logs': 'the logs of the machine that fails (nothing in these logs is still failing: they may come from another machine)',
      'windowsupdate-log': 'the Windows Update logs: the .etl files in C:\\Windows\\Logs\\WindowsUpdate, as they are (the analyzer reads them; older systems such as Windows 7 write C:\\Windows\\WindowsUpdate.log)',
      'cbs-log': 'CBS.log (C:\\Windows\\Logs\\CBS\\CBS.log)',
      'event-log': 'the System event log: System.evtx, exported with wevtutil epl System System.evtx (the analyzer reads it)',
      'complete-logs': 'the whole log files from the time of the failure, not excerpts',
      'setupact-log': 'setupact.log from the same folder as setuperr.log (C:\\$WINDOWS.~BT\\Sources\\Panther while setup runs, C:\\Windows\\Panther once it has finished)',
      'setup-logs': 'SetupDiag\'s result (run SetupDiag.exe on that machine), or the setup logs from before the rollback: setupact.log and setuperr.log in C:\\$WINDOWS.~BT\\Sources\\Panther',
    },
  },
};

/** `file:line`, as the verdict's sentences point to a line. */
const lineRef = (e: { file: string; line: number }): string => `${e.file}:${e.line}`;
const lineRefs = (lines: readonly { file: string; line: number }[], lang: Lang): string => lines.map(lineRef).join(lang === 'en' ? ', ' : '、');

/** Which sentence leads a verdict: its state's own, or one of the reasons an inconclusive (or a quiet healthy) one has. */
type Lead = VerdictState | 'dismOnly' | 'searchFails' | 'quiet' | 'download' | 'uncoded' | 'standing' | 'unfinished' | 'noResult' | 'silentEvents' | 'unread';

function leadOf(verdict: Verdict): Lead {
  const c = verdict.coverage;
  if (verdict.state === 'healthy' && !c.succeeded && !c.failed && !c.installed.length) return 'quiet';
  if (verdict.state === 'failing' && verdict.dismOnly) return 'dismOnly';
  if (verdict.state === 'failing' && verdict.searchFails) return 'searchFails';
  if (verdict.state === 'inconclusive' && verdict.unresolved.length && verdict.unresolved.every((u) => u.download)) return 'download';
  // Codes with no outcome written while an operation ran that has none yet: the operation is what is missing.
  if (verdict.state === 'inconclusive' && verdict.unresolved.length && verdict.unresolved.every((u) => duringUnfinished(verdict, u.evidence[0]))) return 'unfinished';
  if (verdict.state !== 'inconclusive' || verdict.unresolved.length) return verdict.state;
  // Every recovered entry is one failure outlived: any failure beyond them is still open.
  if (c.failed > verdict.recovered.length) return 'uncoded';
  if (verdict.standing?.length) return 'standing';
  if (verdict.unfinished?.length) return 'unfinished';
  if (verdict.noResult) return 'noResult';
  return verdict.silentEvents ? 'silentEvents' : 'unread';
}

/** Whether a line comes after the start of an operation its log ends before the result of. */
function duringUnfinished(verdict: Verdict, line: { file: string; line: number } | undefined): boolean {
  return !!line && !!verdict.unfinished?.some((u) => u.file === line.file && u.line <= line.line);
}

/**
 * The verdict's first sentence. An inconclusive verdict says which of its five reasons holds:
 * failure codes with no outcome, a failure still open that has no code, a problem a check found
 * that nothing cleared, an operation a log ends before the result of, or no log read at all. A
 * healthy verdict whose logs record no result at all says it saw no failure, not that updates work.
 */
export function leadSentence(verdict: Verdict, lang: Lang): string {
  const w = VERDICT_WORDS[lang];
  const lead = leadOf(verdict);
  switch (lead) {
    case 'standing':
      return w.standing([...new Set(verdict.standing!.map((s) => s.title[lang]))]);
    case 'unfinished':
      return w.unfinished(lineRefs(verdict.unfinished!, lang));
    case 'quiet':
    case 'dismOnly':
    case 'searchFails':
    case 'download':
    case 'uncoded':
    case 'noResult':
    case 'silentEvents':
    case 'unread':
      return w[lead];
    default:
      return w.lead[lead];
  }
}

/**
 * What follows the lead: a cause that is itself a wrapper; an operation a log ends before the result
 * of, said beside a lead that is about something else (none where the lead says it); files of times
 * half a year or more apart.
 */
export function afterLeadSentences(verdict: Verdict, lang: Lang): string[] {
  const w = VERDICT_WORDS[lang];
  const out = verdict.wrapperCause ? [w.wrapperCause(verdict.wrapperCause)] : [];
  if (verdict.unfinished?.length && leadOf(verdict) !== 'unfinished') out.push(w.stillRunning(lineRefs(verdict.unfinished, lang)));
  const apart = verdict.apart;
  if (apart) out.push(w.apart(apart.days, apart.before.file, apart.before.to.slice(0, 10), apart.after.file, apart.after.from.slice(0, 10)));
  if (verdict.setuperrOnly) out.push(w.setuperrOnly);
  const lost = verdict.unreadable;
  if (lost) out.push(w.unreadable(lost.count, lost.first.file, STRINGS[lang].reason[lost.first.reason]));
  return out;
}

/** The failures set aside (DISM commands on other images, then on app packages, then setup runs their user cancelled, then Store apps), a sentence each; none where there were none. */
export function setAsideSentences(verdict: Verdict, lang: Lang): string[] {
  const w = VERDICT_WORDS[lang];
  return Object.values(ASIDE_FIELD).flatMap((field) => {
    const counted = verdict[field];
    return counted ? [w[field](counted.failed, lineRef(counted.evidence))] : [];
  });
}

/** `2023-05-22 08:22:09`, else `file:line`: when a point of the timeline happened. */
export const whenOf = (e: { time?: string; file: string; line: number }): string => (e.time ? shownTime(e.time) : lineRef(e));

/** A time as the report writes it: an event log's `2023-05-22T08:22:09Z` as `2023-05-22 08:22:09 UTC`, beside text logs' local `2022-10-12 01:39:04`. */
export const shownTime = (time: string): string => time.replace('T', ' ').replace(/Z$/, ' UTC');

/** An update as the log names it: KB, then title, package or id. */
export const updateName = (u: { kb?: string; title?: string; package?: string; id?: string }, unknown: string): string => u.kb ?? u.title ?? u.package ?? u.id ?? unknown;

/** What the logs cover, as one sentence: the same words in the text report, the page and the reply. */
export function coverageSentence(c: Coverage, lang: Lang): string {
  const t = STRINGS[lang];
  const installed: string[] = [];
  let unnamed = 0;
  for (const i of c.installed) {
    const name = updateName(i.update, '');
    if (name) installed.push(`${name}${i.restartPending ? ` (${t.restartPending})` : ''}`);
    else unnamed++;
  }
  // Installs the log does not name are counted, not listed as a placeholder each ("installed: (update not named in the log)").
  if (unnamed) installed.push(t.unnamedUpdates(unnamed));
  return VERDICT_WORDS[lang].covers(c.files, c.from, c.to, installed, c.failed);
}
