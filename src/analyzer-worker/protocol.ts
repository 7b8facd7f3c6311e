/**
 * Messages between the analyzer page and its Web Workers. Files travel as `File` handles
 * (structured clone copies no bytes): a worker reads them itself, off the main thread.
 *
 * One worker alone reads small inputs whole (`analyze`). A bundle is split: each worker of the
 * pool reads one file or one zip entry at a time (`scan`) and posts its records back as data;
 * one worker then merges all records, in input order, into the report (`merge`).
 */
import type { InputRecord, ScanResult, ScanTask } from '../analyzer/index.ts';
import type { PackedReport } from './packed-report.ts';

export type ToWorker =
  | { type: 'analyze'; id: number; files: File[]; knowledgeUrl: string }
  | { type: 'scan'; id: number; task: ScanTask<File>; knowledgeUrl: string }
  | { type: 'merge'; id: number; records: InputRecord[][]; knowledgeUrl: string }
  | { type: 'cancel'; id: number }
  /** start now what every run needs first, the knowledge: the page asks while it waits for files */
  | { type: 'prepare'; knowledgeUrl: string };

export type FromWorker =
  /** bytes read: of all files for `analyze`, of the task's file or compressed entry for `scan` */
  | { type: 'progress'; id: number; bytesDone: number; bytesTotal: number; file?: string }
  | ({ type: 'report'; id: number; ms: number } & PackedReport)
  | { type: 'scanned'; id: number; result: ScanResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; stage: 'knowledge' | 'analyze'; message: string };
