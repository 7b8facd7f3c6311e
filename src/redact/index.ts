/** Redaction of logs for upload: framework-free, runs in a Web Worker, the CLI and tests. */
export { Redactor } from './redactor.ts';
export { redactToZip, REPORT_FILE, type RedactInput, type RedactionSummary, type RedactOptions } from './export.ts';
export { redactionReport } from './report-text.ts';
export { KINDS, type Kind, type KindCounts } from './kinds.ts';
