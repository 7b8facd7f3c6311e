/**
 * `update-triage verify` on a large package: its streamed SHA-256 (node:crypto, 1 MiB reads)
 * against `sha256sum` and `openssl dgst -sha256` on the same file in the same run, and its peak
 * RSS growth (a multi-gigabyte package must not be read into memory).
 *
 *   npx tsx bench/verify-cli.ts [--mb 600] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hashFile } from '../scripts/cli/hash-file.ts';
import { writeCounterFile } from './support/counter-file.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '600' }, runs: { type: 'string', default: '3' } } });
const MB = 1024 * 1024;
const size = Number(values.mb) * MB;
const runs = Number(values.runs);

const makeFile = (path: string): Promise<void> => writeCounterFile(path, size);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeTool(argv: string[]): { ms: number; hash: string } {
  const start = performance.now();
  const run = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (run.status !== 0) throw new Error(`${argv[0]}: ${run.stderr}`);
  return { ms: performance.now() - start, hash: /[0-9a-f]{64}/i.exec(run.stdout)![0].toUpperCase() };
}

const dir = mkdtempSync(join(tmpdir(), 'verify-bench-'));
const file = join(dir, 'windows10.0-kb5016623-x64.msu');
try {
  await makeFile(file);
  const ours: number[] = [];
  const sum: number[] = [];
  const ssl: number[] = [];
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { sha256 } = await hashFile(file, () => (peak = Math.max(peak, process.memoryUsage().rss)));
    ours.push(performance.now() - start);
    const a = timeTool(['sha256sum', file]);
    const b = timeTool(['openssl', 'dgst', '-sha256', file]);
    if (a.hash !== sha256 || b.hash !== sha256) throw new Error('hashes differ between tools');
    sum.push(a.ms);
    ssl.push(b.ms);
  }
  const mbps = (ms: number) => (size / MB / (ms / 1000)).toFixed(0);
  console.log(`file: ${values.mb} MB, ${runs} runs, medians`);
  console.log(`verify (node:crypto, streamed)  ${median(ours).toFixed(0)} ms  ${mbps(median(ours))} MB/s`);
  console.log(`sha256sum                       ${median(sum).toFixed(0)} ms  ${mbps(median(sum))} MB/s   verify is ${(median(sum) / median(ours)).toFixed(2)}× its speed`);
  console.log(`openssl dgst -sha256            ${median(ssl).toFixed(0)} ms  ${mbps(median(ssl))} MB/s   verify is ${(median(ssl) / median(ours)).toFixed(2)}× its speed`);
  console.log(`peak RSS growth while hashing: ${((peak - rssBefore) / MB).toFixed(1)} MB (file ${values.mb} MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
