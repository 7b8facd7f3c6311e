/**
 * The analyzer on several workers: plan the inputs into tasks (files, zip entries), run them
 * on a pool, then merge the records in input order into one session and build the report
 * from it: the same report the sequential `analyze` gives.
 */
import type { AnalyzeOptions } from '../analyze-options.ts';
import type { Knowledge } from '../knowledge.ts';
import { buildReport } from '../report/build.ts';
import type { Report } from '../report/model.ts';
import { DEFAULT_MAX_EXPANDED, Session, type InputRecord } from '../scan/session.ts';
import { fileTask, planInputs, type ParallelInput, type PlannedInput } from './plan.ts';
import { failedTask, taskName, type ScanResult, type ScanTask } from './tasks.ts';

/** Runs tasks, at most one per worker at a time; rejects when a worker dies on one. */
export interface TaskPool<S> {
  run(task: ScanTask<S>, onBytes: (bytesDone: number) => void, signal?: AbortSignal): Promise<ScanResult>;
}

export async function analyzeInParallel<S>(inputs: readonly ParallelInput<S>[], knowledge: Knowledge, pool: TaskPool<S>, options: AnalyzeOptions = {}): Promise<Report> {
  return mergeRecords(await scanInParallel(inputs, pool, options), knowledge, options.maxExpandedBytes);
}

/** The records of each input, read by the pool: what `mergeRecords` turns into the report (the page merges in a worker). */
export async function scanInParallel<S>(inputs: readonly ParallelInput<S>[], pool: TaskPool<S>, options: AnalyzeOptions = {}): Promise<InputRecord[][]> {
  const maxExpanded = options.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED;
  const planned = await planInputs(inputs, maxExpanded);
  options.signal?.throwIfAborted();
  const bytesTotal = inputs.reduce((n, i) => n + (i.size ?? 0), 0);
  const done = new Map<ScanTask<S>, number>();
  let bytesDone = 0;
  const run = async (task: ScanTask<S>): Promise<ScanResult> => {
    const onBytes = (bytes: number) => {
      bytesDone += bytes - (done.get(task) ?? 0);
      done.set(task, bytes);
      options.onProgress?.({ bytesDone, bytesTotal: Math.max(bytesTotal, bytesDone), file: taskName(task) });
    };
    try {
      return await pool.run(task, onBytes, options.signal);
    } catch (error) {
      options.signal?.throwIfAborted();
      return failedTask(task, (error as Error)?.message ?? String(error));
    }
  };
  // Largest first, so a big file left for last does not keep one worker busy while the others idle.
  const started = new Map<ScanTask<S>, Promise<ScanResult>>();
  for (const task of planned.flatMap((p) => p.tasks).sort((a, b) => workOf(b) - workOf(a))) started.set(task, run(task));
  return Promise.all(planned.map((p) => recordsOf(p, started, run)));
}

/** Bytes a task will scan: an entry's expanded size, a file's size. */
const workOf = (task: ScanTask<unknown>): number => (task.kind === 'entry' ? task.entry.size : (task.size ?? 0));

/** The records of one input in the order the sequential reader gives them. */
async function recordsOf<S>(planned: PlannedInput<S>, started: Map<ScanTask<S>, Promise<ScanResult>>, run: (task: ScanTask<S>) => Promise<ScanResult>): Promise<InputRecord[]> {
  const results = await Promise.all(planned.tasks.map((task) => started.get(task)!));
  if (!planned.archive) return results.flatMap((r) => r.records);
  // An entry that could not be read on its own: the whole archive is read as before, streamed.
  if (results.some((r) => r.fallback)) return (await run(fileTask(planned.input))).records;
  return planned.archive.status === 'refused' ? [planned.archive] : [planned.archive, ...results.flatMap((r) => r.records)];
}

/** One session holding every input's records, in input order, and the report built from it. */
export function mergeRecords(records: readonly InputRecord[][], knowledge: Knowledge, maxExpanded = DEFAULT_MAX_EXPANDED): Report {
  const session = new Session(knowledge, maxExpanded);
  for (const list of records) session.records.push(...list);
  return buildReport(session);
}
