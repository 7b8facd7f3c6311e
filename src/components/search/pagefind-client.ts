/**
 * Pagefind's JS API, loaded from the site itself on first use. Pagefind picks the index of
 * the page's `<html lang>`, so a zh-CN page searches Chinese pages and /en/ English ones.
 */
import { EXCERPT_LENGTH, PAGEFIND_RANKING, RESULTS_SHOWN } from '../../search/pagefind-options.ts';
import type { NormalizedQuery } from '../../search/normalize-query.ts';
import { mergeResults, searchPlan } from '../../search/rank.ts';
import { readPages } from '../../search/read-plan.ts';
import type { FoundPage, ResultKind } from '../../search/results.ts';

interface PagefindResult {
  id: string;
  matchedMetaFields?: string[];
  data(): Promise<Omit<FoundPage, 'matchedMetaFields'>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: pagefind.js holds the whole engine already; its worker script would add 43 KB
    // to the first search, and a search here takes a few ms on the main thread
    await pagefind.options({ baseUrl: BASE, excerptLength: EXCERPT_LENGTH, ranking: PAGEFIND_RANKING, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * The best pages for a query, or null when `current()` says a newer query superseded it.
 * `more`: pages found another way (by title), listed after pagefind's own copy of a page.
 * No debounce: a search takes a few ms, and a stale one is dropped before its pages are
 * read, which is where the bytes and most of the time go (src/search/read-plan.ts).
 */
export async function searchPages(
  query: NormalizedQuery,
  kind: ResultKind | 'all',
  current: () => boolean,
  more: Promise<FoundPage[]> = Promise.resolve([]),
  limit = RESULTS_SHOWN,
): Promise<FoundPage[] | null> {
  const pagefind = await loadPagefind();
  const options = { filters: kind === 'all' ? {} : { kind } };
  // both at once: one after the other was measured slower (the words search waits for index
  // chunks of its own), and the words search costs no read unless the phrase finds too few
  const searches = await Promise.all(searchPlan(query).map((term) => pagefind.search(term, options)));
  if (!current()) return null;
  const read = (results: PagefindResult[]) =>
    Promise.all(results.map(async (r) => ({ ...(await r.data()), matchedMetaFields: r.matchedMetaFields })));
  const pages = [await readPages(searches.map((search) => search.results), read), await more];
  return current() ? mergeResults(pages, query.text).slice(0, limit) : null;
}
