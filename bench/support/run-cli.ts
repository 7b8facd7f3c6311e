/** The compiled CLI run as users run it, timed; medians of runs interleaved so each case sees the same load. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_DIR } from '../../scripts/build-cli.ts';
import { KNOWLEDGE_FILE } from '../../scripts/lib/catalog-files.ts';

const BIN = fileURLToPath(new URL('../../scripts/bin/update-triage.mjs', import.meta.url));

export function requireCompiledCli(): void {
  for (const file of [join(CLI_DIR, 'update-triage.js'), KNOWLEDGE_FILE]) {
    if (existsSync(file)) continue;
    console.error(`${file} is missing: run npm install (or npm run build) first`);
    process.exit(1);
  }
}

/** Milliseconds one `update-triage …` takes, start-up included; throws on a failed run. */
export function timeCli(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' }, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`update-triage ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return ms;
}

/** Each case once per round, `rounds` times; the median of each. */
export function medians(cases: Record<string, string[]>, rounds: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) for (const [name, args] of Object.entries(cases)) samples[name].push(timeCli(args));
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
