/**
 * Which of pagefind's results to read. A read fetches the page's fragment (1-9 KB) and builds
 * its excerpt, and a browser fetches six at a time from one host: reads are where a search
 * spends its bytes and most of its time. So the plan's searches (phrase, then words) share one
 * budget, and only the results shown are read, plus spares when some turn out to be
 * truncation-only (src/search/results.ts) and leave a gap.
 */
import { RESULTS_READ, RESULTS_SHOWN } from './pagefind-options.ts';
import { isTruncationOnly, type FoundPage } from './results.ts';

/** Each page once, in plan order, the first `n`: the phrase search's pages before the words search's. */
export function pickReads<T extends { id: string }>(lists: T[][], n: number): T[] {
  const seen = new Set<string>();
  const picked: T[] = [];
  for (const list of lists) {
    for (const result of list) {
      if (picked.length >= n) return picked;
      if (!seen.has(result.id)) {
        seen.add(result.id);
        picked.push(result);
      }
    }
  }
  return picked;
}

/**
 * The pages to list from the plan's result lists, read with `read` (which keeps the order):
 * `shown` first, then the spare ones only if truncation-only pages were dropped.
 */
export async function readPages<T extends { id: string }>(
  lists: T[][],
  read: (results: T[]) => Promise<FoundPage[]>,
  shown = RESULTS_SHOWN,
  budget = RESULTS_READ,
): Promise<FoundPage[]> {
  const picked = pickReads(lists, budget);
  const readKept = async (results: T[]) => (await read(results)).filter((page) => !isTruncationOnly(page));
  const pages = await readKept(picked.slice(0, shown));
  if (pages.length === shown || picked.length <= shown) return pages;
  return [...pages, ...(await readKept(picked.slice(shown)))];
}
