/**
 * Words of the redacted export, in both languages: the panel on the analyzer page and the
 * REDACTION.txt written into the zip. Framework-free, so the worker can use them too.
 */
import type { Lang } from './lang.ts';
import type { Kind } from '../redact/kinds.ts';
import type { UnreadableReason } from '../input/index.ts';

export interface RedactStrings {
  heading: string;
  lead: string;
  download: string;
  working: string;
  done: (files: number) => string;
  failed: string;
  kinds: Record<Kind, string>;
  countLine: (replaced: number, distinct: number) => string;
  nothing: string;
  leftOutHeading: string;
  reasons: Partial<Record<UnreadableReason, string>> & { other: string };
  report: {
    title: string;
    intro: string;
    replaced: string;
    kept: string;
    files: string;
    leftOut: string;
    none: string;
  };
}

export const REDACT_STRINGS: Record<Lang, RedactStrings> = {
  'zh-CN': {
    heading: '脱敏日志包',
    lead: '上传给厂商前，先下载脱敏后的日志包：用户名、计算机名、域名、IP 地址、电子邮件地址、SID 和用户配置文件路径都换成了占位符，同一个值在所有文件里对应同一个占位符。错误代码、KB 编号、内部版本号、GUID 和时间保持不变。整个过程在本机浏览器中完成。',
    download: '下载脱敏日志包',
    working: '正在脱敏…',
    done: (n) => `已生成 redacted-logs.zip，包含 ${n} 个日志文件。替换情况如下：`,
    failed: '生成脱敏日志包失败：',
    kinds: { user: '用户名', host: '计算机名', domain: '域名', ip: 'IP 地址', email: '电子邮件地址', sid: 'SID' },
    countLine: (r, d) => `${r} 处，${d} 个不同的值`,
    nothing: '没有发现需要替换的内容。',
    leftOutHeading: '以下文件无法脱敏，未放入日志包：',
    reasons: {
      evtx: '二进制事件日志（.evtx），请导出为文本后再上传',
      etl: 'ETW 跟踪文件（.etl）',
      'cab-corrupt': 'CAB 压缩包已损坏',
      'cab-method': 'CAB 压缩方式不受支持',
      'cab-split': '跨越多个 CAB 分卷',
      binary: '二进制文件',
      'zip-corrupt': '压缩包已损坏',
      'zip-limit': '压缩包解压后过大',
      'zip-depth': '压缩包嵌套过深',
      'zip-method': '压缩方式不受支持',
      'zip-encrypted': '文件已加密（压缩包设有密码）',
      empty: '空文件',
      other: '无法读取',
    },
    report: {
      title: '脱敏说明',
      intro: '本日志包由更新排障知识库的日志分析页面在本机生成，原始日志没有离开这台电脑。同一个值在所有文件中替换为同一个占位符（例如 <USER-1>）。本文件只列出替换的类型和数量，不含任何原始值。',
      replaced: '已替换的内容',
      kept: '保持不变：错误代码、KB 编号、内部版本号、GUID、时间。',
      files: '包含的文件',
      leftOut: '未包含的文件（无法脱敏）',
      none: '无',
    },
  },
  en: {
    heading: 'Redacted logs',
    lead: 'Before you upload logs to the vendor, download a redacted copy: user names, computer names, domain names, IP addresses, e-mail addresses, SIDs and user-profile paths are replaced by placeholders, the same value by the same placeholder in every file. Error codes, KB numbers, OS builds, GUIDs and times stay as they are. Everything happens in this browser.',
    download: 'Download redacted logs',
    working: 'Redacting…',
    done: (n) => `redacted-logs.zip is ready with ${n} log files. Replaced:`,
    failed: 'The redacted logs could not be made: ',
    kinds: { user: 'User names', host: 'Computer names', domain: 'Domain names', ip: 'IP addresses', email: 'E-mail addresses', sid: 'SIDs' },
    countLine: (r, d) => `${r} occurrences, ${d} distinct values`,
    nothing: 'Nothing needed replacing.',
    leftOutHeading: 'These files cannot be redacted and were left out:',
    reasons: {
      evtx: 'binary event log (.evtx); export it as text and upload that',
      etl: 'ETW trace (.etl)',
      'cab-corrupt': 'corrupt CAB archive',
      'cab-method': 'unsupported CAB compression',
      'cab-split': 'spans several CAB volumes',
      binary: 'binary file',
      'zip-corrupt': 'corrupt archive',
      'zip-limit': 'archive expands too far',
      'zip-depth': 'archives nested too deep',
      'zip-method': 'unsupported compression method',
      'zip-encrypted': 'encrypted file (the archive has a password)',
      empty: 'empty file',
      other: 'unreadable',
    },
    report: {
      title: 'Redaction report',
      intro: 'This archive was made on this computer by the log analyzer page of the update triage knowledge base; the original logs never left the machine. The same value is replaced by the same placeholder (such as <USER-1>) in every file. This file lists only the kinds and numbers of replacements, never an original value.',
      replaced: 'Replaced',
      kept: 'Kept as they are: error codes, KB numbers, OS builds, GUIDs, times.',
      files: 'Files in this archive',
      leftOut: 'Files left out (cannot be redacted)',
      none: 'none',
    },
  },
};

export const redactStrings = (lang: Lang): RedactStrings => REDACT_STRINGS[lang];

export const reasonText = (lang: Lang, reason: UnreadableReason): string =>
  REDACT_STRINGS[lang].reasons[reason] ?? REDACT_STRINGS[lang].reasons.other;
