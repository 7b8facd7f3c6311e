/** Messages between the CLI and its worker threads (`fleet-worker.ts`). */
import type { ScanTask } from '../../src/analyzer/index.ts';

/** A job: one machine of a fleet, or one task (a file, a zip entry) of an analysis. */
export type ToCliWorker = { type: 'machine'; machine: string; path: string } | { type: 'task'; task: ScanTask<string> };

export type FromCliWorker =
  | { type: 'progress'; id: number; bytesDone: number }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string };
