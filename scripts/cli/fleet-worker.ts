/**
 * Worker thread of the CLI: analyzes the machines of a fleet, or the tasks (files, zip entries)
 * of one analysis, that the main thread hands it, one at a time. The knowledge is read once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { knowledgeFromJSON, runTask } from '../../src/analyzer/index.ts';
import { throttle } from '../../src/analyzer-worker/throttle.ts';
import { analyzeMachine } from './fleet-machine.ts';
import { nodeTaskHost } from './analyze-inputs.ts';
import type { FromCliWorker, ToCliWorker } from './worker-messages.ts';
import type { WorkerSetup } from './worker-pool.ts';

const setup = workerData as WorkerSetup;
const knowledge = knowledgeFromJSON(setup.knowledge);
const post = (message: FromCliWorker) => parentPort!.postMessage(message);

async function answer(job: ToCliWorker & { id: number }): Promise<unknown> {
  if (job.type === 'machine') return analyzeMachine(job.machine, job.path, knowledge);
  const progress = throttle((bytesDone: number) => post({ type: 'progress', id: job.id, bytesDone }), 100);
  const result = await runTask(job.task, nodeTaskHost, knowledge, { maxExpandedBytes: setup.maxExpandedBytes, onBytes: (n) => progress.push(n) });
  progress.flush();
  return result;
}

parentPort!.on('message', async (job: (ToCliWorker & { id: number }) | null) => {
  if (!job) return process.exit(0);
  try {
    post({ type: 'done', id: job.id, value: await answer(job) });
  } catch (error) {
    post({ type: 'failed', id: job.id, message: (error as Error)?.message ?? String(error) });
  }
});
