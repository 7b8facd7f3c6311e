/**
 * The titles of the written pages (code articles, runbooks, KB packages) in both languages,
 * matched by substring in the browser. A title typed or pasted in part finds its page even
 * where pagefind's query segmentation (Intl.Segmenter) and its index segmentation (jieba)
 * disagree: `有未完成的独占服务会话` finds no page in pagefind, but is in one title. A code
 * article's keywords ride along: `文件损坏` names 0x80070570 whatever pagefind ranks first, and
 * pagefind's first ten of 254 articles nearly left it out.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FoundPage, ResultKind } from './results.ts';
import { codePath, kbPath, runbookPath, symptomPath } from '../routes/index.ts';

/**
 * [site path without language prefix, kind, title, what a symptom looks like (and its title in the
 * other language), a code article's keywords or a symptom's search words]
 */
export type TitleRow = [string, ResultKind, string, string?, string[]?];

const OTHER: Record<Lang, Lang> = { 'zh-CN': 'en', en: 'zh-CN' };

/** One gzip-compressed file per language: a page only ever needs its own. */
export const titlesPath = (lang: Lang): string => `data/titles.${lang}.json.gz`;

/** The rows of one language, from the compiled catalog. */
export function titleRows({ articles, runbooks, kbs, symptoms = [] }: Pick<Catalog, 'articles' | 'runbooks' | 'kbs'> & Partial<Pick<Catalog, 'symptoms'>>, lang: Lang): TitleRow[] {
  return [
    // A customer types English on the Chinese site as often as the reverse (`hash mismatch`): a symptom answers to both languages' words.
    ...symptoms.map((s): TitleRow => [symptomPath(s.id), 'symptom', s.title[lang], `${s.seen[lang]} ${s.title[OTHER[lang]]}`, [...s.searchWords[lang], ...s.searchWords[OTHER[lang]]]]),
    ...articles.map((a): TitleRow => {
      const title = `${a.code} ${a.title[lang]}`;
      return a.keywords[lang].length ? [codePath(a.code), 'article', title, '', a.keywords[lang]] : [codePath(a.code), 'article', title];
    }),
    ...runbooks.map((r): TitleRow => [runbookPath(r.id), 'runbook', r.title[lang]]),
    ...kbs.map((k): TitleRow => [kbPath(k.kb), 'kb', k.title[lang]]),
  ];
}

/** Shorter queries than this match too many titles to mean one. */
const MIN_QUERY = 2;

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Whether one of the words is the whole text: a keyword names its page only when typed whole. */
export function isOneOf(words: readonly string[] | undefined, text: string): boolean {
  const needle = fold(text.trim());
  return words?.some((word) => fold(word) === needle) ?? false;
}

/** Rows one of whose keywords is the query, then rows whose title holds it, the shortest (most specific) title first. */
export function titleMatches(rows: TitleRow[], text: string, kind: ResultKind | 'all' = 'all', limit = 5): TitleRow[] {
  const needle = fold(text.trim());
  if ([...needle].length < MIN_QUERY) return [];
  const rank = (row: TitleRow) => (isOneOf(row[4], needle) ? 0 : 1);
  return rows
    .filter((row) => (kind === 'all' || row[1] === kind) && (rank(row) === 0 || fold(row[2]).includes(needle)))
    .sort((a, b) => rank(a) - rank(b) || a[2].length - b[2].length)
    .slice(0, limit);
}

/** Keywords travel in `meta.keywords`, one a line: unlike pagefind's `aliases`, a keyword may hold spaces. */
export const KEYWORD_SEPARATOR = '\n';

/** A title match as a result, for `url` the page's full URL. */
export function titlePage([, kind, title, , keywords]: TitleRow, url: string): FoundPage {
  const meta = { title, kind, ...(keywords?.length ? { keywords: keywords.join(KEYWORD_SEPARATOR) } : {}) };
  return { url, excerpt: '', meta, filters: { kind: [kind] } };
}
