/**
 * Words of the analyzer page (`/analyze/`), in both languages. Shared by the .astro markup and
 * the client scripts, so a zh-CN page never shows an English string. The report's own terms
 * (bases, unreadable reasons) come from the analyzer's strings, so the page and the CLI agree.
 */
import type { Lang } from './lang.ts';

export interface AnalyzeStrings {
  title: string;
  lead: string;
  /** what goes in as it is: binary logs need no conversion */
  accepts: string;
  privacy: string;
  dropHere: string;
  pickFiles: string;
  pickFolder: string;
  pasteLabel: string;
  pastePlaceholder: string;
  analyzePaste: string;
  pastedName: string;
  start: string;
  cancel: string;
  cancelled: string;
  reading: string;
  progress: (doneMb: string, totalMb: string) => string;
  loadingKnowledge: string;
  knowledgeFailed: string;
  failed: (message: string) => string;
  /** `logs`: the logs read in them, which a zip or a folder makes more than the files given */
  done: (files: number, logs: number, seconds: string) => string;
  noFiles: string;
  /** "Analyze pasted text" with nothing pasted */
  nothingPasted: string;
  verdict: string;
  rootCauseIs: string;
  /** an inconclusive verdict's most frequent failure code: a lead, not a cause */
  suspectIs: string;
  /** the root cause of an inconclusive verdict whose codes are those of downloads that never succeeded (causeBasis) */
  downloadIs: string;
  seen: (n: number, basis: string) => string;
  failedSpan: (n: number, first: string, last: string) => string;
  alsoReported: string;
  wrapper: string;
  companion: string;
  doNext: string;
  matchingSymptom: string;
  runbookFrom: string;
  noRootCause: string;
  /** before the problems a check found that stand (Verdict.standing), where no code names a cause */
  problemShown: string;
  /** no cause, where the verdict is inconclusive: it cannot say that nothing fails */
  noCauseNamed: string;
  findings: string;
  /** before the line that shows what a finding saw is gone */
  findingCleared: string;
  evidence: (n: number) => string;
  /** the button under a long list that draws more of it */
  showMore: (left: number) => string;
  timeline: string;
  timelineLabel: string;
  /** a dot standing for several attempts of one moment: how many */
  attemptsHere: (n: number) => string;
  timelineTable: string;
  date: string;
  update: string;
  outcome: string;
  where: string;
  /** a failure the verdict sets aside (an app, another image, a cancelled setup), as the timeline marks it */
  asideOutcome: string;
  failedOutcome: string;
  succeededOutcome: string;
  unnamedUpdate: string;
  servicingRow: string;
  counts: string;
  /** in place of the table of failures by outcome, where the logs hold no outcome of an install at all */
  noOutcomes: string;
  countsLead: string;
  attempts: string;
  allCodes: string;
  code: string;
  name: string;
  occurrences: string;
  noName: string;
  /** after a name no table has, that the log prints beside the code */
  printed: string;
  noise: string;
  system: string;
  kbs: string;
  builds: string;
  wsus: string;
  wsusNone: string;
  inputs: string;
  notes: string;
  save: string;
  reopen: string;
  reopened: (name: string) => string;
  /** the result shown again on coming back to the page (Back from a code's page) */
  returned: string;
  notAReport: string;
  wrongVersion: (found: string) => string;
  unreadableJson: string;
}

const ZH: AnalyzeStrings = {
  title: '日志分析',
  lead: '把日志收集工具生成的 zip、整个日志文件夹或单个日志拖到这里，就能看到失败的根本原因、每次安装尝试的结果和建议的排查手册。',
  accepts:
    '文件按原样放入即可：Windows 更新跟踪文件（C:\\Windows\\Logs\\WindowsUpdate\\*.etl，以及 USO、WaaSMedic 的 .etl）、事件日志（.evtx）、CBS 文件夹（含 CbsPersist_*.cab）、DISM.log、ReportingEvents.log 和 zip 压缩包。不需要先运行 Get-WindowsUpdateLog，也不需要把事件导出为文本。',
  privacy: '分析完全在本浏览器中进行：日志不会上传，也不会发送到任何地方。',
  dropHere: '把文件、文件夹或 zip 拖放到这里',
  pickFiles: '选择文件…',
  pickFolder: '选择文件夹…',
  pasteLabel: '或者粘贴日志文本',
  pastePlaceholder: '在此粘贴日志内容',
  analyzePaste: '分析粘贴的文本',
  pastedName: '粘贴的文本.log',
  start: '开始分析',
  cancel: '取消',
  cancelled: '已取消分析。',
  reading: '正在分析…',
  progress: (done, total) => `已读取 ${done} / ${total} MB`,
  loadingKnowledge: '正在载入错误代码知识…',
  knowledgeFailed: '无法载入错误代码知识，请通过 HTTP 访问本站后重试。',
  failed: (message) => `分析失败：${message}`,
  done: (files, logs, seconds) => (logs > files ? `已分析 ${files} 个文件中的 ${logs} 个日志，用时 ${seconds} 秒。` : `已分析 ${files} 个文件，用时 ${seconds} 秒。`),
  noFiles: '没有可分析的文件。',
  nothingPasted: '请先把日志文本粘贴到上面的文本框中。',
  verdict: '结论',
  rootCauseIs: '根本原因',
  suspectIs: '初步怀疑',
  downloadIs: '下载失败的原因',
  seen: (n, basis) => `共 ${n} 次（${basis}）`,
  failedSpan: (n, first, last) => `日志中共有 ${n} 次失败的安装尝试（${first === last ? first : `${first} 至 ${last}`}），按结果统计见下文。`,
  alsoReported: '同一失败在更上层报告的代码',
  wrapper: '包装代码',
  companion: '伴随代码',
  doNext: '下一步',
  matchingSymptom: '与此相符的现象',
  runbookFrom: '从第 1 步开始',
  noRootCause: '没有仍在失败的更新。',
  problemShown: '日志显示的问题',
  noCauseNamed: '这些日志不足以确定原因。',
  findings: '发现',
  findingCleared: '此后已消除，不再作为线索：',
  evidence: (n) => `证据行（${n}）`,
  showMore: (left) => `显示更多（还有 ${left} 项）`,
  timeline: '安装尝试时间线',
  timelineLabel: '每个更新一行；实心圆点为失败的安装尝试，圆环为成功的尝试，旁边的数字为同一时刻的尝试次数',
  attemptsHere: (n) => `${n} 次尝试`,
  timelineTable: '安装尝试明细',
  date: '时间',
  update: '更新',
  outcome: '结果',
  where: '位置',
  asideOutcome: '失败，已排除（与本机的 Windows 更新无关）',
  failedOutcome: '失败',
  succeededOutcome: '成功',
  unnamedUpdate: '（日志未写明更新）',
  servicingRow: '组件服务',
  counts: '按结果统计',
  noOutcomes: '日志中没有任何安装尝试的结果，无从统计。',
  countsLead: '失败的安装尝试按结果代码计数（每次尝试只计一次）。',
  attempts: '尝试次数',
  allCodes: '日志中的全部代码',
  code: '代码',
  name: '名称',
  occurrences: '出现次数',
  noName: '无公开名称',
  printed: '日志自身写出的名称',
  noise: '常见噪声',
  system: '补丁与系统',
  kbs: 'KB 编号',
  builds: '系统内部版本',
  wsus: 'WSUS 服务器',
  wsusNone: '（未设置 WSUS 服务器）',
  inputs: '输入文件',
  notes: '提示',
  save: '保存结果（JSON）',
  reopen: '打开保存的结果…',
  reopened: (name) => `已打开保存的结果：${name}`,
  returned: '这是返回本页前的分析结果（日志没有重新读取）。',
  notAReport: '这个文件不是本站保存的分析结果。',
  wrongVersion: (found) => `这个分析结果的格式版本（${found}）本页无法读取。`,
  unreadableJson: '这个文件不是有效的 JSON。',
};

const EN: AnalyzeStrings = {
  title: 'Log analyzer',
  lead: 'Drop a log collector zip, a whole log folder or single logs here to see the root cause of the failure, the outcome of every install attempt and the runbook to follow.',
  accepts:
    'Files go in as Windows writes them: the Windows Update trace files (C:\\Windows\\Logs\\WindowsUpdate\\*.etl, and the USO and WaaSMedic .etl files), event logs (.evtx), the CBS folder with its CbsPersist_*.cab, DISM.log, ReportingEvents.log and zip archives. There is no need to run Get-WindowsUpdateLog first or to export events as text.',
  privacy: 'The analysis runs entirely in this browser: logs are never uploaded or sent anywhere.',
  dropHere: 'Drop files, folders or zips here',
  pickFiles: 'Choose files…',
  pickFolder: 'Choose a folder…',
  pasteLabel: 'Or paste log text',
  pastePlaceholder: 'Paste log lines here',
  analyzePaste: 'Analyze pasted text',
  pastedName: 'pasted-text.log',
  start: 'Analyze',
  cancel: 'Cancel',
  cancelled: 'Analysis cancelled.',
  reading: 'Analyzing…',
  progress: (done, total) => `${done} of ${total} MB read`,
  loadingKnowledge: 'Loading the error code knowledge…',
  knowledgeFailed: 'The error code knowledge could not be loaded; open the site over HTTP and try again.',
  failed: (message) => `The analysis failed: ${message}`,
  done: (files, logs, seconds) =>
    logs > files ? `${logs} logs analyzed from ${files} file${files === 1 ? '' : 's'} in ${seconds} s.` : `${files} file${files === 1 ? '' : 's'} analyzed in ${seconds} s.`,
  noFiles: 'There is nothing to analyze.',
  nothingPasted: 'Paste the log text into the box above first.',
  verdict: 'Verdict',
  rootCauseIs: 'Root cause',
  suspectIs: 'Suspect',
  downloadIs: 'Download failed with',
  seen: (n, basis) => `${n} time${n === 1 ? '' : 's'} (${basis})`,
  failedSpan: (n, first, last) => `The logs hold ${n} failed install attempt${n === 1 ? '' : 's'} (${first === last ? first : `${first} to ${last}`}); the counts by outcome are below.`,
  alsoReported: 'Codes that report the same failure further up',
  wrapper: 'wrapper',
  companion: 'companion',
  doNext: 'What to do',
  matchingSymptom: 'Matching symptom',
  runbookFrom: 'start at step 1',
  noRootCause: 'Nothing is still failing.',
  problemShown: 'What the logs show',
  noCauseNamed: 'These logs do not tell a cause.',
  findings: 'Findings',
  findingCleared: 'Gone later, no longer a lead:',
  evidence: (n) => `Evidence lines (${n})`,
  showMore: (left) => `Show more (${left} left)`,
  timeline: 'Install attempts over time',
  timelineLabel: 'One row per update; a filled dot is a failed install attempt, a ring a successful one, and a number beside a dot how many attempts fell at that moment',
  attemptsHere: (n) => `${n} attempts`,
  timelineTable: 'Install attempts in detail',
  date: 'Time',
  update: 'Update',
  outcome: 'Outcome',
  where: 'Where',
  asideOutcome: 'failed, set aside (not this machine\'s Windows updates)',
  failedOutcome: 'failed',
  succeededOutcome: 'succeeded',
  unnamedUpdate: '(update not named in the log)',
  servicingRow: 'servicing',
  counts: 'Counts by outcome',
  noOutcomes: 'The logs hold no outcome of an install attempt to count.',
  countsLead: 'Failed install attempts counted by their result code (each attempt once).',
  attempts: 'Attempts',
  allCodes: 'Every code in the logs',
  code: 'Code',
  name: 'Name',
  occurrences: 'Occurrences',
  noName: 'no public name',
  printed: 'as the log prints it',
  noise: 'routine',
  system: 'Updates and system',
  kbs: 'KB numbers',
  builds: 'OS builds',
  wsus: 'WSUS server',
  wsusNone: '(no WSUS server set)',
  inputs: 'Inputs',
  notes: 'Notes',
  save: 'Save the result (JSON)',
  reopen: 'Open a saved result…',
  reopened: (name) => `Saved result opened: ${name}`,
  returned: 'This is the result from before you left the page (the logs were not read again).',
  notAReport: 'This file is not an analysis result saved by this site.',
  wrongVersion: (found) => `This page cannot read analysis results of format version ${found}.`,
  unreadableJson: 'This file is not valid JSON.',
};

export const ANALYZE_STRINGS: Record<Lang, AnalyzeStrings> = { 'zh-CN': ZH, en: EN };

export const analyzeStrings = (lang: Lang): AnalyzeStrings => ANALYZE_STRINGS[lang];
