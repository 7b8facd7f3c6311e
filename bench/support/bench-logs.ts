/** The generated logs the analyzer benchmarks share, in the system's temp folder, made on first use. */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLog, type Kind } from '../analyzer-logs.ts';
import { writeDenseLog } from '../dense-logs.ts';

export const BENCH_DIR = join(tmpdir(), 'update-triage-bench');

/** `sparse`: generated from real line shapes (analyzer-logs.ts); `dense`: real lines repeated; `mixed`: healthy and failing real CBS.log lines repeated (dense-logs.ts). */
export type BenchInput = 'sparse' | 'dense' | 'mixed';

export async function benchLog(kind: Kind, input: BenchInput, mb: number): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `${kind}-${input}-${mb}MB.log`);
  const bytes = mb * 1024 * 1024;
  if (!existsSync(file)) await (input === 'sparse' ? writeLog(file, kind, bytes) : writeDenseLog(file, kind, bytes, input === 'mixed'));
  return file;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Whole logs a reader gives (the project keeps none: the whole ones published state no licence), end
 * to end with their UTF-8 BOMs taken off, repeated to about `mb` MB: the benchmark's figures on the
 * reader's own logs. Made again when a file changes.
 */
export async function givenLog(paths: readonly string[], mb: number): Promise<string> {
  const facts = paths.map((path) => {
    if (!existsSync(path)) throw new Error(`LOGS: ${path}: no such file`);
    const { size, mtimeMs } = statSync(path);
    return `${resolve(path)}\0${size}\0${mtimeMs}`;
  });
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `given-${createHash('sha256').update(facts.join('\0')).digest('hex').slice(0, 12)}-${mb}MB.log`);
  if (existsSync(file)) return file;
  const parts = paths.map((path) => {
    const bytes = readFileSync(path);
    const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
    return body.length && body[body.length - 1] !== 10 ? Buffer.concat([body, Buffer.from('\r\n')]) : body;
  });
  const block = Buffer.concat(parts);
  if (!block.length) throw new Error(`LOGS: ${paths.join(', ')}: empty`);
  const out = createWriteStream(file);
  for (let written = 0; written < mb * 1024 * 1024; written += block.length) {
    if (!out.write(block)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(done));
  return file;
}
