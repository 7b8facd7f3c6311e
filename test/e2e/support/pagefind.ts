/** Pagefind's JS API driven inside a built page, so a search runs exactly as in the browser (index of the page's lang). */
import type { Page } from 'playwright-core';
import { siteUrl } from './browser.ts';
import { normalizeQuery } from '../../../src/search/normalize-query.ts';
import { PAGEFIND_RANKING, RESULTS_READ } from '../../../src/search/pagefind-options.ts';
import { mergeResults, searchPlan } from '../../../src/search/rank.ts';
import { readPages } from '../../../src/search/read-plan.ts';
import type { FoundPage } from '../../../src/search/results.ts';
import { titleMatches, titlePage, type TitleRow } from '../../../src/search/title-index.ts';

/** Opens a page and loads pagefind in it, ranking as the site's search box does; searches then use that page's language index. */
export async function openPagefind(page: Page, path: string): Promise<void> {
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  const base = new URL(siteUrl()).pathname;
  // a string, so the test runner's transform leaves this import() to the browser
  await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(base)}, ranking: ${JSON.stringify(PAGEFIND_RANKING)} });
    await pagefind.init();
    window.__pagefind = pagefind;
  })()`);
}

/** The first `n` results of one pagefind query, with what the site's search box reads of them. */
export async function pagefindResults(page: Page, term: string, n: number): Promise<FoundPage[]> {
  return page.evaluate(
    async ({ term, n }) => {
      const pagefind = (window as unknown as { __pagefind: any }).__pagefind;
      const search = await pagefind.search(term);
      return Promise.all(
        search.results.slice(0, n).map(async (r: { data: () => Promise<FoundPage>; matchedMetaFields?: string[] }) => {
          const { url, excerpt, meta, filters } = await r.data();
          return { url: new URL(url, location.href).pathname, excerpt, meta, filters, matchedMetaFields: r.matchedMetaFields };
        }),
      );
    },
    { term, n },
  );
}

/** Site paths of the first `n` results of one pagefind query, as pagefind ranks them. */
export async function topPaths(page: Page, term: string, n: number): Promise<string[]> {
  return (await pagefindResults(page, term, n)).map((r) => r.url);
}

/** The ids of the first `n` results of one pagefind query; the results stay in the page for `readResults`. */
async function resultIds(page: Page, term: string, n: number): Promise<{ id: string }[]> {
  return page.evaluate(
    async ({ term, n }) => {
      const w = window as unknown as { __pagefind: any; __results?: Map<string, unknown> };
      const search = await w.__pagefind.search(term);
      w.__results ??= new Map();
      return search.results.slice(0, n).map((r: { id: string }) => (w.__results!.set(r.id, r), { id: r.id }));
    },
    { term, n },
  );
}

/** What the site's search box reads of the results `resultIds` kept, by id. */
async function readResults(page: Page, ids: string[]): Promise<FoundPage[]> {
  return page.evaluate(async (ids) => {
    const results = (window as unknown as { __results: Map<string, { data: () => Promise<FoundPage>; matchedMetaFields?: string[] }> }).__results;
    return Promise.all(
      ids.map(async (id) => {
        const r = results.get(id)!;
        const { url, excerpt, meta, filters } = await r.data();
        return { url: new URL(url, location.href).pathname, excerpt, meta, filters, matchedMetaFields: r.matchedMetaFields };
      }),
    );
  }, ids);
}

/**
 * Site paths of the first `n` results as the site's search box lists them: normalised,
 * planned, read as src/search/read-plan.ts decides, merged with the title matches of
 * `titles` (the rows of the page's language).
 */
export async function siteSearchPaths(page: Page, text: string, n: number, titles: TitleRow[]): Promise<string[]> {
  const query = normalizeQuery(text);
  const base = new URL(siteUrl()).pathname;
  const lists: { id: string }[][] = [];
  for (const term of searchPlan(query)) lists.push(await resultIds(page, term, RESULTS_READ));
  const read = await readPages(lists, (results) => readResults(page, results.map((r) => r.id)));
  const byTitle = titleMatches(titles, query.text).map((row) => titlePage(row, base + row[0]));
  return mergeResults([read, byTitle], query.text).slice(0, n).map((r) => r.url);
}
