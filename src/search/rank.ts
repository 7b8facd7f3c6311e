/**
 * Chinese queries: pagefind segments the index with jieba but the query with the browser's
 * Intl.Segmenter, and the two disagree (`有未完成的独占服务会话` finds nothing; `没有更新`
 * ranks its own page below 100 pages titled "…更新…"). A quoted phrase search matches the
 * run of characters as written, so a Chinese run is also searched as a phrase, and pages
 * whose title, or whose search words (a code's aliases and keywords), hold the whole query
 * come first: `文件损坏` is a keyword of 0x80070570, not a word of its title.
 */
import type { NormalizedQuery } from './normalize-query.ts';
import type { FoundPage } from './results.ts';
import { isOneOf, KEYWORD_SEPARATOR } from './title-index.ts';

/** The pagefind queries to run for a query, the most precise first. */
export function searchPlan(query: NormalizedQuery): string[] {
  const plan = [query.pagefind];
  if (/\p{Script=Han}/u.test(query.text) && !/[\s"]/.test(query.text)) plan.unshift(`"${query.text}"`);
  return plan;
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/**
 * Whether a page's title holds the whole query, or one of its search words is the query: a
 * word of pagefind's `aliases`, or a keyword the title list carries (src/search/title-index.ts).
 */
export function namedBy(text: string): (page: FoundPage) => boolean {
  const needle = fold(text);
  return (page) =>
    fold(page.meta.title ?? '').includes(needle) ||
    fold(page.meta.aliases ?? '').split(' ').includes(needle) ||
    isOneOf(page.meta.keywords?.split(KEYWORD_SEPARATOR), text);
}

/**
 * One list from the plan's results: pages named by the query, then the rest, each page once, in
 * plan order. A page found twice keeps its first copy (pagefind's, with an excerpt), completed
 * with what the other copy knows (the title list's keywords).
 */
export function mergeResults(lists: FoundPage[][], text: string): FoundPage[] {
  const byUrl = new Map<string, FoundPage>();
  for (const page of lists.flat()) {
    const kept = byUrl.get(page.url);
    byUrl.set(page.url, kept ? { ...kept, meta: { ...page.meta, ...kept.meta } } : page);
  }
  const all = [...byUrl.values()];
  const named = namedBy(text);
  return [...all.filter(named), ...all.filter((page) => !named(page))];
}
