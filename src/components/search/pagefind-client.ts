/**
 * Pagefind's JS API, loaded from the site itself on first use. Pagefind picks the index of
 * the page's `<html lang>`, so a zh-CN page searches Chinese pages and /en/ English ones.
 */
import { isTruncationOnly, type FoundPage, type ResultKind } from '../../search/results.ts';

interface PagefindResult {
  matchedMetaFields?: string[];
  data(): Promise<Omit<FoundPage, 'matchedMetaFields'>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options: Record<string, unknown>, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // codes live in the title and the aliases metadata: let those decide the order
    await pagefind.options({ baseUrl: BASE, excerptLength: 22, ranking: { metaWeights: { title: 5, aliases: 4 } } });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The best pages for a query, or null when a newer query superseded this one. */
export async function searchPages(query: string, kind: ResultKind | 'all', limit = 10): Promise<FoundPage[] | null> {
  const pagefind = await loadPagefind();
  const filters = kind === 'all' ? {} : { kind };
  const search = await pagefind.debouncedSearch(query, { filters }, 120);
  if (!search) return null;
  const pages: FoundPage[] = [];
  for (const result of search.results.slice(0, limit * 2)) {
    const page = { ...(await result.data()), matchedMetaFields: result.matchedMetaFields };
    if (!isTruncationOnly(page)) pages.push(page);
    if (pages.length === limit) break;
  }
  return pages;
}
