/**
 * `analyze --jobs N`: the files of a bundle on worker threads, one task per file or zip entry,
 * merged into one report. Small inputs and one core stay on this thread: starting a worker
 * costs more than reading a few megabytes.
 */
import { availableParallelism } from 'node:os';
import { analyze, analyzeInParallel, knowledgeToJSON, type Knowledge, type ParallelInput, type Report, type ScanResult } from '../../src/analyzer/index.ts';
import { fileInput } from './analyze-inputs.ts';
import { WorkerPool } from './worker-pool.ts';

/** Below this many bytes in all, the files are read here, one after another. */
export const SPLIT_FROM_BYTES = 1024 * 1024;

export interface AnalyzeFilesOptions {
  /** workers at most; default one per core */
  jobs?: number;
  maxExpandedBytes?: number;
  onProgress?: (p: { bytesDone: number; bytesTotal: number; file?: string }) => void;
}

export async function analyzeFiles(files: ParallelInput<string>[], knowledge: Knowledge, options: AnalyzeFilesOptions = {}): Promise<Report> {
  const jobs = options.jobs ?? availableParallelism();
  const { maxExpandedBytes, onProgress } = options;
  const analyzeOptions = { ...(maxExpandedBytes ? { maxExpandedBytes } : {}), ...(onProgress ? { onProgress } : {}) };
  if (jobs === 1 || !(await worthSplitting(files))) {
    return analyze(files.map((f) => fileInput(f.source, f.name, f.size ?? 0)), knowledge, analyzeOptions);
  }
  const pool = new WorkerPool(jobs, { knowledge: knowledgeToJSON(knowledge), ...(maxExpandedBytes ? { maxExpandedBytes } : {}) });
  try {
    return await analyzeInParallel(files, knowledge, { run: (task, onBytes) => pool.run<ScanResult>({ type: 'task', task }, onBytes) }, analyzeOptions);
  } finally {
    await pool.close();
  }
}

/** Several files, or one zip, with enough bytes to keep more than one core busy. */
async function worthSplitting(files: ParallelInput<string>[]): Promise<boolean> {
  if (files.reduce((n, f) => n + (f.size ?? 0), 0) < SPLIT_FROM_BYTES) return false;
  if (files.length > 1) return true;
  const head = await files[0]?.access?.read(0, 4);
  return !!head && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
}
