/**
 * Throughput and memory of the analyzer on two inputs of each kind (CBS.log, WindowsUpdate.log), and a third CBS.log:
 *   sparse: generated from real line shapes, few lines reach a parser (analyzer-logs.ts)
 *   dense:  the lines of the real excerpts repeated, nearly every line reaches a parser (dense-logs.ts)
 *   mixed:  a real machine's healthy CBS.log sessions (the corpus) around the failing lines, repeated: the
 *           dozens of packages and KBs a whole CBS.log names, where the failing excerpts name a few (dense-logs.ts)
 * against two baselines measured in the same run on the same files:
 *   grep:  LC_ALL=C grep -oE '0x[0-9A-Fa-f]{8}' FILE | LC_ALL=C sort | uniq -c
 *   regex: a bare code-counting regex over the decoded text in Node (the ceiling for JS), decoded with
 *          StringDecoder as a plain Node scan does (bench/utf8-decoders.ts: TextDecoder streaming is 5-7x slower)
 * plus the line filter's regex alone, the floor of each line layer (regex: read, decode, line filter; tokens:
 * read, decode, the scan, lines and their codes; no parsing), the full analysis with the regex line layer
 * instead of the token scan, a profile of where the full analysis spends its time, and what its first MBs cost
 * a fresh process before V8 has optimized its code (warm-up.ts). Every figure is the
 * median of RUNS runs, each in a fresh process; the full analysis and the bare regex run in turns, and their
 * ratio is the median of the turns' ratios.
 * Usage: npx tsx bench/analyzer-throughput.ts [MB] [runs]
 *        LOGS=a.log:b.log npx tsx bench/analyzer-throughput.ts [MB] [runs]   (only those logs, end to end, repeated to MB)
 */
import { execSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kind } from './analyzer-logs.ts';
import { benchLog, givenLog, type BenchInput } from './support/bench-logs.ts';
import { median } from './support/cpu-time.ts';
import { child } from './support/throughput-child.ts';
import { prepareChildren, runChild } from './support/children.ts';
import { formatSummary, type Stage } from './support/profile-summary.ts';
import { WARM_MB, type WarmUp } from './support/warm-up.ts';

const SELF = fileURLToPath(import.meta.url);
const RUNS = Number(process.argv[3] ?? 5);

interface Measure {
  ms: number;
  /** CPU time: steadier than wall time when the machine is busy */
  cpuMs: number;
  maxRssMB: number;
  rssBeforeMB?: number;
  stages?: Record<Stage, number>;
  warmUp?: WarmUp;
}


const once = (mode: string, file: string, knowledgeFile: string): Measure => runChild<Measure>(SELF, mode, file, knowledgeFile);

function measure(mode: string, file: string, knowledgeFile: string): Measure {
  const runs = Array.from({ length: RUNS }, () => once(mode, file, knowledgeFile));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)), rssBeforeMB: runs[0].rssBeforeMB };
}

/**
 * `mode` and `baseline` run in turns (the baseline first in even turns, second in odd ones), so
 * that the machine's drift over a run, which moved the bare regex by a sixth between runs of this
 * benchmark, falls on both alike: their medians, and the median of the turns' own ratios.
 */
function measureInTurns(mode: string, baseline: string, file: string, knowledgeFile: string): { measured: Measure; base: Measure; ratio: number; cpuRatio: number; turns: number[] } {
  const pairs = Array.from({ length: RUNS }, (_, i) => {
    const [first, second] = i % 2 ? [mode, baseline] : [baseline, mode];
    const runs = { [first]: once(first, file, knowledgeFile), [second]: once(second, file, knowledgeFile) };
    return [runs[mode], runs[baseline]];
  });
  const summary = (runs: Measure[]): Measure => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)), rssBeforeMB: runs[0].rssBeforeMB });
  return {
    measured: summary(pairs.map(([m]) => m)),
    base: summary(pairs.map(([, b]) => b)),
    ratio: median(pairs.map(([m, b]) => m.ms / b.ms)),
    cpuRatio: median(pairs.map(([m, b]) => m.cpuMs / b.cpuMs)),
    turns: pairs.map(([m, b]) => m.ms / b.ms),
  };
}

/** Wall and CPU time (grep, sort and uniq together) of the pipeline in the C locale, median of RUNS. */
function grep(file: string): Measure {
  const runs = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    const cmd = `export LC_ALL=C; TIMEFORMAT='%U %S'; time (grep -oE '0x[0-9A-Fa-f]{8}' '${file}' | sort | uniq -c > /dev/null) 2>&1`;
    const out = execSync(cmd, { shell: '/bin/bash', encoding: 'utf8' });
    const ms = performance.now() - start;
    const [user, sys] = out.trim().split(/\s+/).slice(-2).map(Number);
    return { ms, cpuMs: (user + sys) * 1000 };
  });
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMB: 0 };
}

/** The five inputs, or with LOGS (paths, separated as PATH is) the logs given, end to end. */
async function inputs(mb: number): Promise<{ label: string; file: string }[]> {
  const given = process.env.LOGS?.split(delimiter).filter(Boolean);
  if (given?.length) return [{ label: `given (${given.map((path) => basename(path)).join(', ')})`, file: await givenLog(given, mb) }];
  const five: [Kind, BenchInput][] = [['cbs', 'sparse'], ['windowsupdate', 'sparse'], ['cbs', 'dense'], ['windowsupdate', 'dense'], ['cbs', 'mixed']];
  const made = [];
  for (const [kind, input] of five) made.push({ label: `${kind}, ${input}`, file: await benchLog(kind, input, mb) });
  return made;
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 200);
  const knowledgeFile = await prepareChildren();
  console.log(`the analyzer compiled as the CLI is (bench/support/compiled.ts); medians of ${RUNS} runs; ratios are of wall time (cpu time in brackets); the full analysis and the bare regex run in turns`);
  for (const { label, file } of await inputs(mb)) {
    const size = statSync(file).size / 1024 / 1024;
    const g = grep(file);
    const { measured: full, base: regex, ratio: turnRatio, cpuRatio: turnCpuRatio, turns } = measureInTurns('analyze', 'regex', file, knowledgeFile);
    const trigger = measure('trigger', file, knowledgeFile);
    const floor = measure('filter', file, knowledgeFile);
    const lineLayer = measure('tokens', file, knowledgeFile);
    const regexLayer = measure('analyze-regex', file, knowledgeFile);
    const profile = once('profile', file, knowledgeFile);
    const warm = Array.from({ length: RUNS }, () => once('analyze-timed', file, knowledgeFile).warmUp).filter((w) => w !== undefined);
    const rate = (ms: number) => `${(size / (ms / 1000)).toFixed(0).padStart(4)} MB/s`;
    const row = (name: string, m: Measure) =>
      `  ${name.padEnd(26)} ${m.ms.toFixed(0).padStart(6)} ms ${rate(m.ms)}  cpu ${m.cpuMs.toFixed(0).padStart(6)} ms` + (m.maxRssMB ? `  peak RSS ${m.maxRssMB.toFixed(0)} MB` : '');
    const ratio = (a: Measure, b: Measure) => `${(a.ms / b.ms).toFixed(2)}× (${(a.cpuMs / b.cpuMs).toFixed(2)}×)`;
    console.log(`\n${label}: ${size.toFixed(0)} MB`);
    console.log(row('LC_ALL=C grep|sort|uniq -c', g));
    console.log(row('bare regex in Node', regex));
    console.log(row('filter regex alone', trigger) + '  (read, decode, the line filter\'s regex)');
    console.log(row('read + line filter only', floor) + '  (the regex line layer\'s floor: no parsing)');
    console.log(row('token line layer alone', lineLayer) + '  (read, decode, scan; lines and their codes, nothing processed)');
    console.log(row('full, regex line layer', regexLayer) + '  (AnalyzeOptions.regexLineLayer)');
    console.log(row('full analysis', full) + ` (${full.rssBeforeMB!.toFixed(0)} MB before reading)`);
    console.log(`  full analysis: ${turnRatio.toFixed(2)}× (${turnCpuRatio.toFixed(2)}×) the bare regex, run in turns with it (median of the turns' ratios; ${ratio(full, regex)} as a ratio of medians)`);
    // Each turn's ratio: a turn far from the others is the machine, not the code.
    console.log(`  the turns' ratios, in order: ${turns.map((r) => `${r.toFixed(2)}×`).join(' ')}`);
    console.log(`  full analysis: ${ratio(full, g)} grep, ${ratio(full, regexLayer)} the regex line layer's; token line layer ${ratio(lineLayer, regex)}, regex layer's floor ${ratio(floor, regex)}, filter regex ${ratio(trigger, regex)} the bare regex`);
    console.log(`  profile of one full run: ${formatSummary(profile.stages!)}`);
    if (warm.length) {
      // A fresh process runs the code unoptimized until V8 has compiled it: what that costs a run, apart from its rate.
      const [first, steady] = [median(warm.map((w) => w.firstMs)), median(warm.map((w) => w.steadyMsPerMB))];
      console.log(`  warm-up: the first ${WARM_MB} MB took ${first.toFixed(0)} ms, ${(WARM_MB * steady).toFixed(0)} ms at the rate of the rest (${steady.toFixed(2)} ms/MB): about ${(first - WARM_MB * steady).toFixed(0)} ms of a fresh run is the engine warming up; at that rate the full analysis would take ${((size * steady) / regex.ms).toFixed(2)}× the bare regex`);
    }
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5]);
else await main();
