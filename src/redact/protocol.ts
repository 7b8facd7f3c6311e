import type { Lang } from '../i18n/lang.ts';
import type { RedactionSummary } from './export.ts';

/** Messages between the analyzer page and the redaction worker. */
export type ToRedactWorker = { type: 'redact'; files: File[]; lang: Lang };

export type FromRedactWorker =
  | { type: 'progress'; done: number }
  | { type: 'done'; zip: Blob; summary: RedactionSummary }
  | { type: 'error'; message: string };
