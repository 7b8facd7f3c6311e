/**
 * The troubleshooter on a symptom page: without JavaScript every question is shown and each
 * answer is a plain link (#q-N, a runbook step, a code article); with it, one question at a
 * time, and a link to `#q-2` opens that question. Links back: the pages a symptom leads to
 * list it, and the home page leads with the three ways in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join, resolve } from 'node:path';
import { launch, recordExternalRequests, siteUrl } from './support/browser.ts';

const CASE = resolve('test/fixtures/logs/case');

let browser: Browser;
let plain: Page;
let scripted: Page;
let external: string[];
beforeAll(async () => {
  browser = await launch();
  plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  scripted = await browser.newPage();
  external = [...recordExternalRequests(plain), ...recordExternalRequests(scripted)];
});
afterAll(() => browser?.close());

const visibleNodes = (page: Page) => page.locator('.ut-guide-node:visible').evaluateAll((els) => els.map((e) => e.id));
const path = (url: string) => new URL(url).pathname.replace(new URL(siteUrl()).pathname, '/');

describe('the troubleshooter', () => {
  it('without JavaScript shows every question, and its answers are plain links that work', async () => {
    await plain.goto(siteUrl('symptoms/rollback-at-restart/'), { waitUntil: 'load' });
    expect(await visibleNodes(plain)).toEqual(['q-1', 'q-2', 'q-3']);
    const hrefs = await plain.locator('#q-1 a[data-go]').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h!.replace(new URL(siteUrl()).pathname, '/'))).toEqual(['/codes/0x800f0922/', '/runbooks/pending-reboot-or-transaction/#step-1', '#q-2']);
    await plain.click('#q-2 a[href="#q-3"]');
    expect(new URL(plain.url()).hash).toBe('#q-3');
    await plain.click('#q-3 a[data-go="runbook"] >> nth=0');
    expect(path(plain.url())).toBe('/runbooks/component-store-repair/');
    expect(new URL(plain.url()).hash).toBe('#step-6');
  });

  it('with JavaScript shows one question at a time, opened by its own link', async () => {
    await scripted.goto(siteUrl('en/symptoms/rollback-at-restart/'), { waitUntil: 'load' });
    expect(await visibleNodes(scripted)).toEqual(['q-1']);
    await scripted.click('#q-1 a[href="#q-2"]');
    // the question is shown on the hashchange event, a task after the click
    await expect.poll(() => visibleNodes(scripted)).toEqual(['q-2']);
    expect(await scripted.evaluate(() => document.activeElement?.id)).toBe('q-2-title');
    // Back goes to the question before, the first one too (the page's URL had no hash)
    await scripted.goBack();
    await expect.poll(() => visibleNodes(scripted)).toEqual(['q-1']);
    await scripted.goto(siteUrl('en/symptoms/rollback-at-restart/#q-3'), { waitUntil: 'load' });
    expect(await visibleNodes(scripted)).toEqual(['q-3']);
    await scripted.click('.ut-guide-all');
    expect(await visibleNodes(scripted)).toEqual(['q-1', 'q-2', 'q-3']);
  });
});

describe('links to symptoms', () => {
  it('the index groups symptoms by where the user sees them', async () => {
    await plain.goto(siteUrl('symptoms/'), { waitUntil: 'load' });
    expect(await plain.locator('#restart-screen + ul a[href$="/symptoms/rollback-at-restart/"]').count()).toBe(1);
    expect(await plain.locator('#wsus-console + ul a').count()).toBeGreaterThanOrEqual(2);
  });

  it('a code article and a runbook list the symptoms that lead to them', async () => {
    await plain.goto(siteUrl('codes/0x800f0922/'), { waitUntil: 'load' });
    expect(await plain.locator('#symptoms + ul a[href$="/symptoms/rollback-at-restart/"]').count()).toBe(1);
    await plain.goto(siteUrl('en/runbooks/boot-trace-procmon-wpr/'), { waitUntil: 'load' });
    expect(await plain.locator('#symptoms + ul a[href$="/en/symptoms/rollback-at-restart/"]').count()).toBe(1);
  });

  it("the analyzer's verdict links the matching symptom, and the reply composer inserts a chosen one", async () => {
    await scripted.goto(siteUrl('analyze/'), { waitUntil: 'load' });
    await scripted.setInputFiles('[data-pick-files]', [join(CASE, 'WindowsUpdate.log'), join(CASE, 'CBS.log')]);
    await scripted.waitForSelector('ut-analyzer[data-state="done"]', { timeout: 30_000 });
    // the case's root cause is 0x80070570, whose article the symptom "update history shows failed" leads to
    expect(await scripted.getAttribute('#verdict .ut-an-symptom a', 'href')).toMatch(/\/symptoms\/history-install-failed\/$/);
    const select = scripted.locator('.ut-reply-symptom');
    await select.locator('option[value="history-install-failed"]').waitFor({ state: 'attached' });
    expect(await select.inputValue()).toBe('');
    expect(await scripted.inputValue('.ut-reply-text')).not.toContain('/symptoms/');
    await select.selectOption('history-install-failed');
    expect(await scripted.inputValue('.ut-reply-text')).toMatch(/symptoms\/history-install-failed\/#q-1/);
  });

  it('a code with several symptoms links first the one its runbooks share: 0x800F0922 in a CBS.log leads to the rollback at restart', async () => {
    await scripted.goto(siteUrl('analyze/'), { waitUntil: 'load' });
    await scripted.setInputFiles('[data-pick-files]', resolve('test/fixtures/logs/samples/real-01-cbs.log'));
    await scripted.waitForSelector('ut-analyzer[data-state="done"]', { timeout: 30_000 });
    const linked = await scripted.$$eval('#verdict .ut-an-symptom a', (as) => as.map((a) => a.getAttribute('data-symptom')));
    expect(linked).toEqual(['rollback-at-restart', 'system-reserved-full']);
  });

  it('the home page leads with the three ways in, ahead of the list of codes', async () => {
    await plain.goto(siteUrl('en/'), { waitUntil: 'load' });
    const ways = await plain.locator('.ut-ways a').evaluateAll((els) => els.map((a) => a.textContent));
    expect(ways).toEqual(['I have an error code', 'I only see a symptom', 'I have logs']);
    const order = await plain.evaluate(() => {
      const ways = document.querySelector('.ut-ways')!;
      const codes = document.querySelector('.ut-code-list')!;
      return ways.compareDocumentPosition(codes) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    expect(external).toEqual([]);
  });
});
