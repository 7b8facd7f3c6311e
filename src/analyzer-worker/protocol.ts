/**
 * Messages between the analyzer page and its Web Worker. Files travel as `File` handles
 * (structured clone copies no bytes): the worker reads them itself, off the main thread.
 */
import type { Report } from '../analyzer/index.ts';

export type ToWorker =
  | { type: 'analyze'; id: number; files: File[]; knowledgeUrl: string }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'progress'; id: number; bytesDone: number; bytesTotal: number; file?: string }
  | { type: 'report'; id: number; report: Report; ms: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; stage: 'knowledge' | 'analyze'; message: string };
