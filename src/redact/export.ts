import { Zip, ZipDeflate } from 'fflate';
import { type ByteSink, readChunks } from '../input/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { FileRedactor, type RedactedOutput } from './file-redactor.ts';
import { Redactor } from './redactor.ts';
import { redactionReport } from './report-text.ts';
import type { RedactionSummary } from './summary.ts';

export type { RedactionSummary } from './summary.ts';

/** One file to redact; a browser `File` has this shape. */
export interface RedactInput {
  name: string;
  size?: number;
  stream(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
}

export interface RedactOptions {
  lang: Lang;
  /** receives the zip's bytes as they are made */
  onData(chunk: Uint8Array, final: boolean): void;
  signal?: AbortSignal;
  /** the share of the work done, 0…1 (both passes over the inputs' bytes) */
  onProgress?: (done: number) => void;
  /** what an archive may expand to; default 2 GiB, as the analyzer */
  maxExpandedBytes?: number;
}

export const REPORT_FILE = 'REDACTION.txt';

/**
 * Writes `redacted-logs.zip`: every input redacted with one placeholder map, under its
 * (redacted) name, plus REDACTION.txt with the kinds and counts replaced. Reads the inputs
 * twice: a first pass learns every name, so a computer name met in the last file is also
 * replaced in the first.
 */
export async function redactToZip(inputs: RedactInput[], options: RedactOptions): Promise<RedactionSummary> {
  const redactor = new Redactor();
  const limit = options.maxExpandedBytes ?? 2 ** 31;
  const ignore: RedactedOutput = { open: () => ({ push() {}, end() {} }), leaveOut() {} };
  const total = 2 * inputs.reduce((n, i) => n + (i.size ?? 0), 0);
  let read = 0;
  const pump = async (input: RedactInput, sink: ByteSink) => {
    for await (const chunk of readChunks(input.stream())) {
      options.signal?.throwIfAborted();
      sink.push(chunk);
      read += chunk.length;
      if (total) options.onProgress?.(Math.min(1, read / total));
    }
    sink.end();
  };
  for (const input of inputs) {
    redactor.fileName(input.name);
    await pump(input, new FileRedactor(input.name, redactor, ignore, { used: 0, limit }));
  }
  redactor.startCounting();

  let failure: Error | undefined;
  const zip = new Zip((error, data, final) => {
    if (error) failure = error;
    else options.onData(data, final);
  });
  const summary: RedactionSummary = { counts: redactor.counts(), files: [], leftOut: [] };
  const names = new Set<string>();
  const open = new Set<ByteSink>();
  const output: RedactedOutput = {
    open(path) {
      const entry = new ZipDeflate(unique(redactor.fileName(path), names), { level: 6 });
      zip.add(entry);
      summary.files.push(entry.filename);
      const sink: ByteSink = { push: (chunk) => entry.push(chunk), end: () => (open.delete(sink), entry.push(new Uint8Array(0), true)) };
      open.add(sink);
      return sink;
    },
    leaveOut(path, reason) {
      summary.leftOut.push({ name: redactor.fileName(path), reason });
    },
  };
  for (const input of inputs) {
    await pump(input, new FileRedactor(input.name, redactor, output, { used: 0, limit }));
    // An archive that broke off mid-entry leaves that entry open: close what was written.
    for (const sink of [...open]) sink.end();
  }
  summary.counts = redactor.counts();
  const report = new ZipDeflate(unique(REPORT_FILE, names), { level: 6 });
  zip.add(report);
  report.push(new TextEncoder().encode(redactionReport(summary, options.lang)), true);
  zip.end();
  if (failure) throw failure;
  return summary;
}

/** Two inputs may share a name (CBS.log of two machines): the second becomes `CBS (2).log`. */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = name.replace(/(\.[^./]*)?$/, ` (${n})$1`);
  taken.add(candidate.toLowerCase());
  return candidate;
}
