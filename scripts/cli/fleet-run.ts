/** `analyze --fleet DIR`: one bundle (zip or folder) per machine, every core, one JSON line each. */
import { createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { knowledgeToJSON, type Knowledge } from '../../src/analyzer/index.ts';
import type { CliIo } from './io.ts';
import type { MachineLine } from './fleet-machine.ts';
import { summarizeFleet, summaryText } from './fleet-summary.ts';

// The compiled CLI (.build/cli/) has the worker as JavaScript beside it; from sources, tsx loads it.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './fleet-worker-boot.mjs' : './fleet-worker.js', import.meta.url);

export interface FleetOptions {
  dir: string;
  out?: string;
  jobs?: number;
  knowledge: Knowledge;
  io: CliIo;
}

export async function runFleet(options: FleetOptions): Promise<number> {
  const entries = await readdir(options.dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    options.io.err(`update-triage analyze: ${options.dir}: no such folder\n`);
    return 1;
  }
  // Each entry is one machine: a folder or a file (usually the collector's zip), named after it.
  const jobs = entries
    .filter((e) => e.isDirectory() || e.isFile())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => ({ machine: e.name.replace(/\.zip$/i, ''), path: join(options.dir, e.name) }));

  const file = options.out ? createWriteStream(options.out) : undefined;
  const write = (line: object) => {
    const text = JSON.stringify(line) + '\n';
    if (file) file.write(text);
    else options.io.out(text);
  };
  const lines = await runJobs(jobs, options, (line) => write(line));
  const summary = summarizeFleet(lines);
  write(summary);
  if (file) {
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    options.io.out(summaryText(summary));
  }
  return 0;
}

function runJobs(jobs: { machine: string; path: string }[], options: FleetOptions, onLine: (line: MachineLine) => void): Promise<MachineLine[]> {
  const lines: MachineLine[] = [];
  if (!jobs.length) return Promise.resolve(lines);
  const count = Math.min(options.jobs ?? availableParallelism(), jobs.length);
  const knowledge = knowledgeToJSON(options.knowledge);
  let next = 0;
  return new Promise((resolve, reject) => {
    let running = count;
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER, { workerData: { knowledge } });
      const feed = () => worker.postMessage(next < jobs.length ? jobs[next++] : null);
      worker.on('message', (line: MachineLine) => {
        lines.push(line);
        onLine(line);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        if (--running === 0) resolve(lines);
      });
      feed();
    }
  });
}
