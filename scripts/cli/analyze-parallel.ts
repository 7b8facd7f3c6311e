/**
 * `analyze --jobs N`: the files of a bundle on worker threads, one task per file or zip entry,
 * merged into one report. One core, and by default a bundle of less than CLI_SPLIT_FROM_BYTES to
 * read, stay on this thread: a worker costs about 0.3 s before it reads (Node's modules, the
 * bundle, the knowledge, a first analysis run cold), and one thread reads a dense CBS.log at about
 * 180 MB/s, so on two cores two workers pay off from about 2 × 0.3 s × 180 MB/s, near 110 MB
 * (bench/bundle-parallel.ts: four 20 MB logs took 746 ms on one thread and 884 ms on two workers;
 * four of 50 MB, 1278 and 1078 ms). `--jobs N` given splits from SPLIT_FROM_BYTES: the user asked for workers.
 */
import { availableParallelism } from 'node:os';
import { analyze, analyzeInParallel, knowledgeToJSON, SPLIT_FROM_BYTES, worthSplitting, type Knowledge, type ParallelInput, type Report, type ScanResult } from '../../src/analyzer/index.ts';
import { fileInput } from './analyze-inputs.ts';
import { WorkerPool } from './worker-pool.ts';

export interface AnalyzeFilesOptions {
  /** workers at most; default one per core */
  jobs?: number;
  maxExpandedBytes?: number;
  onProgress?: (p: { bytesDone: number; bytesTotal: number; file?: string }) => void;
}

/** Bytes to read from which the CLI splits a bundle by default. */
export const CLI_SPLIT_FROM_BYTES = 128 * 1024 * 1024;

/** The bytes to read from which a bundle is split: the default's, or any bundle worth it when `--jobs` was given. */
export const splitFromBytes = (jobs: number | undefined): number => (jobs === undefined ? CLI_SPLIT_FROM_BYTES : SPLIT_FROM_BYTES);

export async function analyzeFiles(files: ParallelInput<string>[], knowledge: Knowledge, options: AnalyzeFilesOptions = {}): Promise<Report> {
  const jobs = options.jobs ?? availableParallelism();
  const { maxExpandedBytes, onProgress } = options;
  const analyzeOptions = { ...(maxExpandedBytes ? { maxExpandedBytes } : {}), ...(onProgress ? { onProgress } : {}) };
  if (jobs === 1 || !(await worthSplitting(files, splitFromBytes(options.jobs)))) {
    return analyze(files.map((f) => fileInput(f.source, f.name, f.size ?? 0)), knowledge, analyzeOptions);
  }
  const pool = new WorkerPool(jobs, { knowledge: knowledgeToJSON(knowledge), ...(maxExpandedBytes ? { maxExpandedBytes } : {}) });
  try {
    return await analyzeInParallel(files, knowledge, { run: (task, onBytes) => pool.run<ScanResult>({ type: 'task', task }, onBytes) }, analyzeOptions);
  } finally {
    await pool.close();
  }
}
