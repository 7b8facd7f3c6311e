/** The generated logs the analyzer benchmarks share, in the system's temp folder, made on first use. */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
