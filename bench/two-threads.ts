/**
 * What a second thread could give one file's analysis, measured before it is built: the token line
 * layer (read, decode, the scan, the lines read and their codes) on a worker thread, and the line
 * processor and the format's parser on the main thread, the lines handed over in batches, one per
 * decoded chunk. Timed in fresh processes, in turns with the bare regex and with the same work on
 * one thread (the same batches, made and read in turns), and with the analysis as it is, on the
 * benchmark's five logs (bench-logs.ts). Neither way builds a report. The filter narrows when the
 * processing has found a content pattern, as the analysis's does, but on the worker some batches
 * later: the lines read may differ by a few, the codes tallied must not, and each run prints both.
 * Usage: npx tsx bench/two-threads.ts [MB] [runs]
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { benchLog, type BenchInput } from './support/bench-logs.ts';
import { median } from './support/cpu-time.ts';
import { child } from './support/throughput-child.ts';
import { compile, compiledPath } from './support/compiled.ts';
import { runChild, prepareChildren } from './support/children.ts';
import type { Kind } from './analyzer-logs.ts';
import type { LayerBatch } from './support/two-threads-layer.ts';

const SELF = fileURLToPath(import.meta.url);
/** The two halves compiled as the CLI is (compiled.ts): a worker loading TypeScript through tsx took 250 ms to start. */
const LAYER = compiledPath('two-threads-layer.ts');
type Layer = typeof import('./support/two-threads-layer.ts');
const RUNS = Number(process.argv[3] ?? 5);
/** Batches the worker may have handed over and the main thread not yet read: about 1 MB of text. */
const IN_FLIGHT = 16;

type Measure = { ms: number; cpuMs: number; maxRssMB: number; codes?: number; lines?: number; firstBatchMs?: number; mainBusyMs?: number };

/** The line layer on a worker; each batch read here as the analysis reads its lines. */
async function twoThreads({ processing }: Layer, file: string, knowledgeFile: string): Promise<object> {
  const side = processing(file, knowledgeFile);
  const worker = new Worker(LAYER, { workerData: { file, knowledgeFile, inFlight: IN_FLIGHT } });
  const t0 = performance.now();
  let first = 0, busy = 0;
  await new Promise<void>((done, fail) => {
    worker.on('message', (batch: LayerBatch | 'done') => {
      if (batch === 'done') return done();
      first ||= performance.now() - t0;
      const t = performance.now();
      const patterns = side.take(batch);
      busy += performance.now() - t;
      worker.postMessage(patterns ?? null);
    });
    worker.on('error', fail);
  });
  await worker.terminate();
  return { ...side.end(), firstBatchMs: first, mainBusyMs: busy };
}

/** The same work on one thread. */
async function oneThread({ processing, fileLayer }: Layer, file: string, knowledgeFile: string): Promise<object> {
  const side = processing(file, knowledgeFile);
  await fileLayer(file, knowledgeFile, async (batch) => side.take(batch));
  return side.end();
}

async function childRun(mode: string, file: string, knowledgeFile: string): Promise<void> {
  if (mode === 'regex' || mode === 'analyze') return child(mode, file, knowledgeFile);
  const layer = (await import(LAYER)) as Layer;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = mode === 'two' ? await twoThreads(layer, file, knowledgeFile) : await oneThread(layer, file, knowledgeFile);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ...result, ms, cpuMs: (used.user + used.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

const once = (mode: string, file: string, knowledgeFile: string): Measure => runChild<Measure>(SELF, mode, file, knowledgeFile);

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 200);
  const knowledgeFile = await prepareChildren();
  await compile('two-threads-layer.ts');
  console.log(`medians of ${RUNS} turns, each mode in a fresh process; ratios are the medians of the turns' own ratios to the bare regex (wall time, cpu in brackets)`);
  const five: [Kind, BenchInput][] = [['cbs', 'sparse'], ['windowsupdate', 'sparse'], ['cbs', 'dense'], ['windowsupdate', 'dense'], ['cbs', 'mixed']];
  for (const [kind, input] of five) {
    const file = await benchLog(kind, input, mb);
    const turns = Array.from({ length: RUNS }, (_, i) => {
      const modes = ['regex', 'analyze', 'one', 'two'];
      const order = i % 2 ? [...modes].reverse() : modes;
      return Object.fromEntries(order.map((mode) => [mode, once(mode, file, knowledgeFile)])) as Record<string, Measure>;
    });
    const of = (mode: string, key: 'ms' | 'cpuMs') => median(turns.map((t) => t[mode][key] / t.regex[key]));
    const ms = (mode: string) => median(turns.map((t) => t[mode].ms)).toFixed(0).padStart(5);
    const same = turns.every((t) => t.one.codes === t.two.codes);
    console.log(`\n${kind}, ${input}: ${mb} MB; ${turns[0].one.lines} and ${turns[0].two.lines} lines read, ${turns[0].one.codes} codes tallied ${same ? '(the same both ways)' : '(NOT the same both ways)'}`);
    console.log(`  bare regex   ${ms('regex')} ms`);
    const names: Record<string, string> = { analyze: 'the analysis', one: 'one thread ', two: 'two threads' };
    for (const mode of ['analyze', 'one', 'two']) {
      const rss = Math.max(...turns.map((t) => t[mode].maxRssMB)).toFixed(0);
      console.log(`  ${names[mode]}  ${ms(mode)} ms  ${of(mode, 'ms').toFixed(2)}× (${of(mode, 'cpuMs').toFixed(2)}×)  peak RSS ${rss} MB`);
    }
    console.log(`  two threads / one: ${median(turns.map((t) => t.two.ms / t.one.ms)).toFixed(2)}; the turns' ratios to the bare regex: ${turns.map((t) => (t.two.ms / t.regex.ms).toFixed(2)).join(' ')}`);
    // The main thread's half alone: what two threads cannot go below, however cheap the handing over.
    const busy = median(turns.map((t) => t.two.mainBusyMs!));
    console.log(`  two threads: the first batch after ${median(turns.map((t) => t.two.firstBatchMs!)).toFixed(0)} ms; the main thread busy with the lines ${busy.toFixed(0)} ms, ${median(turns.map((t) => t.two.mainBusyMs! / t.regex.ms)).toFixed(2)}× the bare regex`);
  }
}

if (process.argv[2] === '--child') await childRun(process.argv[3], process.argv[4], process.argv[5]);
else await main();

