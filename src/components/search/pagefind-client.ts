/**
 * Pagefind's JS API, loaded from the site itself on first use. Pagefind picks the index of
 * the page's `<html lang>`, so a zh-CN page searches Chinese pages and /en/ English ones.
 */
import { EXCERPT_LENGTH, PAGEFIND_RANKING, RESULTS_READ, RESULTS_SHOWN } from '../../search/pagefind-options.ts';
import type { NormalizedQuery } from '../../search/normalize-query.ts';
import { mergeResults, searchPlan } from '../../search/rank.ts';
import { isTruncationOnly, type FoundPage, type ResultKind } from '../../search/results.ts';

interface PagefindResult {
  matchedMetaFields?: string[];
  data(): Promise<Omit<FoundPage, 'matchedMetaFields'>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options: Record<string, unknown>, ms?: number): Promise<{ results: PagefindResult[] } | null>;
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

async function pagesOf(results: PagefindResult[]): Promise<FoundPage[]> {
  const pages = await Promise.all(
    results.slice(0, RESULTS_READ).map(async (result) => ({ ...(await result.data()), matchedMetaFields: result.matchedMetaFields })),
  );
  return pages.filter((page) => !isTruncationOnly(page));
}

/** The best pages for a query, or null when a newer query superseded this one. */
export async function searchPages(query: NormalizedQuery, kind: ResultKind | 'all', limit = RESULTS_SHOWN): Promise<FoundPage[] | null> {
  const pagefind = await loadPagefind();
  const options = { filters: kind === 'all' ? {} : { kind } };
  const lists: FoundPage[][] = [];
  for (const [i, term] of searchPlan(query).entries()) {
    // only the first search waits for typing to pause; the rest follow at once
    const search = i === 0 ? await pagefind.debouncedSearch(term, options, 120) : await pagefind.search(term, options);
    if (!search) return null;
    lists.push(await pagesOf(search.results));
  }
  return mergeResults(lists, query.text).slice(0, limit);
}
