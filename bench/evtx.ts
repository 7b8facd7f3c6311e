/**
 * Speed and memory of the .evtx reader, against @ts-evtx/core's renderXml on the same file
 * in the same run (target: at least 20× its records/s), and peak memory on a generated 100 MB
 * log (its real chunks repeated) against the 1 MB sample (target: no growth with file size).
 * Each measurement runs in a fresh process, so peak RSS is its own; times are CPU time, the best
 * pass of those run until 2 s of CPU are spent (both readers at steady state).
 * The baseline is installed on demand into bench/.deps (never into package.json).
 * Usage: npx tsx bench/evtx.ts [MB]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileChunks } from '../scripts/cli/analyze-inputs.ts';
import { benchDependency } from './support/bench-deps.ts';

const SELF = fileURLToPath(import.meta.url);
const SAMPLE = fileURLToPath(new URL('../test/fixtures/binary/System-wuclient.evtx', import.meta.url));
const BASELINE = '@ts-evtx/core@1.1.1';

interface Baseline {
  EvtxFile: { open(file: string): Promise<{ records(): Iterable<{ renderXml(): string }> }> };
}
const baseline = () => benchDependency<Baseline>('@ts-evtx/core', '1.1.1');

interface Result {
  records: number;
  ms: number;
  rssMB: number;
}

/** Best of timed passes over `file` in this process: at least `runs`, and until 2 s of CPU are spent (steady state for both readers). */
async function child(mode: string, file: string, runs: number): Promise<Result> {
  // CPU time, not wall time: the machine may be shared, and both readers are measured alike.
  let best = Infinity;
  let records = 0;
  let spent = 0;
  for (let run = 0; run < runs || (spent < 2000 && mode !== 'big'); run++) {
    const start = process.cpuUsage();
    records = mode === 'baseline' ? await readBaseline(file) : await readOurs(file);
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    best = Math.min(best, ms);
    spent += ms;
  }
  return { records, ms: best, rssMB: process.resourceUsage().maxRSS / 1024 };
}

/** As the CLI reads a file: 1 MiB pieces pushed into the reader. */
async function readOurs(file: string): Promise<number> {
  const { EvtxReader } = await import('../src/input/index.ts');
  let records = 0;
  const reader = new EvtxReader(file, { event: () => void records++, warn: () => {} });
  for await (const chunk of readFileChunks(file)) reader.push(chunk);
  reader.end();
  return records;
}

async function readBaseline(file: string): Promise<number> {
  const { EvtxFile } = await baseline();
  let records = 0;
  const evtx = await EvtxFile.open(file);
  for (const record of evtx.records()) {
    record.renderXml();
    records++;
  }
  return records;
}

function run(mode: string, file: string, runs: number): Result {
  const out = spawnSync(process.execPath, [...process.execArgv, SELF, '--child', mode, file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`${mode} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!);
}

/** The sample's header, then its used chunks repeated until the file is about `mb` MB. */
function generate(mb: number): string {
  const path = join(tmpdir(), `update-triage-bench-${mb}mb.evtx`);
  if (existsSync(path)) return path;
  const sample = readFileSync(SAMPLE);
  const chunks: Buffer[] = [];
  for (let at = 4096; at + 65536 <= sample.length; at += 65536) if (sample.subarray(at, at + 8).toString('latin1') === 'ElfChnk\0') chunks.push(sample.subarray(at, at + 65536));
  const fd = openSync(path, 'w');
  writeSync(fd, sample.subarray(0, 4096));
  for (let i = 0; i < (mb * 1024 * 1024) / 65536; i++) writeSync(fd, chunks[i % chunks.length]);
  closeSync(fd);
  return path;
}

async function baselineReady(): Promise<boolean> {
  return baseline().then(
    () => true,
    (error: Error) => (console.log(`The baseline ${BASELINE} is missing: ${error.message}`), false),
  );
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 100);
  const rate = (r: Result) => r.records / (r.ms / 1000);
  const ours = run('ours', SAMPLE, 3);
  console.log(`sample ${SAMPLE.split('/').pop()}: ${ours.records} records`);
  console.log(`  our reader:           ${ours.ms.toFixed(1)} ms CPU, ${Math.round(rate(ours)).toLocaleString('en')} records/s, peak RSS ${ours.rssMB.toFixed(0)} MB`);
  if (await baselineReady()) {
    const base = run('baseline', SAMPLE, 3);
    console.log(`  ${BASELINE} renderXml: ${base.ms.toFixed(1)} ms CPU, ${Math.round(rate(base)).toLocaleString('en')} records/s, peak RSS ${base.rssMB.toFixed(0)} MB`);
    console.log(`  speed: ${(rate(ours) / rate(base)).toFixed(1)}× the baseline's records/s (target ≥ 20×)`);
  }
  // Memory: one pass each, over the 1 MB sample and over the generated log.
  const small = run('big', SAMPLE, 1);
  const big = run('big', generate(mb), 1);
  console.log(`generated ${mb} MB log: ${big.records.toLocaleString('en')} records in ${(big.ms / 1000).toFixed(2)} s CPU, ${Math.round(rate(big)).toLocaleString('en')} records/s`);
  console.log(`  peak RSS ${big.rssMB.toFixed(0)} MB, against ${small.rssMB.toFixed(0)} MB for one pass over the 1 MB sample: ${(big.rssMB / small.rssMB).toFixed(2)}× (target: ≈ 1×, memory does not grow with the file)`);
}

if (process.argv[2] === '--child') {
  const result = await child(process.argv[3], process.argv[4], Number(process.argv[5]));
  console.log(JSON.stringify(result));
} else {
  await main();
}
