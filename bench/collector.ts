/**
 * Time to verdict for a whole collector bundle: one zip holding what the collect-logs runbook
 * asks for, as a machine writes it: System.evtx, a CbsPersist cab, a WindowsUpdate .etl trace,
 * and the text CBS.log and WindowsUpdate.log. Measured in the same run:
 *   in-process:  analyze() on the zip (knowledge already loaded)
 *   CLI:         update-triage analyze ZIP --json (a fresh process: catalog load + analysis)
 *   browser:     the built site's /analyze/ page, the zip picked → the verdict shown
 * and the page's time as a ratio of the CLI's (target ≤ 1.5×).
 * The System.evtx is the real fixture's chunks repeated (the header's chunk count and checksum
 * set to match); the cab is made by `gcab -c -z` from a generated CBS log; the text logs come
 * from analyzer-logs.ts (sparse) and dense-logs.ts (a failure-dense CBS.log).
 * Needs a built site (npm run build), gcab, and Debian's Chromium.
 * Usage: npx tsx bench/collector.ts [MB of content] [runs]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { loadCatalog } from '../scripts/lib/load-catalog.ts';
import { fileInput } from '../scripts/cli/analyze-inputs.ts';
import { analyze, knowledgeFromCatalog } from '../src/analyzer/index.ts';
import { crc32 } from '../src/input/evtx/crc32.ts';
import { writeLog } from './analyzer-logs.ts';
import { writeDenseLog } from './dense-logs.ts';
import { openAnalyzerSite, pageRun, type PageRun } from './support/analyzer-page.ts';

const MB = Number(process.argv[2] ?? 100);
const RUNS = Number(process.argv[3] ?? 2);
const CLI = resolve('scripts/bin/update-triage.mjs');
const DIST = resolve(process.env.SITE_DIST ?? 'dist');
const EVTX = resolve('test/fixtures/binary/System-wuclient.evtx');
const ETL = resolve('test/fixtures/binary/etl/WindowsUpdate.20251008.140245.443.8.etl');
const HEADER = 4096;
const CHUNK = 65536;
const MiB = 1024 * 1024;

/** A System.evtx of about `bytes`: the fixture's chunks over and over, under a header that counts them. */
function repeatedEvtx(bytes: number): Uint8Array {
  const real = readFileSync(EVTX);
  const chunks = real.subarray(HEADER, HEADER + Math.floor((real.length - HEADER) / CHUNK) * CHUNK);
  const copies = Math.max(1, Math.min(Math.floor(bytes / chunks.length), Math.floor(0xffff / (chunks.length / CHUNK))));
  const out = new Uint8Array(HEADER + copies * chunks.length);
  out.set(real.subarray(0, HEADER));
  for (let i = 0; i < copies; i++) out.set(chunks, HEADER + i * chunks.length);
  const view = new DataView(out.buffer);
  view.setUint16(42, (copies * chunks.length) / CHUNK, true);
  view.setUint32(124, crc32(out, 0, 120), true);
  return out;
}

/** The bundle's parts, written to `dir`, and the zip of them; returns the zip's path. */
async function makeBundle(dir: string, mb: number): Promise<{ zip: string; parts: Record<string, number>; cabbed: number }> {
  const zip = join(dir, `collector-${mb}MB.zip`);
  const share = (f: number) => Math.round(mb * MiB * f);
  const persisted = join(dir, 'CbsPersist_20221027083834.log');
  await writeLog(persisted, 'cbs', share(0.2));
  const cab = join(dir, 'CbsPersist_20221027083834.cab');
  rmSync(cab, { force: true });
  const made = spawnSync('gcab', ['-c', '-z', '-n', cab, persisted]);
  if (made.status !== 0) throw new Error(`gcab failed: ${made.stderr}`);
  await writeLog(join(dir, 'WindowsUpdate.log'), 'windowsupdate', share(0.3));
  await writeDenseLog(join(dir, 'CBS.log'), 'cbs', share(0.2));
  const files: Record<string, Uint8Array> = {
    'Logs/System.evtx': repeatedEvtx(share(0.3)),
    'Logs/CBS/CbsPersist_20221027083834.cab': readFileSync(cab),
    'Logs/CBS/CBS.log': readFileSync(join(dir, 'CBS.log')),
    'Logs/WindowsUpdate/WindowsUpdate.20251008.140245.443.8.etl': readFileSync(ETL),
    'Logs/WindowsUpdate.log': readFileSync(join(dir, 'WindowsUpdate.log')),
  };
  writeFileSync(zip, zipSync(files, { level: 1 }));
  return { zip, parts: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, bytes.length])), cabbed: statSync(persisted).size };
}

function cli(file: string): { ms: number; cause: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI, 'analyze', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (run.status !== 0 && !run.stdout) throw new Error(`CLI failed: ${run.stderr}`);
  return { ms, cause: JSON.parse(run.stdout).rootCause?.code ?? 'none' };
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'update-triage-bench', 'collector');
  mkdirSync(dir, { recursive: true });
  const { zip, parts, cabbed } = await makeBundle(dir, MB);
  const cab = parts['Logs/CBS/CbsPersist_20221027083834.cab'];
  // what the analyzer reads: the zip's entries, with the cab expanded
  const content = (Object.values(parts).reduce((a, b) => a + b, 0) - cab + cabbed) / MiB;
  console.log(`collector zip: ${(statSync(zip).size / MiB).toFixed(1)} MB on disk, ${content.toFixed(1)} MB of logs once expanded (the cab holds ${(cabbed / MiB).toFixed(1)} MB); best of ${RUNS}`);
  for (const [name, bytes] of Object.entries(parts)) console.log(`  ${name.padEnd(58)} ${(bytes / MiB).toFixed(1).padStart(6)} MB`);

  const knowledge = knowledgeFromCatalog(await loadCatalog());
  const inProcess: { ms: number; cause: string }[] = [];
  const cliRuns: ReturnType<typeof cli>[] = [];
  const pageRuns: PageRun[] = [];
  const { url, browser, close } = await openAnalyzerSite(DIST);
  try {
    // Alternate the three, so a busy machine slows them alike.
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const report = await analyze([fileInput(zip, 'collector.zip', statSync(zip).size)], knowledge);
      inProcess.push({ ms: performance.now() - start, cause: report.rootCause?.code ?? 'none' });
      cliRuns.push(cli(zip));
      pageRuns.push(await pageRun(browser, new URL('analyze/', url).href, zip));
    }
  } finally {
    await close();
  }
  const best = <T extends { ms: number }>(runs: T[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const [a, c, p] = [best(inProcess), best(cliRuns), best(pageRuns)];
  const line = (what: string, r: { ms: number; cause: string }) =>
    console.log(`  ${what.padEnd(40)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${(content / (r.ms / 1000)).toFixed(0).padStart(4)} MB/s  root cause ${r.cause}`);
  line('analyze() in process', a);
  line('CLI (update-triage analyze --json)', c);
  line('Chromium, /analyze/ to the verdict', p);
  console.log(`  ratio browser / CLI                      ${(p.ms / c.ms).toFixed(2)}×   (target ≤ 1.5×)`);
  console.log(`  ratio CLI / in process                   ${(c.ms / a.ms).toFixed(2)}×   (catalog load and process start)`);
  console.log(`  longest main-thread task                 ${p.longTask.ms ? `${p.longTask.ms.toFixed(0)} ms (${p.longTask.phase})` : 'none over 50 ms'}`);
  if (new Set([a.cause, c.cause, p.cause]).size > 1) console.log('  ! the runs disagree on the root cause');
}

await main();
