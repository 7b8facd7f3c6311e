/**
 * What the search box downloads, by kind of query: a code needs only the lookup data, Chinese
 * only pagefind and the titles, and opening the box alone loads neither. Text being composed
 * in an input method (pinyin) is not a query. Excerpts quote only what the page shows.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, siteUrl } from './support/browser.ts';

let browser: Browser;
let page: Page;
/** Site paths of the search files requested since the page was opened. */
let fetched: string[];

beforeAll(async () => {
  browser = await launch();
});
beforeEach(async () => {
  await page?.close();
  page = await browser.newPage();
  fetched = [];
  const base = new URL(siteUrl()).pathname;
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname.replace(base, '/');
    if (/^\/(pagefind\/|data\/(lookup|titles))/.test(path)) fetched.push(path);
  });
});
afterAll(() => browser?.close());

const status = () => page.locator('site-search [role="status"]');
const loaded = (prefix: string) => fetched.some((p) => p.startsWith(prefix));

async function openBox(): Promise<void> {
  await page.goto(siteUrl('codes/0x80070002/'), { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
}

async function waitForResults(text: string): Promise<void> {
  await page.waitForFunction((text) => document.querySelector('site-search [role="status"]')?.textContent?.includes(text), text);
}

describe('what a query loads', () => {
  it('opening the box loads nothing yet', async () => {
    await openBox();
    await page.waitForTimeout(500);
    expect(fetched).toEqual([]);
  });

  it.each(['0x80070570', '-2147023504', 'ERROR_FILE_CORRUPT', 'KB5016623'])('%s: the lookup data only, and the page to go to', async (query) => {
    await openBox();
    await page.fill('#site-search-input', query);
    await waitForResults(query);
    expect(await page.locator('#site-search-results [role="option"]').count()).toBeGreaterThan(0);
    expect(fetched).toEqual(['/data/lookup.json.gz']);
  });

  it('Chinese: pagefind and the titles, never the lookup data', async () => {
    await openBox();
    await page.fill('#site-search-input', '文件损坏');
    await waitForResults('文件损坏');
    expect(loaded('/pagefind/pagefind.js')).toBe(true);
    expect(loaded('/data/titles.zh-CN.json.gz')).toBe(true);
    expect(loaded('/data/lookup')).toBe(false);
  });

  it('a code among words: both, and the page to go to first', async () => {
    await openBox();
    await page.fill('#site-search-input', '安装失败 0x800F0922');
    await waitForResults('0x800F0922');
    expect(loaded('/data/lookup')).toBe(true);
    expect(loaded('/pagefind/')).toBe(true);
    expect(await page.locator('#site-search-results [role="option"]').first().getAttribute('href')).toMatch(/\/codes\/0x800f0922\/$/);
  });
});

describe('an input method', () => {
  it('pinyin being composed is not searched; the committed words are', async () => {
    await openBox();
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['w', 'wen', 'wenjian']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await page.waitForTimeout(300);
    expect(await page.inputValue('#site-search-input')).toBe('wenjian');
    // composing already fetches pagefind (only pagefind answers Chinese), but neither searches nor loads the lookup data
    expect(loaded('/data/lookup')).toBe(false);
    expect(await status().textContent()).toBe('');
    await cdp.send('Input.insertText', { text: '文件损坏' });
    await waitForResults('文件损坏');
    expect(loaded('/data/lookup')).toBe(false);
    expect(loaded('/pagefind/pagefind.js')).toBe(true);
  });
});

describe('excerpts', () => {
  it('quote what the page shows, not the hidden plain-text copy of a runbook', async () => {
    await openBox();
    await page.locator('site-search input[type="radio"][value="runbook"]').check();
    await page.fill('#site-search-input', '回滚');
    await waitForResults('回滚');
    const excerpts = await page.locator('#site-search-results .ut-search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    // the copy spells out each step's link, `(/runbooks/…/#step-2)`; the page shows it as a heading anchor
    expect(excerpts.filter((e) => /\/runbooks\/|完整手册/.test(e))).toEqual([]);
  });

  it("quote what a KB page shows, not the verifier's hidden messages", async () => {
    await openBox();
    await page.fill('#site-search-input', '没有得出结论');
    await waitForResults('没有得出结论');
    const excerpts = await page.locator('#site-search-results .ut-search-excerpt').allTextContents();
    // `已取消，没有得出结论。` is shown only after a cancelled check; every KB page holds it hidden
    expect(excerpts.filter((e) => e.includes('没有得出结论'))).toEqual([]);
  });
});
