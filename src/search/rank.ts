/**
 * Chinese queries: pagefind segments the index with jieba but the query with the browser's
 * Intl.Segmenter, and the two disagree (`有未完成的独占服务会话` finds nothing; `没有更新`
 * ranks its own page below 100 pages titled "…更新…"). A quoted phrase search matches the
 * run of characters as written, so a Chinese run is also searched as a phrase, and pages
 * whose title holds the whole query come first.
 */
import type { NormalizedQuery } from './normalize-query.ts';
import type { FoundPage } from './results.ts';

/** The pagefind queries to run for a query, the most precise first. */
export function searchPlan(query: NormalizedQuery): string[] {
  const plan = [query.pagefind];
  if (/\p{Script=Han}/u.test(query.text) && !/[\s"]/.test(query.text)) plan.unshift(`"${query.text}"`);
  return plan;
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** One list from the plan's results: titles holding the query, then the rest, each page once, in plan order. */
export function mergeResults(lists: FoundPage[][], text: string): FoundPage[] {
  const seen = new Set<string>();
  const all = lists.flat().filter((page) => !seen.has(page.url) && seen.add(page.url));
  const needle = fold(text);
  const inTitle = (page: FoundPage) => fold(page.meta.title ?? '').includes(needle);
  return [...all.filter(inTitle), ...all.filter((page) => !inTitle(page))];
}
