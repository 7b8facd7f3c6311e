/**
 * The panels under a report on the analyzer page, in Chromium: the reply composer (language
 * switch, copy as text and Markdown) and the redacted export of a fixture holding every kind
 * of personal data, downloaded and opened like a customer's upload.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, recordExternalRequests, siteUrl } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { PERSONAL_VALUES } from '../redact/fixtures.ts';

const CASE = resolve('test/fixtures/logs/case');
const REDACT = resolve('test/fixtures/redact');
const COLLECTOR = 'PC-0412-(2022-10-28_13-55-01).zip';

let browser: Browser;
let context: BrowserContext;
let scratch: string;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  scratch = mkdtempSync(join(tmpdir(), 'redact-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function analyzeFiles(files: string[], path = 'analyze/'): Promise<{ page: Page; external: string[] }> {
  const page = await context.newPage();
  const external = recordExternalRequests(page);
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await page.setInputFiles('[data-pick-files]', files);
  await page.waitForSelector('ut-analyzer[data-state="done"]', { timeout: 30_000 });
  return { page, external };
}

const replyText = (page: Page) => page.$eval('textarea[data-reply]', (t) => (t as HTMLTextAreaElement).value);

describe('the reply composer', () => {
  it('drafts the case reply in Chinese with step links, and switches to English', async () => {
    const { page, external } = await analyzeFiles([join(CASE, 'WindowsUpdate.log'), join(CASE, 'CBS.log')]);
    await page.waitForFunction(() => (document.querySelector('textarea[data-reply]') as HTMLTextAreaElement | null)?.value.length);
    const zh = await replyText(page);
    const origin = new URL(siteUrl()).href;
    expect(zh).toContain('2022-10-12 至 2022-10-28 共 6 次安装失败');
    expect(zh).toContain('- 0x80070570 ERROR_FILE_CORRUPT ×4（2022-10-13 至 2022-10-28）');
    expect(zh).toContain(`<${origin}runbooks/offline-install-with-hash-check/#step-1>`);
    expect(zh).toContain(`<${origin}kb/kb5016623/>`);
    expect(await page.textContent('.ut-reply h2')).toBe('回复草稿');

    await page.check('.ut-reply input[value="en"]');
    const en = await replyText(page);
    expect(en).toContain('6 failed install attempts from 2022-10-12 to 2022-10-28');
    expect(en).toContain(`<${origin}en/runbooks/offline-install-with-hash-check/#step-1>`);

    await page.click('[data-copy-reply="markdown"]');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('`0x80070570` `ERROR_FILE_CORRUPT` ×4');
    expect(copied).toContain(`](${origin}en/runbooks/offline-install-with-hash-check/#step-1)`);
    await page.click('[data-copy-reply="text"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(en.trim());
    expect(external).toEqual([]);
    await page.close();
  });
});

describe('the panels', () => {
  it('hold still when scrolled into view, so a click lands where it was aimed', async () => {
    const { page } = await analyzeFiles([join(CASE, 'WindowsUpdate.log'), join(CASE, 'CBS.log')]);
    await page.waitForFunction(() => (document.querySelector('textarea[data-reply]') as HTMLTextAreaElement | null)?.value.length);
    // Where the redact button is right after a jump to it, and in each of the next frames, while
    // what came into view with it is laid out (a skipped section's real height shows two or three
    // frames on): a section drawn at a guessed height would move the page's end, and the button.
    const tops = await page.$eval('[data-redact]', async (button) => {
      button.scrollIntoView({ block: 'end' });
      const seen = [button.getBoundingClientRect().top];
      for (let i = 0; i < 8; i++) {
        await new Promise(requestAnimationFrame);
        seen.push(button.getBoundingClientRect().top);
      }
      return seen;
    });
    for (const top of tops) expect(Math.abs(top - tops[0]), tops.join(' ')).toBeLessThan(1);
    await page.close();
  });
});

describe('the redacted export', () => {
  it('downloads redacted-logs.zip with every kind of personal data replaced, and says what was replaced', async () => {
    const collector = join(scratch, COLLECTOR);
    writeFileSync(collector, zipSync({ 'personal-events.txt': readFileSync(join(REDACT, 'personal-events.txt')) }));
    const { page, external } = await analyzeFiles([join(REDACT, 'personal-data.log'), collector]);
    expect(await page.textContent('.ut-redact h2')).toBe('脱敏日志包');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-redact]')]);
    expect(download.suggestedFilename()).toBe('redacted-logs.zip');
    const saved = join(scratch, 'redacted-logs.zip');
    await download.saveAs(saved);
    const entries = unzipSync(new Uint8Array(readFileSync(saved)));
    const names = Object.keys(entries).sort();
    expect(names).toContain('personal-data.log');
    expect(names).toContain('REDACTION.txt');
    expect(names.find((n) => n.endsWith('/personal-events.txt'))).toMatch(/^<HOST-\d+>-\(2022-10-28_13-55-01\)\.zip\//);

    const all = Object.entries(entries).map(([name, bytes]) => `${name}\n${new TextDecoder().decode(bytes)}`).join('\n').toLowerCase();
    for (const value of PERSONAL_VALUES) expect(all, value).not.toContain(value.toLowerCase());
    const log = new TextDecoder().decode(entries['personal-data.log']);
    for (const kept of ['0x80070570', 'resultMapped=8024001E', 'KB5016623', '10.0.17763.3287', '{3911FF81-80A6-49F3-B1E7-E7FBC1E67FEB}']) expect(log).toContain(kept);

    // the page lists each kind with its counts, the same as REDACTION.txt
    const kinds = await page.$$eval('[data-redact-counts] li', (lis) => lis.map((li) => li.getAttribute('data-kind')));
    expect(kinds).toEqual(['user', 'host', 'domain', 'ip', 'email', 'sid']);
    const report = new TextDecoder().decode(entries['REDACTION.txt']);
    for (const line of await page.$$eval('[data-redact-counts] li', (lis) => lis.map((li) => li.textContent!.split('：')[1]))) {
      expect(report).toContain(line);
    }
    expect(await page.textContent('.ut-redact [role="status"]')).toContain('redacted-logs.zip');
    // the zip was made off the page's thread
    expect(workers).toHaveLength(1);
    expect(external).toEqual([]);
    await page.close();
  });

  it('leaves both panels free of accessibility violations', async () => {
    const { page } = await analyzeFiles([join(CASE, 'WindowsUpdate.log')], 'en/analyze/');
    await page.waitForFunction(() => (document.querySelector('textarea[data-reply]') as HTMLTextAreaElement | null)?.value.length);
    expect(await page.textContent('.ut-redact h2')).toBe('Redacted logs');
    // only what these panels draw: the rest of the page has its own test
    const violations = [];
    for (const v of await axeViolations(page)) {
      const inside = await page.evaluate((targets) => targets.some((t) => !!document.querySelector(t)?.closest('.ut-reply, .ut-redact')), v.targets);
      if (inside) violations.push(v);
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
