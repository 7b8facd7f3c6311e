import { readZipEntry } from '../../input/index.ts';
import type { Knowledge } from '../knowledge.ts';
import { FileScanner } from '../scan/file-scanner.ts';
import { scanInput } from '../scan/scan-input.ts';
import { Session, DEFAULT_MAX_EXPANDED } from '../scan/session.ts';
import { plainRecords } from './plain-records.ts';
import { entryName, type ScanResult, type ScanTask, type TaskHost } from './tasks.ts';

export interface TaskOptions {
  maxExpandedBytes?: number;
  signal?: AbortSignal;
  /** bytes of the task's file (or compressed entry) read so far */
  onBytes?: (bytesDone: number) => void;
}

/** Runs one task where it is (in a worker, or on this thread when there is one core). */
export async function runTask<S>(task: ScanTask<S>, host: TaskHost<S>, knowledge: Knowledge, options: TaskOptions = {}): Promise<ScanResult> {
  const session = new Session(knowledge, options.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED);
  if (task.kind === 'file') {
    await scanInput(host.input(task.source, task.name, task.size), session, options);
    return { records: plainRecords(session.records) };
  }
  // The entry's share of the archive's budget: nested archives inside it count against it too.
  session.budget = { used: 0, limit: task.share };
  const scanner = new FileScanner(entryName(task.archive, task.entry), session, session.records, 1);
  try {
    await readZipEntry(host.access(task.source), task.entry, scanner, session.budget, options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { records: [], fallback: (error as Error)?.message ?? String(error) };
  }
  // Past its share, or a nested archive refused for size: only the whole archive's budget can tell.
  if (session.budget.used > session.budget.limit || session.records.some((r) => r.reason === 'zip-limit')) {
    return { records: [], fallback: `${task.entry.name}: passes its share of the expansion limit` };
  }
  return { records: plainRecords(session.records) };
}
