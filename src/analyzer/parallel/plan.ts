import { readZipDirectory, type RandomAccess, type ZipEntry } from '../../input/index.ts';
import type { InputRecord } from '../scan/session.ts';
import type { ScanTask } from './tasks.ts';

/** A top-level input as a host hands it to the parallel analyzer. */
export interface ParallelInput<S> {
  name: string;
  size?: number;
  source: S;
  /** present when the file can be read at any offset: a zip is then split into its entries */
  access?: RandomAccess;
}

/** An input and the tasks that read it: one for a file, one per entry for a zip read by its directory. */
export interface PlannedInput<S> {
  input: ParallelInput<S>;
  tasks: ScanTask<S>[];
  /** the zip's own record, when it was split into entries (or refused from its directory) */
  archive?: InputRecord;
}

/**
 * Each input's zip directory, read once per input: worthSplitting reads it to count a zip's
 * bytes, and planInputs again to split it. Kept while the input's RandomAccess lives.
 */
const directories = new WeakMap<RandomAccess, Promise<ZipEntry[] | undefined>>();
function zipDirectoryOf(access: RandomAccess): Promise<ZipEntry[] | undefined> {
  let directory = directories.get(access);
  if (!directory) directories.set(access, (directory = readZipDirectory(access).catch(() => undefined)));
  return directory;
}

/** Below this many bytes to read in all, one thread reads everything: starting workers costs more than it saves. */
export const SPLIT_FROM_BYTES = 1024 * 1024;

/**
 * Several inputs, or one zip, with at least `fromBytes` to read (a zip counted by the sizes its
 * directory declares, which is what its workers read), so that more than one worker pays off.
 */
export async function worthSplitting(inputs: readonly ParallelInput<unknown>[], fromBytes = SPLIT_FROM_BYTES): Promise<boolean> {
  if (inputs.reduce((n, i) => n + (i.size ?? 0), 0) >= fromBytes && inputs.length > 1) return true;
  const zips = await Promise.all(inputs.map((input) => (input.access ? zipDirectoryOf(input.access) : undefined)));
  const bytes = inputs.reduce((n, input, k) => n + (zips[k] ? zips[k].reduce((m, entry) => m + entry.size, 0) : (input.size ?? 0)), 0);
  return bytes >= fromBytes && (inputs.length > 1 || (zips[0]?.length ?? 0) > 1);
}

export const fileTask = <S>(input: ParallelInput<S>): ScanTask<S> => ({
  kind: 'file',
  name: input.name,
  ...(input.size !== undefined ? { size: input.size } : {}),
  source: input.source,
});

/**
 * Splits each zip that has a central directory into one task per entry; every other input is
 * one task. The sizes the directory declares are checked against the budget before anything
 * is expanded, as the streaming reader checks each entry's, with the same message.
 */
export async function planInputs<S>(inputs: readonly ParallelInput<S>[], maxExpanded: number): Promise<PlannedInput<S>[]> {
  const planned: PlannedInput<S>[] = [];
  for (const input of inputs) {
    const entries = input.access ? await zipDirectoryOf(input.access) : undefined;
    planned.push(entries && entries.length > 1 ? planZip(input, entries, maxExpanded) : { input, tasks: [fileTask(input)] });
  }
  return planned;
}

function planZip<S>(input: ParallelInput<S>, entries: ZipEntry[], limit: number): PlannedInput<S> {
  const archive: InputRecord = { file: input.name, status: 'container', ...(input.size !== undefined ? { size: input.size } : {}), format: 'zip' };
  let declared = 0;
  for (const entry of entries) {
    declared += entry.size;
    if (declared > limit) {
      const message = `${input.name}/${entry.name}: expanding it would pass the limit of ${limit} bytes`;
      return { input, tasks: [], archive: Object.assign(archive, { status: 'refused', reason: 'zip-limit', message }) };
    }
  }
  // Each entry may expand to what it declares plus an equal part of what the limit leaves over
  // (room for archives nested in it); the shares add up to the limit.
  const spare = Math.floor((limit - declared) / entries.length);
  const tasks = entries.map((entry): ScanTask<S> => ({ kind: 'entry', archive: input.name, entry, share: entry.size + spare, source: input.source }));
  return { input, tasks, archive };
}
