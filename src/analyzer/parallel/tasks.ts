/**
 * One unit of work for a worker: a whole top-level input, or one entry of a zip read from its
 * own byte range. Tasks are data (structured-clone safe); `S` is how the host names a file
 * (a path in Node, a `File` in the browser) and a `TaskHost` turns it back into bytes.
 */
import type { RandomAccess, ZipEntry } from '../../input/index.ts';
import type { AnalyzerInput } from '../analyze-options.ts';
import type { InputRecord } from '../scan/session.ts';

export type ScanTask<S> =
  | { kind: 'file'; name: string; size?: number; source: S }
  | { kind: 'entry'; archive: string; entry: ZipEntry; share: number; source: S };

/** What a worker posts back for one task: the records of the file, with their facts as data. */
export interface ScanResult {
  records: InputRecord[];
  /** why a zip entry could not be read on its own: the archive is then read whole */
  fallback?: string;
}

/** How a worker opens the files tasks name. */
export interface TaskHost<S> {
  input(source: S, name: string, size?: number): AnalyzerInput;
  access(source: S): RandomAccess;
}

/** The name an entry's record has: the archive's name, a slash, the entry's path with `/`. */
export const entryName = (archive: string, entry: ZipEntry): string => `${archive}/${entry.name.replace(/\\/g, '/')}`;

export const taskName = (task: ScanTask<unknown>): string => (task.kind === 'file' ? task.name : entryName(task.archive, task.entry));

/** The record of a task whose worker died or threw: unreadable, with the reason, like a read error. */
export function failedTask(task: ScanTask<unknown>, message: string): ScanResult {
  const file = taskName(task);
  const size = task.kind === 'file' && task.size !== undefined ? { size: task.size } : {};
  return { records: [{ file, status: 'unreadable', ...size, reason: 'read-error', message: `${file}: ${message}` }] };
}
