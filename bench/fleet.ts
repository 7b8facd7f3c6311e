/**
 * Fleet mode on a generated fleet of 200 machines (a small collector zip each: a dense CBS.log
 * and WindowsUpdate.log), printing machines per minute on one worker and on every core, in the
 * same run, and the ratio (ideal: the number of cores). Times include the CLI's start-up.
 * Usage: npx tsx bench/fleet.ts [machines = 200] [runs = 3]   (needs npm run build)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { writeDenseLog } from './dense-logs.ts';
import { loadNote, medians, requireCompiledCli } from './support/run-cli.ts';

const MACHINES = Number(process.argv[2] ?? 200);
const RUNS = Number(process.argv[3] ?? 3);
const C = availableParallelism();

requireCompiledCli();
const dir = mkdtempSync(join(tmpdir(), 'fleet-bench-'));
try {
  await writeDenseLog(join(dir, 'CBS.log'), 'cbs', 256 * 1024);
  await writeDenseLog(join(dir, 'WindowsUpdate.log'), 'windowsupdate', 128 * 1024);
  const bundle = zipSync({ 'Logs/CBS/CBS.log': readFileSync(join(dir, 'CBS.log')), 'Logs/WindowsUpdate.log': readFileSync(join(dir, 'WindowsUpdate.log')) });
  const fleet = join(dir, 'fleet');
  mkdirSync(fleet);
  for (let i = 1; i <= MACHINES; i++) writeFileSync(join(fleet, `PC-${String(i).padStart(3, '0')}.zip`), bundle);
  const out = join(dir, 'fleet.jsonl');
  const times = medians({ one: ['analyze', '--fleet', fleet, '--out', out, '--jobs', '1'], all: ['analyze', '--fleet', fleet, '--out', out, '--jobs', String(C)] }, RUNS);
  const perMinute = (ms: number) => (MACHINES * 60_000) / ms;
  console.log(`fleet of ${MACHINES} machines (${(bundle.length / 1024).toFixed(0)} KB zip each), median of ${RUNS} runs each (interleaved), Node ${process.version}, ${loadNote()}`);
  console.log(`--jobs 1   ${times.one.ms.toFixed(0).padStart(7)} ms   ${perMinute(times.one.ms).toFixed(0).padStart(6)} machines/minute   CPU ${times.one.cpuMs.toFixed(0)} ms`);
  console.log(`--jobs ${C}   ${times.all.ms.toFixed(0).padStart(7)} ms   ${perMinute(times.all.ms).toFixed(0).padStart(6)} machines/minute   CPU ${times.all.cpuMs.toFixed(0)} ms   ${(times.one.ms / times.all.ms).toFixed(2)}× --jobs 1 (ideal ${C})`);
  console.log(loadNote());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
