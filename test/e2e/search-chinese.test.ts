/**
 * Chinese queries: for every runbook and every code article, a query taken from its zh-CN
 * title (its longest run of Chinese characters, as a user would retype it) finds the page
 * in the top 3 on the Chinese index, searched as the site's search box does.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Catalog } from '../../src/catalog/types.ts';
import { launch, siteUrl } from './support/browser.ts';
import { openPagefind, siteSearchPaths } from './support/pagefind.ts';

const catalog = JSON.parse(readFileSync('.catalog/catalog.json', 'utf8')) as Catalog;

/** The longest run of Han characters in a title: `更新在重启时回滚：Process Monitor …` → `更新在重启时回滚`. */
export function chineseQuery(title: string): string | undefined {
  const runs = title.match(/\p{Script=Han}+/gu) ?? [];
  return runs.sort((a, b) => b.length - a.length)[0];
}

const targets = [
  ...catalog.runbooks.map((r) => ({ title: r.title['zh-CN'], path: `runbooks/${r.id}/` })),
  ...catalog.articles.map((a) => ({ title: a.title['zh-CN'], path: `codes/${a.code.toLowerCase()}/` })),
].map((t) => ({ ...t, query: chineseQuery(t.title) }));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  await openPagefind(page, '');
});
afterAll(() => browser?.close());

describe('a Chinese query from the title finds the page in the top 3', () => {
  it(`builds a query for every runbook and article (${targets.length})`, () => {
    expect(targets.length).toBe(catalog.runbooks.length + catalog.articles.length);
    expect(targets.filter((t) => !t.query).map((t) => t.title)).toEqual([]);
  });

  it('finds every one', async () => {
    const misses: string[] = [];
    for (const { query, path, title } of targets) {
      const top = await siteSearchPaths(page, query!, 3);
      const expected = new URL(siteUrl(path)).pathname;
      if (!top.includes(expected)) misses.push(`${query} (${title}) → ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
});
