/** The compiled CLI run as users run it, timed; medians of runs interleaved so each case sees the same load. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_DIR } from '../../scripts/build-cli.ts';
import { KNOWLEDGE_FILE } from '../../scripts/lib/catalog-files.ts';

const BIN = fileURLToPath(new URL('../../scripts/bin/update-triage.mjs', import.meta.url));

export function requireCompiledCli(): void {
  for (const file of [join(CLI_DIR, 'update-triage.js'), KNOWLEDGE_FILE]) {
    if (existsSync(file)) continue;
    console.error(`${file} is missing: run npm install (or npm run build) first`);
    process.exit(1);
  }
}

// A preload prints the process's CPU time at exit: its worker threads' time is counted in it.
const preload = join(mkdtempSync(join(tmpdir(), 'run-cli-')), 'cpu-time.cjs');
writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\ncpu-us=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");

export interface Timing {
  /** wall time, start-up included */
  ms: number;
  /** CPU time of the process and all its threads */
  cpuMs: number;
}

function runCli(args: string[]) {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['-r', preload, BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' }, maxBuffer: 256 * 1024 * 1024 });
  return { run, ms: performance.now() - start, failed: () => new Error(`update-triage ${args.join(' ')}: exit ${run.status}\n${run.stderr}`) };
}

/** One `update-triage …`, timed; throws on a failed run. */
export function timeCli(args: string[]): Timing {
  const { run, ms, failed } = runCli(args);
  const us = Number(/cpu-us=(\d+)/.exec(run.stderr)?.[1]);
  if (run.status !== 0 || !us) throw failed();
  return { ms, cpuMs: us / 1000 };
}

/** `update-triage analyze FILE --json`, timed, and the root cause it names (exit 1, an unreadable input, still reports). */
export function timeCliVerdict(file: string): { ms: number; cause: string } {
  const { run, ms, failed } = runCli(['analyze', file, '--json']);
  if (run.status !== 0 && !run.stdout) throw failed();
  return { ms, cause: JSON.parse(run.stdout).rootCause?.code ?? 'none' };
}

/** Each case once per round, `rounds` times; the median wall and CPU time of each. */
export function medians(cases: Record<string, string[]>, rounds: number): Record<string, Timing> {
  const samples: Record<string, Timing[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) for (const [name, args] of Object.entries(cases)) samples[name].push(timeCli(args));
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, { ms: median(list.map((t) => t.ms)), cpuMs: median(list.map((t) => t.cpuMs)) }]));
}

/** The machine's load when a benchmark ran: on a shared machine, workers wait for cores others use. */
export const loadNote = (): string => `load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores`;

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
