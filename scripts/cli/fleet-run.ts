/** `analyze --fleet DIR`: one bundle (zip or folder) per machine, every core, one JSON line each. */
import { createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { knowledgeToJSON, type Knowledge } from '../../src/analyzer/index.ts';
import type { CliIo } from './io.ts';
import { failedMachine, type MachineLine } from './fleet-machine.ts';
import { WorkerPool } from './worker-pool.ts';
import { summarizeFleet, summaryText } from './fleet-summary.ts';

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
  const started = performance.now();
  const lines = await runJobs(jobs, options, (line) => write(line));
  const summary = summarizeFleet(lines, performance.now() - started);
  write(summary);
  if (file) {
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    options.io.out(summaryText(summary));
  }
  return 0;
}

async function runJobs(jobs: { machine: string; path: string }[], options: FleetOptions, onLine: (line: MachineLine) => void): Promise<MachineLine[]> {
  const lines: MachineLine[] = [];
  if (!jobs.length) return lines;
  const pool = new WorkerPool(Math.min(options.jobs ?? availableParallelism(), jobs.length), { knowledge: knowledgeToJSON(options.knowledge) });
  try {
    await Promise.all(
      jobs.map(async (job) => {
        const line = await pool.run<MachineLine>({ type: 'machine', ...job }).catch((error: Error) => failedMachine(job.machine, `${job.path}: ${error.message}`));
        lines.push(line);
        onLine(line);
      }),
    );
  } finally {
    await pool.close();
  }
  return lines;
}
