/**
 * Start-up of the CLI as users run it (the `update-triage` bin, compiled on install), against
 * `node -e 0` measured in the same run, interleaved so that both see the same machine load:
 *   lookup 0x80070570            target ≤ 3× node's start, ≤ 80 MB peak RSS
 *   analyze <the case's logs>    target ≤ 4× node's start
 * and, for reference, lookup run from the TypeScript sources through tsx, as the CLI ran before it was compiled.
 * Peak RSS is the child's own, read at its exit (a preload prints process.resourceUsage().maxRSS).
 * Usage: npx tsx bench/cli-start.ts [RUNS]   (needs the compiled CLI and data: npm install or npm run build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_DIR } from '../scripts/build-cli.ts';
import { LOOKUP_FILE, KNOWLEDGE_FILE } from '../scripts/lib/catalog-files.ts';

const RUNS = Number(process.argv[2] ?? 15);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const BIN = here('../scripts/bin/update-triage.mjs');
const CASE = here('../test/fixtures/logs/case/');

for (const file of [join(CLI_DIR, 'update-triage.js'), LOOKUP_FILE, KNOWLEDGE_FILE]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm install (or npm run build) first`);
    process.exit(1);
  }
}

const preload = join(mkdtempSync(join(tmpdir(), 'cli-start-')), 'max-rss.cjs');
writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nmaxrss-kb=' + process.resourceUsage().maxRSS + '\\n'));\n");

interface Sample { ms: number; rssMb: number }
const CASES: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'update-triage lookup 0x80070570': [BIN, 'lookup', '0x80070570'],
  'update-triage analyze case logs': [BIN, 'analyze', join(CASE, 'WindowsUpdate.log'), join(CASE, 'CBS.log')],
};

function once(args: string[]): Sample {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['-r', preload, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  const ms = performance.now() - start;
  const kb = Number(/maxrss-kb=(\d+)/.exec(run.stderr)?.[1]);
  if (run.status !== 0 || !kb) throw new Error(`${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return { ms, rssMb: kb / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = new Map<string, Sample[]>(Object.keys(CASES).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(CASES)) samples.get(name)!.push(once(args));

// the CLI before: TypeScript compiled at every run by tsx (few runs: it is slow)
const fromSources = `import('${here('../scripts/cli.ts')}').then(async (m) => { process.exitCode = await m.main(['lookup', '0x80070570']); })`;
const tsx = Array.from({ length: 3 }, () => once(['--import', 'tsx', '-e', fromSources]));

const node = median(samples.get('node -e 0')!.map((s) => s.ms));
const row = (name: string, list: Sample[], note?: string) => {
  const ms = median(list.map((s) => s.ms));
  const rss = median(list.map((s) => s.rssMb));
  return `${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / node).toFixed(2).padStart(5)}× node  ${rss.toFixed(1).padStart(6)} MB peak RSS${note ? `   (${note})` : ''}`;
};
console.log(`CLI start-up, median of ${RUNS} runs each (interleaved), Node ${process.version}`);
console.log(row('node -e 0', samples.get('node -e 0')!));
console.log(row('update-triage lookup 0x80070570', samples.get('update-triage lookup 0x80070570')!, 'target ≤ 3× node, ≤ 80 MB'));
console.log(row('update-triage analyze case logs', samples.get('update-triage analyze case logs')!, 'target ≤ 4× node'));
console.log(row('lookup from TypeScript sources (tsx)', tsx, 'for reference: no compiled CLI, 3 runs'));
