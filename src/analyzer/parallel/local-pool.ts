import type { Knowledge } from '../knowledge.ts';
import type { TaskPool } from './analyze-parallel.ts';
import { runTask } from './run-task.ts';
import type { TaskHost } from './tasks.ts';

/** Runs the tasks one after another on this thread: the split path with no worker (one core, tests). */
export function localPool<S>(host: TaskHost<S>, knowledge: Knowledge, maxExpandedBytes?: number): TaskPool<S> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(task, onBytes, signal) {
      const result = queue.then(() => runTask(task, host, knowledge, { maxExpandedBytes, signal, onBytes }));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
