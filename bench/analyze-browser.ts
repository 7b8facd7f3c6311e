/**
 * Time to verdict for a large log on the analyzer page in Chromium, against the CLI on the same
 * file in the same run (target: the page within 1.5× the CLI), and how long the page's main
 * thread was ever blocked meanwhile (target: no task over 100 ms).
 *   dense:   a CBS.log of real failure excerpts repeated (dense-logs.ts): most lines reach a parser,
 *            and the report is as big as reports get (issue 17's input)
 *   sparse:  a generated WindowsUpdate.log with few lines worth reading (analyzer-logs.ts)
 *   CLI:     update-triage analyze FILE --json (a fresh process: catalog load + analysis)
 *   browser: the built site's /analyze/ page, setInputFiles → the verdict shown
 *            (worker start, knowledge fetch, analysis, drawing the report)
 * Figures are medians of the runs (2 shared cores: single runs swing); the main thread's worst
 * is the worst of all runs.
 * Needs a built site (npm run build; SITE_DIST=folder to serve another build) and Debian's Chromium.
 * Usage: npx tsx bench/analyze-browser.ts [dense|sparse] [MB] [runs]
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLog } from './analyzer-logs.ts';
import { writeDenseLog } from './dense-logs.ts';
import { openAnalyzerSite, pageRun, printPageRuns, type PageRun } from './support/analyzer-page.ts';
import { timeCliVerdict } from './support/run-cli.ts';

const KIND = process.argv[2] === 'sparse' ? 'sparse' : 'dense';
const MB = Number(process.argv[3] ?? 200);
const RUNS = Number(process.argv[4] ?? 5);
const DIST = resolve(process.env.SITE_DIST ?? 'dist');


async function main(): Promise<void> {
  const dir = join(tmpdir(), 'update-triage-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, KIND === 'dense' ? `cbs-dense-${MB}MB.log` : `windowsupdate-${MB}MB.log`);
  if (!existsSync(file)) await (KIND === 'dense' ? writeDenseLog(file, 'cbs', MB * 1024 * 1024) : writeLog(file, 'windowsupdate', MB * 1024 * 1024));
  const size = statSync(file).size / 1024 / 1024;

  const { url, browser, close } = await openAnalyzerSite(DIST);
  try {
    const cliRuns: ReturnType<typeof timeCliVerdict>[] = [];
    const pageRuns: PageRun[] = [];
    // Alternate the two, so a busy machine slows both alike.
    for (let i = 0; i < RUNS; i++) {
      cliRuns.push(timeCliVerdict(file));
      pageRuns.push(await pageRun(browser, new URL('analyze/', url).href, file));
    }
    const median = <T extends { ms: number }>(runs: T[]) => [...runs].sort((a, b) => a.ms - b.ms)[(runs.length - 1) >> 1];
    const c = median(cliRuns);
    const p = median(pageRuns);
    const rate = (ms: number) => `${(size / (ms / 1000)).toFixed(0)} MB/s`;
    const seconds = (runs: { ms: number }[]) => runs.map((r) => (r.ms / 1000).toFixed(1)).join(' ');
    console.log(`${KIND === 'dense' ? 'dense CBS.log' : 'sparse WindowsUpdate.log'}, ${size.toFixed(0)} MB, median of ${RUNS} runs`);
    console.log(`  CLI (update-triage analyze --json)       ${(c.ms / 1000).toFixed(2).padStart(6)} s  ${rate(c.ms)}  root cause ${c.cause}   (runs: ${seconds(cliRuns)} s)`);
    console.log(`  Chromium, /analyze/ to the verdict       ${(p.ms / 1000).toFixed(2).padStart(6)} s  ${rate(p.ms)}  root cause ${p.cause}   (runs: ${seconds(pageRuns)} s)`);
    console.log(`  ratio browser / CLI                      ${(p.ms / c.ms).toFixed(2)}×   (target ≤ 1.5×)`);
    printPageRuns(pageRuns);
    if (new Set([...cliRuns, ...pageRuns].map((r) => r.cause)).size > 1) console.log(`  ! the CLI and the page disagree on the root cause`);
  } finally {
    await close();
  }
}

await main();
