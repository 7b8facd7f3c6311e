/**
 * `analyze --jobs N`: the files of a bundle on worker threads, one task per file or zip entry,
 * merged into one report. Small inputs and one core stay on this thread: starting a worker
 * costs more than reading a few megabytes.
 */
import { availableParallelism } from 'node:os';
import { analyze, analyzeInParallel, knowledgeToJSON, worthSplitting, type Knowledge, type ParallelInput, type Report, type ScanResult } from '../../src/analyzer/index.ts';
import { fileInput } from './analyze-inputs.ts';
import { WorkerPool } from './worker-pool.ts';

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
