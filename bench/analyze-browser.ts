/**
 * Time to verdict for a large WindowsUpdate.log on the analyzer page in Chromium, against the
 * CLI on the same file in the same run (target: the page within 1.5× the CLI), and how long the
 * page's main thread was ever blocked meanwhile (target: no task over 100 ms).
 *   CLI:     update-triage analyze FILE --json (a fresh process: catalog load + analysis)
 *   browser: the built site's /analyze/ page, setInputFiles → the verdict shown
 *            (worker start, knowledge fetch, analysis, drawing the report)
 * Needs a built site (npm run build; SITE_DIST=folder to serve another build) and Debian's Chromium.
 * Usage: npx tsx bench/analyze-browser.ts [MB] [runs]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLog } from './analyzer-logs.ts';
import { openAnalyzerSite, pageRun, type Blocked, type PageRun } from './support/analyzer-page.ts';

const MB = Number(process.argv[2] ?? 200);
const RUNS = Number(process.argv[3] ?? 2);
const CLI = resolve('scripts/bin/update-triage.mjs');
const DIST = resolve(process.env.SITE_DIST ?? 'dist');

function cli(file: string): { ms: number; cause: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI, 'analyze', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`);
  return { ms, cause: JSON.parse(run.stdout).rootCause?.code ?? 'none' };
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'update-triage-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `windowsupdate-${MB}MB.log`);
  if (!existsSync(file)) await writeLog(file, 'windowsupdate', MB * 1024 * 1024);
  const size = statSync(file).size / 1024 / 1024;

  const { url, browser, close } = await openAnalyzerSite(DIST);
  try {
    const cliRuns: ReturnType<typeof cli>[] = [];
    const pageRuns: PageRun[] = [];
    // Alternate the two, so a busy machine slows both alike.
    for (let i = 0; i < RUNS; i++) {
      cliRuns.push(cli(file));
      pageRuns.push(await pageRun(browser, new URL('analyze/', url).href, file));
    }
    const best = <T extends { ms: number }>(runs: T[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const c = best(cliRuns);
    const p = best(pageRuns);
    const rate = (ms: number) => `${(size / (ms / 1000)).toFixed(0)} MB/s`;
    console.log(`WindowsUpdate.log, ${size.toFixed(0)} MB, best of ${RUNS}`);
    console.log(`  CLI (update-triage analyze --json)  ${(c.ms / 1000).toFixed(2).padStart(6)} s  ${rate(c.ms)}  root cause ${c.cause}`);
    console.log(`  Chromium, /analyze/ to the verdict  ${(p.ms / 1000).toFixed(2).padStart(6)} s  ${rate(p.ms)}  root cause ${p.cause}`);
    console.log(`  ratio browser / CLI                 ${(p.ms / c.ms).toFixed(2)}×   (target ≤ 1.5×)`);
    const worst = (pick: (r: PageRun) => Blocked) => pageRuns.map(pick).reduce((a, b) => (b.ms > a.ms ? b : a));
    const gap = worst((r) => r.gap);
    const task = worst((r) => r.longTask);
    const script = worst((r) => r.script);
    console.log(`  longest main-thread task            ${task.ms ? `${task.ms.toFixed(0)} ms (${task.phase})` : 'none over 50 ms'}   (target < 100 ms)`);
    console.log(`  longest script of the page          ${script.ms ? `${script.ms.toFixed(0)} ms (${script.phase})` : 'none in a frame over 50 ms'}`);
    const idle = Math.max(...pageRuns.map((r) => r.idleGapMs));
    console.log(`  longest gap of a 10 ms timer        ${gap.ms.toFixed(0)} ms (${gap.phase}); idle page before the run: ${idle.toFixed(0)} ms (${(gap.ms / Math.max(idle, 1)).toFixed(1)}×)`);
    if (c.cause !== p.cause) console.log(`  ! the CLI and the page disagree on the root cause`);
  } finally {
    await close();
  }
}

await main();
