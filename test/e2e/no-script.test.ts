/**
 * The parts of the site that run in the browser, with JavaScript off: the search box, the
 * analyzer and the hash checker say that they need it and what works instead, rather than
 * doing nothing when used; with JavaScript on, the note is not shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, siteUrl } from './support/browser.ts';

let browser: Browser;
let plain: Page;
let scripted: Page;
beforeAll(async () => {
  browser = await launch();
  plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  scripted = await browser.newPage();
});
afterAll(() => browser?.close());

const notice = (page: Page, what: string) => page.locator(`[data-noscript="${what}"]`);

describe('with JavaScript off', () => {
  it.each([
    ['', 'search', /codes\/0x80070570\//],
    ['en/', 'search', /codes\/0x80070570\//],
    ['analyze/', 'analyzer', /update-triage analyze/],
    ['en/kb/kb5016623/', 'verify', /certutil -hashfile FILE SHA256/],
  ])('/%s says what needs it (%s) and what works instead', async (path, what, instead) => {
    await plain.goto(siteUrl(path), { waitUntil: 'load' });
    await expect.poll(() => notice(plain, what).isVisible()).toBe(true);
    expect(await notice(plain, what).textContent()).toMatch(instead);
    await scripted.goto(siteUrl(path), { waitUntil: 'load' });
    expect(await notice(scripted, what).count()).toBe(0);
  });
});
