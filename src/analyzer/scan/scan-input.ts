import { readChunks } from '../../input/index.ts';
import type { AnalyzerInput } from '../analyze-options.ts';
import { FileScanner } from './file-scanner.ts';
import type { Session } from './session.ts';

export interface ScanOptions {
  signal?: AbortSignal;
  /** bytes of this input read so far, after each chunk */
  onBytes?: (bytesDone: number) => void;
}

/**
 * Reads one top-level input into the session's records, with a budget of its own for the
 * archives it holds. A file that cannot be read (or trips a bug) gets an unreadable record
 * and the analysis goes on; only a cancel ends it.
 */
export async function scanInput(input: AnalyzerInput, session: Session, options: ScanOptions = {}): Promise<void> {
  session.resetBudget();
  const scanner = new FileScanner(input.name, session, session.records, 0, input.size);
  let done = 0;
  try {
    for await (const chunk of readChunks(input.stream())) {
      options.signal?.throwIfAborted();
      scanner.push(chunk);
      done += chunk.length;
      options.onBytes?.(done);
    }
    scanner.end();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    scanner.fail('read-error', `${input.name}: ${(error as Error)?.message ?? String(error)}`);
  }
}
