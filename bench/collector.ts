/**
 * Time to verdict for a whole collector bundle: a generated zip of about 100 MB on disk holding
 * what the collect-logs runbook asks for (System.evtx, WindowsUpdate .etl traces, the text
 * WindowsUpdate.log and CBS.log, CbsPersist cabs: see support/collector-bundle.ts), with the
 * compression ratio of each part printed, as measured. Alternating in the same run:
 *   in-process:  analyze() on the zip (knowledge already loaded)
 *   CLI:         update-triage analyze ZIP --json (a fresh process: catalog load + analysis)
 *   browser:     the built site's /analyze/ page, the zip picked → the verdict shown
 * Prints medians, the page's time as a ratio of the CLI's (target ≤ 1.5×) and the longest task
 * the page's main thread ran (target < 100 ms), with what it was.
 * Needs a built site (npm run build), gcab, and Debian's Chromium. The bundle's parts are kept
 * in the temporary folder and reused.
 * Usage: npx tsx bench/collector.ts [MB on disk] [runs]
 */
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../scripts/lib/load-catalog.ts';
import { fileInput } from '../scripts/cli/analyze-inputs.ts';
import { analyze, knowledgeFromCatalog } from '../src/analyzer/index.ts';
import { collectorZip, type Entry } from './support/collector-bundle.ts';
import { openAnalyzerSite, pageRun, printPageRuns, type PageRun } from './support/analyzer-page.ts';
import { timeCliVerdict } from './support/run-cli.ts';

const MB = Number(process.argv[2] ?? 100);
const RUNS = Number(process.argv[3] ?? 3);
const DIST = resolve(process.env.SITE_DIST ?? 'dist');
const MiB = 1024 * 1024;


const mb = (bytes: number) => (bytes / MiB).toFixed(1).padStart(7);

function printBundle(zip: string, entries: Entry[]): number {
  const disk = statSync(zip).size;
  const content = entries.reduce((n, e) => n + e.content, 0);
  console.log(`collector zip: ${mb(disk)} MB on disk, ${mb(content)} MB of logs once expanded: ${(content / disk).toFixed(1)}× in all`);
  console.log(`  ${'entry'.padEnd(50)}    size  zipped  ratio   logs inside`);
  const groups = new Map<string, Entry & { n: number }>();
  for (const e of entries) {
    const key = e.name.replace(/_\d{14}\.cab$/, '_*.cab').replace(/WindowsUpdate\.\d+\.[\d.]+\.etl$/, 'WindowsUpdate.*.etl');
    const g = groups.get(key) ?? { name: key, content: 0, size: 0, zipped: 0, n: 0 };
    groups.set(key, { ...g, content: g.content + e.content, size: g.size + e.size, zipped: g.zipped + e.zipped, n: g.n + 1 });
  }
  for (const g of groups.values()) {
    const name = g.n > 1 ? `${g.name} (${g.n})` : g.name;
    console.log(`  ${name.padEnd(50)} ${mb(g.size)} ${mb(g.zipped)} ${(g.size / g.zipped).toFixed(1).padStart(5)}× ${g.content !== g.size ? `${mb(g.content)} (${(g.content / g.size).toFixed(1)}× in the cab)` : ''}`);
  }
  return content / MiB;
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'update-triage-bench', 'collector-bundle');
  mkdirSync(dir, { recursive: true });
  const { zip, entries } = await collectorZip(dir, MB);
  const content = printBundle(zip, entries);

  const knowledge = knowledgeFromCatalog(await loadCatalog());
  const inProcess: { ms: number; cause: string }[] = [];
  const cliRuns: ReturnType<typeof timeCliVerdict>[] = [];
  const pageRuns: PageRun[] = [];
  const { url, browser, close } = await openAnalyzerSite(DIST);
  try {
    // Alternate the three, so a busy machine slows them alike.
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const report = await analyze([fileInput(zip, 'collector.zip', statSync(zip).size)], knowledge);
      inProcess.push({ ms: performance.now() - start, cause: report.rootCause?.code ?? 'none' });
      cliRuns.push(timeCliVerdict(zip));
      pageRuns.push(await pageRun(browser, new URL('analyze/', url).href, zip));
    }
  } finally {
    await close();
  }
  const median = <T extends { ms: number }>(runs: T[]) => [...runs].sort((a, b) => a.ms - b.ms)[(runs.length - 1) >> 1];
  const [a, c, p] = [median(inProcess), median(cliRuns), median(pageRuns)];
  const line = (what: string, r: { ms: number; cause: string }) =>
    console.log(`  ${what.padEnd(40)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${(content / (r.ms / 1000)).toFixed(0).padStart(4)} MB/s  root cause ${r.cause}`);
  console.log(`median of ${RUNS} runs (2 shared cores: single runs swing)`);
  line('analyze() in process', a);
  line('CLI (update-triage analyze --json)', c);
  line('Chromium, /analyze/ to the verdict', p);
  console.log(`  ratio browser / CLI                      ${(p.ms / c.ms).toFixed(2)}×   (target ≤ 1.5×)`);
  console.log(`  ratio CLI / in process                   ${(c.ms / a.ms).toFixed(2)}×   (catalog load and process start)`);
  printPageRuns(pageRuns);
  if (new Set([...inProcess, ...cliRuns, ...pageRuns].map((r) => r.cause)).size > 1) console.log('  ! the runs disagree on the root cause');
}

await main();
