/**
 * The log analyzer: bytes in, a versioned report out. Runs the same in a browser Web
 * Worker, the CLI and tests: it uses only Uint8Array, TextDecoder and streams.
 */
import type { Knowledge } from './knowledge.ts';
import { FileScanner } from './scan/file-scanner.ts';
import { Session, DEFAULT_MAX_EXPANDED } from './scan/session.ts';
import { buildReport } from './report/build.ts';
import { readChunks } from '../input/index.ts';
import type { Report } from './report/model.ts';

export type { Knowledge, CodeInfo } from './knowledge.ts';
export { knowledgeFromCatalog, knowledgeToJSON, knowledgeFromJSON, emptyKnowledge } from './knowledge.ts';
export type * from './report/model.ts';
export { REPORT_VERSION, REPORT_SCHEMA } from './report/model.ts';
export { renderText } from './report/text.ts';
export { NOISE } from './diagnose/noise.ts';
export { DEFAULT_MAX_EXPANDED };

/** One file to analyze. A browser `File` has this shape; the CLI wraps Node files. */
export interface AnalyzerInput {
  name: string;
  size?: number;
  stream(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
}

export interface Progress {
  bytesDone: number;
  bytesTotal: number;
  file?: string;
}

export interface AnalyzeOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** bytes an archive (with its nested archives) may expand to; default 2 GiB */
  maxExpandedBytes?: number;
}

export async function analyze(inputs: AnalyzerInput[], knowledge: Knowledge, options: AnalyzeOptions = {}): Promise<Report> {
  const session = new Session(knowledge, options.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED);
  const bytesTotal = inputs.reduce((n, i) => n + (i.size ?? 0), 0);
  let bytesDone = 0;
  for (const input of inputs) {
    options.signal?.throwIfAborted();
    session.resetBudget();
    const scanner = new FileScanner(input.name, session, session.records, 0, input.size);
    try {
      for await (const chunk of readChunks(input.stream())) {
        options.signal?.throwIfAborted();
        scanner.push(chunk);
        bytesDone += chunk.length;
        options.onProgress?.({ bytesDone, bytesTotal: Math.max(bytesTotal, bytesDone), file: input.name });
      }
      scanner.end();
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // A file that cannot be read (or trips a bug) is reported; the other inputs go on.
      scanner.fail('read-error', `${input.name}: ${(error as Error)?.message ?? String(error)}`);
    }
  }
  return buildReport(session);
}
