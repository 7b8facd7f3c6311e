/**
 * SHA-256 throughput of the verifier in Chromium on a 600 MB file, against `openssl dgst -sha256`
 * on the same file in the same run (target: at least 0.5× openssl).
 *
 *   npm run build && npx tsx bench/hash.ts [--mb 600] [--runs 3]
 *
 * Both browser paths run through the built /verify/ page: WebCrypto on http://127.0.0.1 (a secure
 * context), the streaming hash on a plain-http host name mapped to loopback (no crypto.subtle,
 * as on an intranet server). Chromium's figure is the worker's own time (reading + hashing) and,
 * in brackets, the wall time from choosing the file to the verdict on screen. A last row gives the
 * ceiling of any browser path: WebCrypto's digest of the same number of bytes already in memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { siteBase } from '../scripts/lib/load-catalog.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/support/browser.ts';
import { Sha256 } from '../src/hash/sha256.ts';
import { toHex } from '../src/hash/hex.ts';
import { writeCounterFile } from './support/counter-file.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '600' }, runs: { type: 'string', default: '3' } } });
const MB = 1024 * 1024;
const size = Number(values.mb) * MB;
const runs = Number(values.runs);

const makeFile = (path: string): Promise<void> => writeCounterFile(path, size);

function timeOpenssl(path: string): { ms: number; hash: string } {
  const started = performance.now();
  const run = spawnSync('openssl', ['dgst', '-sha256', '-r', path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl failed: ${run.stderr}`);
  return { ms: performance.now() - started, hash: run.stdout.split(' ')[0].toUpperCase() };
}

function timeNode(path: string): { ms: number; hash: string } {
  const started = performance.now();
  const hash = new Sha256();
  const buffer = new Uint8Array(4 * MB);
  const fd = openSync(path, 'r');
  for (let read; (read = readSync(fd, buffer)) > 0; ) hash.update(buffer.subarray(0, read));
  closeSync(fd);
  return { ms: performance.now() - started, hash: toHex(hash.digest()).toUpperCase() };
}

const best = (times: number[]) => Math.min(...times);
const mbps = (ms: number) => size / MB / (ms / 1000);

async function main(): Promise<void> {
  if (!existsSync('dist/verify/index.html')) throw new Error('dist/ has no /verify/ page: run `npm run build` first');
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH or install Debian chromium');
  const dir = mkdtempSync(join(tmpdir(), 'hash-bench-'));
  const path = join(dir, 'package.msu');
  const { server, url } = await serveStatic({ root: resolve('dist'), port: 0, base: siteBase() });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP intranet.test 127.0.0.1'] });
  try {
    await makeFile(path);
    timeOpenssl(path); // warm the page cache, so that every contender reads from memory
    const openssl = Array.from({ length: runs }, () => timeOpenssl(path));
    const reference = openssl[0].hash;
    const node = Array.from({ length: runs }, () => timeNode(path));
    if (node.some((r) => r.hash !== reference)) throw new Error('src/hash in Node disagrees with openssl');

    const rows: [string, number, string][] = [
      ['openssl dgst -sha256', best(openssl.map((r) => r.ms)), ''],
      ['src/hash/sha256.ts in Node (no browser)', best(node.map((r) => r.ms)), ''],
    ];
    for (const [label, host] of [['Chromium, secure context', '127.0.0.1'], ['Chromium, plain-http intranet host', 'intranet.test']]) {
      const page = await browser.newPage();
      const target = new URL('verify/', url);
      target.hostname = host;
      const worker: number[] = [];
      const wall: number[] = [];
      let engine = '';
      for (let i = 0; i < runs; i++) {
        await page.goto(target.href);
        const started = performance.now();
        await page.setInputFiles('.ut-verify input[type="file"]', path);
        await page.waitForSelector('.ut-verify[data-state="done"]', { timeout: 300_000 });
        wall.push(performance.now() - started);
        const data = await page.$eval('.ut-verify', (root) => {
          const { ms, engine } = (root as HTMLElement).dataset;
          return { ms, engine, hash: root.querySelector('[data-role="sha256"]')!.textContent };
        });
        if (data.hash !== reference) throw new Error(`${label}: hash ${data.hash} differs from openssl's ${reference}`);
        worker.push(Number(data.ms));
        engine = data.engine ?? '?';
      }
      rows.push([`${label} (${engine})`, best(worker), `(wall ${mbps(best(wall)).toFixed(0)} MB/s)`]);
      await page.close();
    }
    // The ceiling of any browser path: WebCrypto's digest of bytes already in memory, no file read.
    const page = await browser.newPage();
    await page.goto(new URL('verify/', url).href);
    const digestOnly = await page.evaluate(async ({ bytes, runs }) => {
      const data = new Uint8Array(bytes).fill(0x5a);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await crypto.subtle.digest('SHA-256', data);
        times.push(performance.now() - started);
      }
      return Math.min(...times);
    }, { bytes: size, runs });
    await page.close();
    const ceiling: [string, number, string] = ['Chromium WebCrypto digest alone (bytes in memory)', digestOnly, '(ceiling: no file read)'];

    const baseline = rows[0][1];
    console.log(`SHA-256 of a ${values.mb} MB file, best of ${runs} runs, file in the page cache`);
    for (const [label, ms, note] of rows) {
      const ratio = baseline / ms;
      console.log(`${label.padEnd(52)} ${mbps(ms).toFixed(0).padStart(6)} MB/s  ${ratio.toFixed(2)}× openssl  ${note}`);
    }
    const fastest = Math.max(...rows.slice(2).map(([, ms]) => baseline / ms));
    const [label, ms, note] = ceiling;
    console.log(`${label.padEnd(52)} ${mbps(ms).toFixed(0).padStart(6)} MB/s  ${(baseline / ms).toFixed(2)}× openssl  ${note}`);
    console.log(`best browser path: ${fastest.toFixed(2)}× openssl (target ≥ 0.50×) ${fastest >= 0.5 ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
