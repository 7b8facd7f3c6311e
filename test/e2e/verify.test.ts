/**
 * The hash verifier in Chromium, with files made here whose SHA-256 the test computes itself.
 *
 * The catalog has one published hash (KB5016623, from the case) and no test can make a file with
 * it. The "match" verdicts are therefore checked against hashes the test controls: the KB page is
 * served with its published hash replaced by the test file's hash, or the catalog's hash list
 * (/data/kb-hashes.json) is served with one KB given the test file's hash. Everything else (page,
 * worker, verdict texts, links) is the built site as is.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, launch, recordExternalRequests, siteUrl } from './support/browser.ts';

const CASE_KB = 'KB5016623';
const CASE_SHA256 = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
const RUNBOOK = 'runbooks/offline-install-with-hash-check/';
/** The path of a site page as links show it, with the base the site was built for. */
const sitePath = (path: string) => new URL(siteUrl(path)).pathname;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').toUpperCase();
const fileOf = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/octet-stream', buffer });

interface Outcome {
  state?: string;
  verdict?: string;
  engine?: string;
  sha256: string;
  /** text of the verdict shown, and the links in it */
  text: string;
  links: string[];
}

async function verify(page: Page, file: string | ReturnType<typeof fileOf>, timeout = 30_000): Promise<Outcome> {
  await page.setInputFiles('.ut-verify input[type="file"]', file);
  return outcome(page, timeout);
}

async function outcome(page: Page, timeout = 30_000): Promise<Outcome> {
  await page.waitForSelector('.ut-verify:is([data-state="done"], [data-state="error"])', { timeout });
  return page.$eval('.ut-verify', (root) => {
    const shown = [...root.querySelectorAll<HTMLElement>('[data-verdict]')].filter((el) => !el.hidden);
    return {
      ...(root as HTMLElement).dataset,
      sha256: root.querySelector('[data-role="sha256"]')!.textContent ?? '',
      text: shown.map((el) => el.textContent ?? '').join(' '),
      links: shown.flatMap((el) => [...el.querySelectorAll('a')].map((a) => new URL(a.href).pathname)),
    };
  });
}

/** Serves the catalog's hash list with `kb` given `hash`, as if the catalog said so. */
async function catalogWith(page: Page, kb: string, hash: string): Promise<void> {
  const real = JSON.parse(readFileSync('dist/data/kb-hashes.json', 'utf8')) as { kb: string; sha256: string | null }[];
  expect(real.some((entry) => entry.kb === kb)).toBe(true);
  const json = real.map((entry) => (entry.kb === kb ? { kb, sha256: hash } : entry));
  await page.route('**/data/kb-hashes.json', (route) => route.fulfill({ json }));
}

let browser: Browser;
let page: Page;
let external: string[];

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A fresh page; the previous one is closed so that no earlier page competes for the CPU. */
async function newPage(from: Browser = browser): Promise<Page> {
  await page?.close();
  page = await from.newPage();
  return page;
}

async function open(path: string): Promise<void> {
  await newPage();
  external = recordExternalRequests(page);
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

describe('the verifier on a KB page', () => {
  it('says "do not install" for a file that is not the published package, in Chinese', async () => {
    await open('kb/kb5016623/');
    const bytes = randomBytes(100_000);
    const result = await verify(page, fileOf('Windows10.0-KB5016623-x64.msu', bytes));
    expect(result).toMatchObject({ state: 'done', verdict: 'mismatch', engine: 'webcrypto', sha256: sha256(bytes) });
    expect(result.text).toContain('不要安装');
    expect(result.text).toContain(CASE_KB);
    expect(result.text).not.toMatch(/install it|Do not/);
    expect(result.links).toContain(sitePath('kb/kb5016623/'));
    expect(external).toEqual([]);
  });

  it('shows one verdict at a time, of what was given last: a hash pasted after a file, or a file chosen after a hash', async () => {
    await open('en/kb/kb5016623/');
    const shown = () =>
      page.$eval('.ut-verify', (root) => ({
        file: [...root.querySelectorAll<HTMLElement>('[data-verdict]')].filter((el) => !el.hidden).length,
        paste: root.querySelector('[data-role="paste-result"]')!.childElementCount,
        box: root.querySelector<HTMLTextAreaElement>('[data-role="paste"]')!.value,
        // the pasted hash's verdict says it is about the pasted value, as the file's names the file
        subject: !root.querySelector<HTMLElement>('[data-role="paste-subject"]')!.hidden,
      }));
    expect((await verify(page, fileOf('other.msu', randomBytes(20_000)))).verdict).toBe('mismatch');
    await page.locator('.ut-verify [data-role="paste"]').fill(CASE_SHA256);
    await page.waitForSelector('.ut-verify [data-role="paste-result"] [data-match]');
    expect(await shown()).toEqual({ file: 0, paste: 1, box: CASE_SHA256, subject: true });
    expect(await page.textContent('.ut-verify [data-role="paste-subject"]')).toBe('The pasted value (not the chosen file):');
    expect(await page.textContent('.ut-verify [data-role="paste-result"]')).toContain(CASE_KB);
    expect((await verify(page, fileOf('other.msu', randomBytes(20_000)))).verdict).toBe('mismatch');
    expect(await shown()).toEqual({ file: 1, paste: 0, box: '', subject: false });
  });

  it('says "safe to install" and links the runbook when the file has the page\'s hash', async () => {
    const bytes = randomBytes(50_000);
    await newPage();
    await page.route(siteUrl('en/kb/kb5016623/'), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain(CASE_SHA256);
      await route.fulfill({ response, body: html.replaceAll(CASE_SHA256, sha256(bytes)) });
    });
    await page.goto(siteUrl('en/kb/kb5016623/'));
    const result = await verify(page, fileOf('package.msu', bytes));
    expect(result).toMatchObject({ verdict: 'match', sha256: sha256(bytes) });
    expect(result.text).toContain(`this is the genuine ${CASE_KB} package`);
    expect(result.links).toContain(sitePath(`en/${RUNBOOK}`));
  });

  it('names the other catalog KB a file really is, with its link', async () => {
    const bytes = randomBytes(20_000);
    await newPage();
    await catalogWith(page, 'KB5017315', sha256(bytes));
    await page.goto(siteUrl('en/kb/kb5016623/'));
    const result = await verify(page, fileOf('wrong.msu', bytes));
    expect(result.verdict).toBe('other');
    expect(result.text).toContain(`Not ${CASE_KB}: this file is the KB5017315 package`);
    expect(result.links).toEqual(expect.arrayContaining([sitePath('en/kb/kb5017315/'), sitePath('en/kb/kb5016623/')]));
  });

  it('shows the computed hash to compare with the vendor when no hash was published', async () => {
    await open('en/kb/kb5016690/');
    expect(await page.$('#kb-sha256')).toBeNull();
    const bytes = randomBytes(10_000);
    const result = await verify(page, fileOf('kb5016690.msu', bytes));
    expect(result).toMatchObject({ verdict: 'unpublished', sha256: sha256(bytes) });
    expect(result.text).toContain("vendor's site");
    expect(await page.isVisible('[data-role="sha256"]')).toBe(true);
    expect(await page.textContent('.ut-verify-file')).toBe('kb5016690.msu');
  });
});

describe('the verifier at /verify/ (every KB of the catalog)', () => {
  it('says that no catalog package has the hash of an unknown file', async () => {
    await open('verify/');
    expect(await page.textContent('h1')).toBe('核对补丁包哈希');
    // it promises no hash it does not have: how many KBs have one is said
    expect(await page.textContent('.ut-verify-coverage')).toMatch(/^目录中的 \d+ 个 KB 里，有 \d+ 个记录了公布的 SHA-256；/);
    const bytes = randomBytes(30_000);
    const result = await verify(page, fileOf('unknown.bin', bytes));
    expect(result).toMatchObject({ verdict: 'unknown', sha256: sha256(bytes) });
    expect(result.text).toContain('目录中没有哪个补丁包具有这个 SHA-256');
    // most packages have no published hash: a genuine one of those is not sent to download again and again
    expect(result.text).toContain('如果是其他补丁包，本站没有可比对的值');
  });

  it('names the catalog KB whose hash the file has', async () => {
    const bytes = randomBytes(30_000);
    await newPage();
    await catalogWith(page, 'KB5019966', sha256(bytes));
    await page.goto(siteUrl('en/verify/'));
    const result = await verify(page, fileOf('some.msu', bytes));
    expect(result.verdict).toBe('match');
    expect(result.text).toContain('this is the genuine KB5019966 package');
    expect(result.links).toEqual(expect.arrayContaining([sitePath('en/kb/kb5019966/'), sitePath(`en/${RUNBOOK}`)]));
  });

  it('checks against the KB a link names (?kb=) and says mismatch for another file', async () => {
    await open(`en/verify/?kb=${CASE_KB.toLowerCase()}`);
    await page.waitForSelector('.ut-verify-against:not([hidden])');
    expect(await page.textContent('.ut-verify-against')).toContain(CASE_KB);
    const result = await verify(page, fileOf('x.msu', randomBytes(1000)));
    expect(result.verdict).toBe('mismatch');
    expect(result.text).toContain('never with a hash from an e-mail');
  });

  it("opens the file chooser from its drop zone, in the page's language, with no browser button beside it", async () => {
    await open('kb/kb5016623/');
    const zone = page.locator('.ut-verify-drop');
    expect(await zone.textContent()).toContain('点击选择文件');
    // the browser's own button speaks the browser's language ("Choose File" on a Chinese page): it is not drawn
    const box = await page.locator('.ut-verify input[type="file"]').boundingBox();
    expect(box!.width * box!.height).toBeLessThanOrEqual(1);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), zone.click()]);
    expect(chooser.isMultiple()).toBe(false);
    // and it is still reached from the keyboard
    await page.locator('.ut-verify input[type="file"]').focus();
    expect(await page.$eval('.ut-verify-drop', (label) => getComputedStyle(label).outlineStyle)).toBe('solid');
  });

  it('takes a file dropped on the drop zone', async () => {
    await open('en/verify/');
    const bytes = randomBytes(4096);
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.msu'));
      const zone = document.querySelector('.ut-verify-drop')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, [...bytes]);
    const result = await outcome(page);
    expect(result).toMatchObject({ verdict: 'unknown', sha256: sha256(bytes) });
    expect(await page.textContent('.ut-verify-file')).toBe('dropped.msu');
  });

  it('has no serious accessibility violations with a verdict shown', async () => {
    await open('en/verify/');
    await verify(page, fileOf('a.bin', randomBytes(100)));
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: string, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run('.ut-verify', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});

describe('the verifier on a plain-http intranet host (no WebCrypto)', () => {
  let intranet: Browser;
  beforeAll(async () => {
    // A name that is not localhost makes http an insecure context, where crypto.subtle is missing.
    intranet = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP intranet.test 127.0.0.1'],
    });
  });
  afterAll(() => intranet?.close());

  it('falls back to the streaming hash and gets the same result', async () => {
    const url = new URL(siteUrl('verify/'));
    url.hostname = 'intranet.test';
    await newPage(intranet);
    await page.goto(url.href);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const bytes = randomBytes(5 * 1024 * 1024 + 3);
    const result = await verify(page, fileOf('big.msu', bytes));
    expect(result).toMatchObject({ state: 'done', engine: 'stream', verdict: 'unknown', sha256: sha256(bytes) });
  });
});

describe('a 1 GB file', () => {
  let dir = '';
  let path = '';
  let expected = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verify-e2e-'));
    path = join(dir, 'one-gigabyte.msu');
    // Written 1 MB at a time, hashed on the way: the test never holds the file in memory.
    const hash = createHash('sha256');
    const out = createWriteStream(path);
    const block = randomBytes(1024 * 1024);
    for (let i = 0; i < 1024; i++) {
      block.writeUInt32BE(i, 0);
      hash.update(block);
      if (!out.write(block)) await new Promise<void>((done) => out.once('drain', () => done()));
    }
    await new Promise<void>((done) => out.end(() => done()));
    expected = hash.digest('hex').toUpperCase();
  }, 120_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('can be cancelled while it is hashed', async () => {
    await open('verify/');
    await page.setInputFiles('.ut-verify input[type="file"]', path);
    await page.waitForFunction(() => document.querySelector('progress')!.value > 0);
    await page.click('[data-role="cancel"]');
    expect(await page.getAttribute('.ut-verify', 'data-state')).toBe('cancelled');
    expect(await page.isVisible('[data-role="progress"]')).toBe(false);
    expect(await page.isVisible('[data-verdict="cancelled"]')).toBe(true);
    expect(await page.isVisible('[data-role="computed"]')).toBe(false);
    // the focus goes back to the file input, not to the hidden Cancel button
    expect(await page.evaluate(() => document.activeElement?.matches('.ut-verify input[type="file"]'))).toBe(true);
  });

  it('is hashed with a moving progress bar and never freezes the page', async () => {
    await open('en/verify/');
    // Gaps between animation frames and long tasks on the main thread, measured in the page.
    await page.evaluate(() => {
      const probe = { maxFrameGap: 0, longestTask: 0, progress: [] as number[], running: true };
      (window as unknown as { probe: typeof probe }).probe = probe;
      let last = performance.now();
      // When the callback runs, not the frame's own time stamp: a frame begun during a block
      // carries a time from inside it, which would hide part of the freeze.
      const frame = () => {
        const now = performance.now();
        probe.maxFrameGap = Math.max(probe.maxFrameGap, now - last);
        last = now;
        probe.progress.push(document.querySelector('progress')!.value);
        if (probe.running) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    // The probe itself must see a frozen page: block the main thread for 300 ms once, then reset.
    const calibration = await page.evaluate(async () => {
      const { probe } = window as unknown as { probe: { maxFrameGap: number; longestTask: number } };
      setTimeout(() => {
        const until = performance.now() + 300;
        while (performance.now() < until);
      });
      await new Promise((done) => setTimeout(done, 500));
      const seen = { ...probe };
      Object.assign(probe, { maxFrameGap: 0, longestTask: 0 });
      return seen;
    });
    expect(calibration.longestTask, 'calibration: long task seen').toBeGreaterThanOrEqual(250);
    expect(calibration.maxFrameGap, 'calibration: frame gap seen').toBeGreaterThanOrEqual(250);
    const result = await verify(page, path, 170_000);
    const probe = await page.evaluate(() => {
      const { probe } = window as unknown as { probe: { maxFrameGap: number; longestTask: number; progress: number[]; running: boolean } };
      probe.running = false;
      return probe;
    });
    expect(result).toMatchObject({ state: 'done', engine: 'stream', verdict: 'unknown', sha256: expected });
    const steps = new Set(probe.progress.filter((value) => value > 0 && value < 100));
    expect(steps.size, 'distinct progress values seen between 0 and 100 %').toBeGreaterThan(5);
    // Nothing the page runs may block it for 200 ms. Frames may also be late when the machine
    // itself is starved of CPU (parallel builds on a 2-core runner gave gaps of 250-300 ms with no
    // task at all on the page), so their bound is looser; hashing on the main thread would stop
    // them for seconds.
    expect(probe.longestTask, 'longest main-thread task (ms)').toBeLessThan(200);
    expect(probe.maxFrameGap, 'longest gap between animation frames (ms)').toBeLessThan(500);
  }, 180_000);

  it('says the file could not be read when it changes on disk while it is hashed', async () => {
    await open('en/verify/');
    await page.setInputFiles('.ut-verify input[type="file"]', path);
    await page.waitForFunction(() => document.querySelector('progress')!.value > 0);
    truncateSync(path, 1024); // last test of the file: it is not whole afterwards
    const result = await outcome(page);
    expect(result.state).toBe('error');
    expect(result.text).toContain('could not be read');
    expect(await page.isVisible('[data-role="computed"]')).toBe(false);
  });
});
