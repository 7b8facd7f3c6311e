/** KB records and the answers of src/kb as terminal text, in zh-CN or en. */
import type { KbRecord } from '../../src/catalog/types.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { differenceMarks, type HashMatch, type KbMatch } from '../../src/kb/index.ts';
import { hashExact, hashNear, hashNearAdvice, hashNone, hashRowLabels, kbDidYouMean, kbNotInCatalog } from '../../src/i18n/kb-match.ts';

const LABELS = {
  'zh-CN': { releaseDate: '发布日期', osBuild: '系统版本', size: '大小', sha256: 'SHA-256', file: '文件名', page: '页面', unknown: '未知（未公布）' },
  en: { releaseDate: 'release date', osBuild: 'OS build', size: 'size', sha256: 'SHA-256', file: 'file', page: 'page', unknown: 'unknown (never published)' },
} as const;

/** Terminal columns of a text: CJK characters take two. */
const width = (text: string): number => [...text].reduce((n, c) => n + (c.codePointAt(0)! >= 0x1100 ? 2 : 1), 0);
const pad = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - width(text)));

export const kbPagePath = (lang: Lang, kb: string): string => `${lang === 'en' ? 'en/' : ''}kb/${kb.toLowerCase()}/`;

export function recordText(record: KbRecord, lang: Lang): string {
  const t = LABELS[lang];
  const rows: [string, string][] = [
    [t.releaseDate, record.releaseDate],
    [t.osBuild, record.osBuild ?? t.unknown],
    [t.size, record.size ?? t.unknown],
    [t.sha256, record.sha256 ?? t.unknown],
    ...(record.fileName ? [[t.file, record.fileName] as [string, string]] : []),
    [t.page, kbPagePath(lang, record.kb)],
  ];
  const column = Math.max(...rows.map(([label]) => width(label))) + 2;
  return `${record.kb}  ${record.title[lang]}\n${rows.map(([label, value]) => `  ${pad(label, column)}${value}`).join('\n')}\n`;
}

export function kbMatchText(match: KbMatch, lang: Lang): string {
  if (match.kind === 'near') return `${kbDidYouMean(lang, match.typed, match.candidates.map((c) => c.fact))}\n`;
  if (match.kind === 'none') return `${kbNotInCatalog(lang, match.typed)}\n`;
  return '';
}

/** A near miss shows both values one above the other, with `^` under each differing digit. */
export function hashMatchText(match: HashMatch, lang: Lang): string {
  if (match.kind === 'exact') return `${hashExact(lang, match.record)}\n  ${match.sha256}\n`;
  if (match.kind === 'none') return `${hashNone(lang)}\n  ${match.sha256}\n`;
  const labels = hashRowLabels(lang);
  const column = Math.max(width(labels.typed), width(labels.record)) + 2;
  return [
    `${hashNear(lang, match.record.kb, match.differences)}`,
    `  ${pad(labels.typed, column)}${match.sha256}`,
    `  ${pad(labels.record, column)}${match.expected}`,
    `  ${' '.repeat(column)}${differenceMarks(match.differences)}`,
    hashNearAdvice(lang).join(match.record.kb),
    '',
  ].join('\n');
}
