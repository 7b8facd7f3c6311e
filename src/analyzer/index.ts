/**
 * The log analyzer: bytes in, a versioned report out. Runs the same in a browser Web
 * Worker, the CLI and tests: it uses only Uint8Array, TextDecoder and streams.
 */
import type { Knowledge } from './knowledge.ts';
import { scanInput } from './scan/scan-input.ts';
import { Session, DEFAULT_MAX_EXPANDED } from './scan/session.ts';
import { buildReport } from './report/build.ts';
import type { Report } from './report/model.ts';
import type { AnalyzeOptions, AnalyzerInput } from './analyze-options.ts';

export type { Knowledge, CodeInfo } from './knowledge.ts';
export { knowledgeFromCatalog, knowledgeToJSON, knowledgeFromJSON, emptyKnowledge } from './knowledge.ts';
export type * from './report/model.ts';
export { REPORT_VERSION, REPORT_SCHEMA } from './report/model.ts';
export { renderText } from './report/text.ts';
export { NOISE } from './diagnose/noise.ts';
export { DEFAULT_MAX_EXPANDED };
export type { AnalyzerInput, AnalyzeOptions, Progress } from './analyze-options.ts';

export async function analyze(inputs: AnalyzerInput[], knowledge: Knowledge, options: AnalyzeOptions = {}): Promise<Report> {
  const session = new Session(knowledge, options.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED, !options.regexLineLayer);
  const bytesTotal = inputs.reduce((n, i) => n + (i.size ?? 0), 0);
  let before = 0;
  for (const input of inputs) {
    options.signal?.throwIfAborted();
    let done = 0;
    await scanInput(input, session, {
      signal: options.signal,
      onBytes: (bytes) => {
        done = bytes;
        options.onProgress?.({ bytesDone: before + done, bytesTotal: Math.max(bytesTotal, before + done), file: input.name });
      },
    });
    before += done;
  }
  return buildReport(session);
}

// The split/merge path: one task per file or zip entry, run on workers, merged into one report.
export { analyzeInParallel, scanInParallel, mergeRecords, type TaskPool } from './parallel/analyze-parallel.ts';
export { runTask, type TaskOptions } from './parallel/run-task.ts';
export { worthSplitting, SPLIT_FROM_BYTES, type ParallelInput } from './parallel/plan.ts';
export type { ScanTask, ScanResult, TaskHost } from './parallel/tasks.ts';
export type { InputRecord } from './scan/session.ts';
