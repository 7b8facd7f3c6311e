/**
 * The titles of the written pages (code articles, runbooks, KB packages) in both languages,
 * matched by substring in the browser. A title typed or pasted in part finds its page even
 * where pagefind's query segmentation (Intl.Segmenter) and its index segmentation (jieba)
 * disagree: `有未完成的独占服务会话` finds no page in pagefind, but is in one title.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FoundPage, ResultKind } from './results.ts';
import { codePath, kbPath, runbookPath, symptomPath } from '../routes/index.ts';

/** [site path without language prefix, kind, title, search words: a symptom's description and words, an article's keywords joined by `|`] */
export type TitleRow = [string, ResultKind, string, string?];

/** One gzip-compressed file per language: a page only ever needs its own. */
export const titlesPath = (lang: Lang): string => `data/titles.${lang}.json.gz`;

/** The rows of one language, from the compiled catalog. */
export function titleRows({ articles, runbooks, kbs, symptoms = [] }: Pick<Catalog, 'articles' | 'runbooks' | 'kbs'> & Partial<Pick<Catalog, 'symptoms'>>, lang: Lang): TitleRow[] {
  return [
    ...symptoms.map((s): TitleRow => [symptomPath(s.id), 'symptom', s.title[lang], [s.seen[lang], ...s.searchWords[lang]].join(' ')]),
    ...articles.map((a): TitleRow => {
      const path = codePath(a.code);
      const title = `${a.code} ${a.title[lang]}`;
      return a.keywords?.[lang]?.length ? [path, 'article', title, a.keywords[lang].join('|')] : [path, 'article', title];
    }),
    ...runbooks.map((r): TitleRow => [runbookPath(r.id), 'runbook', r.title[lang]]),
    ...kbs.map((k): TitleRow => [kbPath(k.kb), 'kb', k.title[lang]]),
  ];
}

/** Shorter queries than this match too many titles to mean one. */
const MIN_QUERY = 2;

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Rows whose title holds the query, the shortest (most specific) title first. */
export function titleMatches(rows: TitleRow[], text: string, kind: ResultKind | 'all' = 'all', limit = 5): TitleRow[] {
  const needle = fold(text.trim());
  if ([...needle].length < MIN_QUERY) return [];
  return rows
    .filter(([, k, title]) => (kind === 'all' || k === kind) && fold(title).includes(needle))
    .sort((a, b) => a[2].length - b[2].length)
    .slice(0, limit);
}

/** Articles one of whose keywords is the whole query (`文件损坏` → 0x80070570): named by it, whatever pagefind ranks first. */
export function keywordMatches(rows: TitleRow[], text: string, kind: ResultKind | 'all' = 'all'): TitleRow[] {
  const needle = fold(text.trim());
  if (kind !== 'all' && kind !== 'article') return [];
  return rows.filter(([, k, , words]) => k === 'article' && !!words && fold(words).split('|').includes(needle));
}

/** A title match as a result, for `url` the page's full URL. */
export function titlePage([, kind, title]: TitleRow, url: string): FoundPage {
  return { url, excerpt: '', meta: { title, kind }, filters: { kind: [kind] } };
}
