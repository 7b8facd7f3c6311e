/**
 * Chinese queries: for every runbook and every code article, a query taken from its zh-CN
 * title finds the page in the top 3 on the Chinese index, searched as the site's search box
 * does. The query is the title's longest run of Chinese characters, as a user would retype
 * it, or the whole title when that run is in another title too (`操作未完成` is in four).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Catalog } from '../../src/catalog/types.ts';
import { launch, siteUrl } from './support/browser.ts';
import { titleRows } from '../../src/search/title-index.ts';
import { openPagefind, siteSearchPaths } from './support/pagefind.ts';

const catalog = JSON.parse(readFileSync('.catalog/catalog.json', 'utf8')) as Catalog;

const titled = [
  ...catalog.runbooks.map((r) => ({ title: r.title['zh-CN'], path: `runbooks/${r.id}/` })),
  ...catalog.articles.map((a) => ({ title: a.title['zh-CN'], path: `codes/${a.code.toLowerCase()}/` })),
];

/** `更新在重启时回滚：Process Monitor …` → `更新在重启时回滚`; the whole title when that run is not its own. */
function chineseQuery(title: string): string | undefined {
  const [longest] = (title.match(/\p{Script=Han}+/gu) ?? []).sort((a, b) => b.length - a.length);
  if (!longest) return undefined;
  return titled.some((t) => t.title !== title && t.title.includes(longest)) ? title : longest;
}

const targets = titled.map((t) => ({ ...t, query: chineseQuery(t.title) }));
const titles = titleRows(catalog, 'zh-CN');

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
      const top = await siteSearchPaths(page, query!, 3, titles);
      const expected = new URL(siteUrl(path)).pathname;
      if (!top.includes(expected)) misses.push(`${query} (${title}) → ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
});
