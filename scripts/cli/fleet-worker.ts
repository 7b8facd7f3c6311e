/** Worker thread of fleet mode: analyzes the machines the main thread hands it, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { knowledgeFromJSON } from '../../src/analyzer/index.ts';
import { analyzeMachine } from './fleet-machine.ts';

const knowledge = knowledgeFromJSON(workerData.knowledge as string);

parentPort!.on('message', async (job: { machine: string; path: string } | null) => {
  if (!job) return process.exit(0);
  parentPort!.postMessage(await analyzeMachine(job.machine, job.path, knowledge));
});
