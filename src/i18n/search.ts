/**
 * Words of the search and lookup box, in both languages. Shared by the .astro markup and the
 * client script, so a zh-CN page never shows an English string (pagefind's own UI did).
 */
import type { Lang } from './lang.ts';

export interface SearchStrings {
  open: string;
  label: string;
  placeholder: string;
  close: string;
  filters: string;
  kinds: Record<'all' | 'symptom' | 'code' | 'article' | 'kb' | 'runbook', string>;
  hint: string;
  loading: string;
  unavailable: string;
  goTo: string;
  kbPage: string;
  formNames: Record<string, string>;
  unknownHeading: (hex: string) => string;
  unknownNote: string;
  nearby: string;
  results: (n: number, query: string) => string;
  none: (query: string) => string;
  /** after `none`: the same query in the other language's pages, each language having its own index */
  otherLanguage: (query: string) => string;
  /** `0x8007005`: seven hex digits, and the codes one digit away (listed as the options) */
  codeDigitShort: (typed: string) => string;
  /** Enter pressed on a mistyped KB number: its guesses are not opened without a choice */
  chooseGuess: string;
  lookupHeading: string;
  lookupLead: string;
  submit: string;
}

export const SEARCH_STRINGS: Record<Lang, SearchStrings> = {
  'zh-CN': {
    open: '搜索',
    label: '搜索错误代码、补丁包和排查手册',
    placeholder: '输入错误代码、KB 编号或关键词',
    close: '关闭',
    filters: '结果类型',
    kinds: { all: '全部', symptom: '现象', code: '错误代码', article: '说明文章', kb: '补丁包', runbook: '排查手册' },
    hint: '↑↓ 选择，Enter 打开，Esc 关闭',
    loading: '正在搜索…',
    unavailable: '搜索暂不可用：请通过 HTTP 访问本站（file:// 下无法搜索）。',
    goTo: '打开代码页',
    kbPage: '打开补丁包页',
    formNames: { hex: '十六进制', decimal: '十进制', 'signed-decimal': '有符号十进制', name: '符号名', 'name-substring': '符号名片段' },
    unknownHeading: (hex) => `${hex}：没有收录这个值，以下是结构解码`,
    unknownNote: '公开头文件中没有这个值的名称；严重性、设施和代码是按位读出的。',
    nearby: '同一设施中相近的已知代码',
    results: (n, q) => `“${q}”共有 ${n} 条结果`,
    none: (q) => `没有找到与“${q}”相关的页面。试试错误代码的其他写法，或换一个更短的词。`,
    otherLanguage: (q) => `在英文页面中搜索“${q}”`,
    codeDigitShort: (typed) => `${typed} 只有 7 位十六进制数字，错误代码是 8 位：是否少输了一位？下面是只差一位数字的已知代码。`,
    chooseGuess: '没有这个编号：请用 ↑↓ 或鼠标选择一个建议，或改正编号。',
    lookupHeading: '查代码',
    lookupLead: '粘贴任意形式的错误代码（0x80070570、80070570、-2147023504、1392、ERROR_FILE_CORRUPT）或 KB 编号，直接打开对应页面。',
    submit: '查询',
  },
  en: {
    open: 'Search',
    label: 'Search error codes, KB packages and runbooks',
    placeholder: 'Error code, KB number or words',
    close: 'Close',
    filters: 'Result kind',
    kinds: { all: 'All', symptom: 'Symptoms', code: 'Error codes', article: 'Articles', kb: 'KB packages', runbook: 'Runbooks' },
    hint: '↑↓ to choose, Enter to open, Esc to close',
    loading: 'Searching…',
    unavailable: 'Search is unavailable: open the site over HTTP (search does not work from file://).',
    goTo: 'Open the code page',
    kbPage: 'Open the KB package page',
    formNames: { hex: 'hex', decimal: 'decimal', 'signed-decimal': 'signed decimal', name: 'symbolic name', 'name-substring': 'part of a name' },
    unknownHeading: (hex) => `${hex}: no page for this value; its structural decode`,
    unknownNote: 'No public header names this value; severity, facility and code are read from its bits.',
    nearby: 'Known codes nearby in the same facility',
    results: (n, q) => `${n} result${n === 1 ? '' : 's'} for “${q}”`,
    none: (q) => `No page matches “${q}”. Try another form of the code, or a shorter word.`,
    otherLanguage: (q) => `Search the Chinese pages for “${q}”`,
    codeDigitShort: (typed) => `${typed} has 7 hex digits where an error code has 8: was one left out? The known codes one digit away follow.`,
    chooseGuess: 'There is no such number: choose one of the suggestions with ↑↓ or the mouse, or correct the number.',
    lookupHeading: 'Look up a code',
    lookupLead: 'Paste an error code in any form (0x80070570, 80070570, -2147023504, 1392, ERROR_FILE_CORRUPT) or a KB number to open its page.',
    submit: 'Look up',
  },
};

export const searchStrings = (lang: Lang): SearchStrings => SEARCH_STRINGS[lang];
