/**
 * Pagefind's JS API, loaded from the site itself on first use. Pagefind picks the index of
 * the page's `<html lang>`, so a zh-CN page searches Chinese pages and /en/ English ones.
 */
import { EXCERPT_LENGTH, PAGEFIND_RANKING, RESULTS_READ, RESULTS_SHOWN } from '../../search/pagefind-options.ts';
import type { NormalizedQuery } from '../../search/normalize-query.ts';
import { mergeResults, searchPlan } from '../../search/rank.ts';
import { isTruncationOnly, type FoundPage, type ResultKind } from '../../search/results.ts';

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
    await pagefind.options({ baseUrl: BASE, excerptLength: EXCERPT_LENGTH, ranking: PAGEFIND_RANKING });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Reads each page once, however many of the plan's searches found it (a read is a fetch). */
function pageReader(): (results: PagefindResult[]) => Promise<FoundPage[]> {
  const read = new Map<string, Promise<Omit<FoundPage, 'matchedMetaFields'>>>();
  return async (results) => {
    const pages = await Promise.all(
      results.slice(0, RESULTS_READ).map(async (result) => {
        if (!read.has(result.id)) read.set(result.id, result.data());
        return { ...(await read.get(result.id)!), matchedMetaFields: result.matchedMetaFields };
      }),
    );
    return pages.filter((page) => !isTruncationOnly(page));
  };
}

/**
 * The best pages for a query, or null when `current()` says a newer query superseded it.
 * `more`: pages found another way (by title), listed after pagefind's own copy of a page.
 * No debounce: a search takes a few ms in pagefind's worker, and a stale one is dropped
 * before its pages are read, which is where the bytes go.
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
  const searches = await Promise.all(searchPlan(query).map((term) => pagefind.search(term, options)));
  if (!current()) return null;
  const pagesOf = pageReader();
  const lists = await Promise.all([...searches.map((search) => pagesOf(search.results)), more]);
  return current() ? mergeResults(lists, query.text).slice(0, limit) : null;
}
