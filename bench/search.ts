/**
 * Search latency and bytes at full catalog size, in Debian's Chromium against dist/ on loopback.
 * For a code query and a Chinese query: the first query of a fresh page (all the box loads
 * for it: the lookup data for a code; pagefind, its WASM, index chunks, fragments and the
 * titles for Chinese; bytes counted from opening the box) and later queries, through the
 * search box as a user types (pastes) them. Bytes are whole responses
 * (status line, headers, body) from a cold cache; a page that fetched search files before the
 * box opened would hide them, so that stops the run. Baseline in the same run:
 * pagefind's JS API alone, default options, no UI. Targets: first query ≤ 300 ms and
 * ≤ 250 KB, later ones ≤ 50 ms. Figures depend on the machine's load: compare the ratios.
 *
 *   npm run build && npx tsx bench/search.ts
 */
import { resolve } from 'node:path';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { siteBase } from '../scripts/lib/load-catalog.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/support/browser.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const SCENARIOS = [
  { name: 'code query', first: '0x80070570', later: ['0x8024001E', '80070490', '-2146498527', 'ERROR_NOT_FOUND', 'KB5016623'] },
  { name: 'Chinese query', first: '文件损坏', later: ['补丁安装失败', '回滚', '服务堆栈', '磁盘空间不足', '证书'] },
];

let served = 0;
/** what a host that gzips text responses would send (.gz files are sent as they are) */
let servedGzip = 0;
/** search files requested while the page loaded: they would escape the count */
const early: string[] = [];
let counting = false;
const SEARCH_FILE = /\/pagefind\/|\/data\/(lookup|titles)\./;
const { server, url } = await serveStatic({ root: resolve('dist'), port: 0, base: siteBase() });
// Bytes as the server sends them, status line and headers included (pagefind may fetch from a
// worker, which page-level events miss). On a keep-alive socket responses follow one another,
// so a response's size is the socket's growth since the previous one finished.
const socketBytes = new WeakMap<Socket, number>();
server.prependListener('request', (req, res) => {
  if (!counting && SEARCH_FILE.test(req.url ?? '')) early.push(req.url!);
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  res.write = ((chunk: Buffer | string, ...rest: unknown[]) => {
    chunks.push(Buffer.from(chunk));
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.on('finish', () => {
    const total = req.socket.bytesWritten;
    const bytes = total - (socketBytes.get(req.socket) ?? 0);
    socketBytes.set(req.socket, total);
    const body = Buffer.concat(chunks);
    served += bytes;
    servedGzip += bytes - body.length + (req.url?.endsWith('.gz') ? body.length : gzipSync(body).length);
  });
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

/** Time from typing to the search box showing its full-text results (its status line names the query). */
async function typeAndWait(page: Page, text: string): Promise<number> {
  // a string: the bundler's helpers (keepNames) do not exist in the page
  return page.evaluate(`(async () => {
    const input = document.querySelector('#site-search-input');
    const status = document.querySelector('site-search [role="status"]');
    const text = ${JSON.stringify(text)};
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((done) => {
      const check = () => (status.textContent.includes(text) ? done() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  })()`) as Promise<number>;
}

/** The same queries through pagefind's API alone (no UI, no debounce): the baseline. */
async function rawSearch(page: Page, text: string): Promise<number> {
  return page.evaluate(`(async () => {
    const start = performance.now();
    window.__pf ??= await import(${JSON.stringify(`${siteBase()}pagefind/pagefind.js`)});
    const search = await window.__pf.search(${JSON.stringify(text)});
    await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    return performance.now() - start;
  })()`) as Promise<number>;
}

/** `pause`: ms between opening the box and typing (a person needs more than 500 ms). */
async function measure(browser: Browser, scenario: (typeof SCENARIOS)[number], mode: 'ui' | 'raw', pause = 0) {
  const firsts: number[] = [];
  const bytes: number[] = [];
  const gzipBytes: number[] = [];
  const laters: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // a fresh context each run: an empty HTTP cache, nothing of the search loaded yet
    const context = await browser.newContext();
    const page = await context.newPage();
    counting = false;
    await page.goto(new URL('codes/0x80070002/', url).href, { waitUntil: 'networkidle' });
    if (early.length) throw new Error(`the page fetched search files before the box opened, uncounted: ${early.join(', ')}`);
    counting = true;
    served = 0;
    servedGzip = 0;
    if (mode === 'ui') await page.keyboard.press('Control+k');
    await page.waitForTimeout(pause);
    firsts.push(mode === 'ui' ? await typeAndWait(page, scenario.first) : await rawSearch(page, scenario.first));
    bytes.push(served);
    gzipBytes.push(servedGzip);
    for (const q of scenario.later) laters.push(mode === 'ui' ? await typeAndWait(page, q) : await rawSearch(page, q));
    await context.close();
  }
  return { first: median(firsts), bytes: median(bytes), gzip: median(gzipBytes), later: median(laters), laterMax: Math.max(...laters) };
}

const executablePath = chromiumPath();
if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
console.log(`search benchmark: dist/ on ${url}, ${RUNS} fresh pages per scenario, medians\n`);
for (const scenario of SCENARIOS) {
  const ui = await measure(browser, scenario, 'ui', 500);
  const uiAtOnce = await measure(browser, scenario, 'ui');
  const raw = await measure(browser, scenario, 'raw');
  console.log(`${scenario.name} ("${scenario.first}", then ${scenario.later.length} more)`);
  console.log(`  search box   first ${ms(ui.first)} / ${kb(ui.bytes)} (gzip ${kb(ui.gzip)})   later ${ms(ui.later)} (max ${ms(ui.laterMax)})   [typed 500 ms after opening]`);
  console.log(`  search box   first ${ms(uiAtOnce.first)} / ${kb(uiAtOnce.bytes)}   [typed at once after opening]`);
  console.log(`  pagefind API first ${ms(raw.first)} / ${kb(raw.bytes)} (gzip ${kb(raw.gzip)})   later ${ms(raw.later)} (max ${ms(raw.laterMax)})`);
  console.log(`  ratio box/API first ${(ui.first / raw.first).toFixed(2)}×, bytes ${(ui.bytes / raw.bytes).toFixed(2)}×, later ${(ui.later / raw.later).toFixed(2)}×`);
  const ok = (cond: boolean) => (cond ? 'ok' : 'OVER');
  console.log(
    `  targets: first ≤ 300 ms ${ok(ui.first <= 300)}, ≤ 250 KB ${ok(ui.bytes <= 250 * 1024)} (gzip ${ok(ui.gzip <= 250 * 1024)}), later ≤ 50 ms ${ok(ui.later <= 50)}\n`,
  );
}
console.log('Lighthouse scores of the same pages: npx tsx bench/lighthouse.ts');
await browser.close();
server.close();
