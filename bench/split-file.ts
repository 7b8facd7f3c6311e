/**
 * What splitting one file in two could give its analysis, at best, before any of it is built: the
 * file is cut at the line end nearest its middle, and each half is analyzed whole, at once, one on
 * the main thread and one on a worker thread (started inside the clock, as the CLI would have to).
 * Nothing is merged and the halves' parsers start fresh, so the reports are not the file's: this
 * is the floor of that design, not a prediction. Timed in fresh processes, in turns with the bare
 * regex and the analysis as it is, on the benchmark's five logs (bench-logs.ts).
 * Usage: npx tsx bench/split-file.ts [MB] [runs]
 */
import { closeSync, existsSync, openSync, readSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { benchLog, type BenchInput } from './support/bench-logs.ts';
import { median } from './support/cpu-time.ts';
import { child } from './support/throughput-child.ts';
import { compiledPath } from './support/compiled.ts';
import { runChild, prepareChildren } from './support/children.ts';
import type { Kind } from './analyzer-logs.ts';

const SELF = fileURLToPath(import.meta.url);
const ANALYZER = compiledPath('analyzer-entry.ts');
type Analyzer = typeof import('./support/analyzer-entry.ts');
const RUNS = Number(process.argv[3] ?? 5);

type Measure = { ms: number; cpuMs: number; maxRssMB: number; mainMs?: number; workerMs?: number; workerLoadMs?: number };

/** The file's two halves, cut after the line end at or past its middle; written next to it once. */
function halves(file: string): [string, string] {
  const parts: [string, string] = [`${file}.half1`, `${file}.half2`];
  if (existsSync(parts[1])) return parts;
  const bytes = readFileSync(file);
  const cut = bytes.indexOf(10, bytes.length >> 1) + 1;
  writeFileSync(parts[0], bytes.subarray(0, cut));
  writeFileSync(parts[1], bytes.subarray(cut));
  return parts;
}

/** A worker that loads the compiled analyzer and the knowledge, analyzes `file` and reports its times. */
const WORKER = `
const { parentPort, workerData: { analyzer, knowledgeFile, file } } = require('node:worker_threads');
const { readFileSync, statSync } = require('node:fs');
(async () => {
  const t0 = performance.now();
  const { analyze, knowledgeFromJSON, fileInput } = await import(analyzer);
  const knowledge = knowledgeFromJSON(readFileSync(knowledgeFile, 'utf8'));
  const loaded = performance.now();
  await analyze([fileInput(file, file, statSync(file).size)], knowledge, {});
  parentPort.postMessage({ loadMs: loaded - t0, ms: performance.now() - t0 });
})();`;

async function bothHalves(file: string, knowledgeFile: string): Promise<object> {
  const { analyze, knowledgeFromJSON, fileInput } = (await import(ANALYZER)) as Analyzer;
  const knowledge = knowledgeFromJSON(readFileSync(knowledgeFile, 'utf8'));
  const [first, second] = halves(file);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const worker = new Worker(WORKER, { eval: true, workerData: { analyzer: ANALYZER, knowledgeFile, file: second } });
  const other = new Promise<{ loadMs: number; ms: number }>((done, fail) => worker.once('message', done).once('error', fail));
  await analyze([fileInput(first, first, statSync(first).size)], knowledge, {});
  const mainMs = performance.now() - start;
  const { loadMs, ms: workerMs } = await other;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  await worker.terminate();
  return { ms, cpuMs: (used.user + used.system) / 1000, mainMs, workerMs, workerLoadMs: loadMs, maxRssMB: process.resourceUsage().maxRSS / 1024 };
}

async function childRun(mode: string, file: string, knowledgeFile: string): Promise<void> {
  if (mode === 'regex' || mode === 'analyze') return child(mode, file, knowledgeFile);
  process.stdout.write(JSON.stringify(await bothHalves(file, knowledgeFile)));
}

const once = (mode: string, file: string, knowledgeFile: string): Measure => runChild<Measure>(SELF, mode, file, knowledgeFile);

/** Whether a file ends with a line end: the halves are cut at one, so neither loses a line. */
function endsWithLineEnd(file: string): boolean {
  const fd = openSync(file, 'r');
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, statSync(file).size - 1);
  closeSync(fd);
  return last[0] === 10;
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 200);
  const knowledgeFile = await prepareChildren();
  console.log(`medians of ${RUNS} turns, each mode in a fresh process; ratios are the medians of the turns' own ratios to the bare regex (wall time, cpu in brackets)`);
  const five: [Kind, BenchInput][] = [['cbs', 'sparse'], ['windowsupdate', 'sparse'], ['cbs', 'dense'], ['windowsupdate', 'dense'], ['cbs', 'mixed']];
  for (const [kind, input] of five) {
    const file = await benchLog(kind, input, mb);
    const parts = halves(file);
    if (!parts.every(endsWithLineEnd)) throw new Error(`${file}: its halves must each end with a line end`);
    const turns = Array.from({ length: RUNS }, (_, i) => {
      const modes = ['regex', 'analyze', 'halves'];
      const order = i % 2 ? [...modes].reverse() : modes;
      return Object.fromEntries(order.map((mode) => [mode, once(mode, file, knowledgeFile)])) as Record<string, Measure>;
    });
    const of = (mode: string, key: 'ms' | 'cpuMs') => median(turns.map((t) => t[mode][key] / t.regex[key]));
    const ms = (mode: string, key: keyof Measure = 'ms') => median(turns.map((t) => t[mode][key]!)).toFixed(0).padStart(5);
    console.log(`\n${kind}, ${input}: ${mb} MB`);
    console.log(`  bare regex          ${ms('regex')} ms`);
    for (const [mode, name] of [['analyze', 'the analysis      '], ['halves', 'halves, 2 threads ']]) {
      const rss = Math.max(...turns.map((t) => t[mode].maxRssMB)).toFixed(0);
      console.log(`  ${name} ${ms(mode)} ms  cpu ${ms(mode, 'cpuMs')} ms  ${of(mode, 'ms').toFixed(2)}× (${of(mode, 'cpuMs').toFixed(2)}×)  peak RSS ${rss} MB`);
    }
    console.log(`  halves / analysis: ${median(turns.map((t) => t.halves.ms / t.analyze.ms)).toFixed(2)}; main thread's half ${ms('halves', 'mainMs')} ms, worker's ${ms('halves', 'workerMs')} ms (${ms('halves', 'workerLoadMs')} ms of it loading the analyzer)`);
  }
}

if (process.argv[2] === '--child') await childRun(process.argv[3], process.argv[4], process.argv[5]);
else await main();
