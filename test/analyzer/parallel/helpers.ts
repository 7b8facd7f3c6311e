import { bytesAccess } from '../../../src/input/index.ts';
import { analyze, analyzeInParallel, runTask, type Knowledge, type ParallelInput, type Report, type TaskHost, type TaskPool } from '../../../src/analyzer/index.ts';
import { bytesInput } from '../helpers.ts';

/** Inputs held in memory, named like files; a zip among them can be read by its directory. */
export const memoryHost: TaskHost<Uint8Array> = {
  input: (bytes, name) => bytesInput(name, bytes, 5000),
  access: (bytes) => bytesAccess(bytes),
};

export const parallelInputs = (files: Record<string, Uint8Array>): ParallelInput<Uint8Array>[] =>
  Object.entries(files).map(([name, bytes]) => ({ name, size: bytes.length, source: bytes, access: bytesAccess(bytes) }));

/** A pool whose results cross a structured clone, as they do between a worker and the page or CLI. */
export function clonePool(knowledge: Knowledge, maxExpandedBytes?: number): TaskPool<Uint8Array> & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    async run(task, onBytes, signal) {
      ran.push(task.kind === 'file' ? task.name : `${task.archive}!${task.entry.name}`);
      return structuredClone(await runTask(task, memoryHost, knowledge, { maxExpandedBytes, signal, onBytes }));
    },
  };
}

/** The report of the sequential reader and of the split one, for the same files. */
export async function bothWays(files: Record<string, Uint8Array>, knowledge: Knowledge, maxExpandedBytes?: number): Promise<{ sequential: Report; split: Report; ran: string[] }> {
  const sequential = await analyze(
    Object.entries(files).map(([name, bytes]) => bytesInput(name, bytes, 5000)),
    knowledge,
    maxExpandedBytes ? { maxExpandedBytes } : {},
  );
  const pool = clonePool(knowledge, maxExpandedBytes);
  const split = await analyzeInParallel(parallelInputs(files), knowledge, pool, maxExpandedBytes ? { maxExpandedBytes } : {});
  return { sequential, split, ran: pool.ran };
}
