/**
 * A bundle of N similar files on C worker threads against one of those files on one thread,
 * in the same run: ideally the bundle takes N/C times as long as the one file. Measured on a
 * folder of N dense CBS logs and on the same files in one zip (each entry read by its own
 * worker from the zip's directory), and, for reference, the folder on one thread (ideal: N).
 * Times include the CLI's start-up; medians of interleaved runs.
 * Usage: npx tsx bench/bundle-parallel.ts [MB per file = 20] [N = 4] [runs = 5]   (needs npm run build)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { writeDenseLog } from './dense-logs.ts';
import { loadNote, medians, requireCompiledCli, type Timing } from './support/run-cli.ts';

const MB = Number(process.argv[2] ?? 20);
const N = Number(process.argv[3] ?? 4);
const RUNS = Number(process.argv[4] ?? 5);
const C = availableParallelism();

requireCompiledCli();
const dir = mkdtempSync(join(tmpdir(), 'bundle-parallel-'));
try {
  const folder = join(dir, 'bundle');
  mkdirSync(folder);
  const names = Array.from({ length: N }, (_, i) => `CBS-${i + 1}.log`);
  for (const name of names) await writeDenseLog(join(folder, name), 'cbs', MB * 1024 * 1024);
  const zip = join(dir, 'bundle.zip');
  writeFileSync(zip, zipSync(Object.fromEntries(names.map((name) => [`Logs/CBS/${name}`, readFileSync(join(folder, name))])), { level: 1 }));

  const times = medians(
    {
      one: ['analyze', join(folder, names[0]), '--json', '--jobs', '1'],
      folder: ['analyze', folder, '--json', '--jobs', String(C)],
      zip: ['analyze', zip, '--json', '--jobs', String(C)],
      sequential: ['analyze', folder, '--json', '--jobs', '1'],
    },
    RUNS,
  );
  // Wall time shows the speed-up; CPU time what splitting costs (each worker starts, compiles and reads the knowledge).
  const row = (label: string, t: Timing, ideal: string) =>
    `${label.padEnd(34)} ${t.ms.toFixed(0).padStart(7)} ms  ${(t.ms / times.one.ms).toFixed(2).padStart(5)}× one file  (ideal ${ideal})   CPU ${t.cpuMs.toFixed(0).padStart(6)} ms  ${(t.cpuMs / times.one.cpuMs).toFixed(2)}× one file's CPU`;
  console.log(`bundle of ${N} dense CBS logs of ${MB} MB on ${C} workers, median of ${RUNS} runs each (interleaved), Node ${process.version}, ${loadNote()}`);
  console.log(row('one file, one thread', times.one, '1.00'));
  console.log(row(`folder of ${N}, ${C} workers`, times.folder, `N/C = ${(N / C).toFixed(2)}`));
  console.log(row(`zip of ${N}, ${C} workers (by entry)`, times.zip, `N/C = ${(N / C).toFixed(2)}`));
  console.log(row(`folder of ${N}, one thread`, times.sequential, `N = ${N}`));
  console.log(loadNote());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
