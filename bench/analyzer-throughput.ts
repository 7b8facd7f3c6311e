/**
 * Throughput and memory of the analyzer on 200 MB logs, against two baselines measured in
 * the same run on the same files:
 *   grep:  LC_ALL=C grep -oE '0x[0-9A-Fa-f]{8}' FILE | LC_ALL=C sort | uniq -c  (byte locale: the fair, fast setting)
 *   regex: a bare code-counting regex over the decoded text in Node (the ceiling for JS)
 * and the analyzer's own floor: reading, decoding and the line filter, without any parsing.
 * Both read the file the way the CLI does (scripts/cli/analyze-inputs.ts).
 * Each measurement runs in a fresh process, so peak RSS is its own.
 * Usage: npx tsx bench/analyzer-throughput.ts [MB]
 */
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLog, type Kind } from './analyzer-logs.ts';
import { fileInput, readFileChunks } from '../scripts/cli/analyze-inputs.ts';

const SELF = fileURLToPath(import.meta.url);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function child(mode: string, file: string): Promise<void> {
  let result: unknown;
  if (mode === 'regex') {
    const counts = new Map<string, number>();
    const decoder = new TextDecoder();
    const cpu = process.cpuUsage();
    const start = performance.now();
    let rest = '';
    for await (const chunk of readFileChunks(file)) {
      const text = rest + decoder.decode(chunk, { stream: true });
      const cut = text.lastIndexOf('\n') + 1;
      for (const m of text.slice(0, cut).matchAll(/0x[0-9A-Fa-f]{8}/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      rest = text.slice(cut);
    }
    result = { ms: performance.now() - start, cpuMs: cpuMs(cpu), distinct: counts.size };
  } else if (mode === 'filter') {
    // The analyzer's floor: read, decode, scan with the line filter and split out the lines it
    // hits, as the analysis does before any parsing (the format's trigger, no rule patterns).
    const { LineReader } = await import('../src/input/line-reader.ts');
    const { GENERIC_TRIGGER, triggerRegex } = await import('../src/analyzer/scan/triggers.ts');
    const { detectFormat } = await import('../src/analyzer/formats/detect.ts');
    const chunks = readFileChunks(file);
    const head = new TextDecoder().decode((await chunks.next()).value ?? new Uint8Array());
    await chunks.return(undefined);
    const { format } = detectFormat(head.split(/\r?\n/, 400));
    let lines = 0;
    const reader = new LineReader(() => void lines++, triggerRegex([GENERIC_TRIGGER, format.trigger ?? '']));
    const decoder = new TextDecoder();
    const cpu = process.cpuUsage();
    const start = performance.now();
    for await (const chunk of readFileChunks(file)) reader.push(decoder.decode(chunk, { stream: true }));
    reader.end();
    result = { ms: performance.now() - start, cpuMs: cpuMs(cpu), lines };
  } else {
    // The knowledge as the browser worker gets it: the JSON form, without the catalog's pages.
    const { analyze, knowledgeFromJSON } = await import('../src/analyzer/index.ts');
    const knowledge = knowledgeFromJSON(readFileSync(process.argv[5], 'utf8'));
    const size = statSync(file).size;
    const rssBeforeMB = process.memoryUsage().rss / 1024 / 1024;
    const cpu = process.cpuUsage();
    const start = performance.now();
    const report = await analyze([fileInput(file, file, size)], knowledge);
    result = { ms: performance.now() - start, cpuMs: cpuMs(cpu), rssBeforeMB, failed: report.attempts.filter((a) => a.status === 'failed').length + report.servicing.length, codes: report.codes.length };
  }
  process.stdout.write(JSON.stringify({ ...(result as object), maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

/** Runs are repeated and the fastest kept: other work on the machine only ever slows a run down. */
const RUNS = 3;

interface Measure {
  ms: number;
  /** CPU time: steadier than wall time when the machine is busy */
  cpuMs: number;
  maxRssMB: number;
  rssBeforeMB?: number;
}

function measure(mode: string, file: string, knowledgeFile: string): Measure {
  let best: Measure | undefined;
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, [...process.execArgv, SELF, '--child', mode, file, knowledgeFile], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout);
    if (!best || result.cpuMs < best.cpuMs) best = { ...result, maxRssMB: Math.max(result.maxRssMB, best?.maxRssMB ?? 0) };
  }
  return best!;
}

/** Wall and CPU time (user + system of grep, sort and uniq together) of the pipeline, best of RUNS. */
function grep(file: string): { ms: number; cpuMs: number } {
  let best = { ms: Infinity, cpuMs: Infinity };
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const out = execSync(`TIMEFORMAT='%U %S'; time (grep -oE '0x[0-9A-Fa-f]{8}' '${file}' | sort | uniq -c > /dev/null) 2>&1`, { shell: '/bin/bash', encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    const ms = performance.now() - start;
    const [user, sys] = out.trim().split(/\s+/).slice(-2).map(Number);
    const cpuMs = (user + sys) * 1000;
    if (cpuMs < best.cpuMs) best = { ms, cpuMs };
  }
  return best;
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 200);
  const dir = join(tmpdir(), 'update-triage-bench');
  mkdirSync(dir, { recursive: true });
  const { knowledgeFromCatalog, knowledgeToJSON } = await import('../src/analyzer/index.ts');
  const { loadCatalog } = await import('../scripts/lib/load-catalog.ts');
  const knowledgeFile = join(dir, 'knowledge.json');
  writeFileSync(knowledgeFile, knowledgeToJSON(knowledgeFromCatalog(await loadCatalog())));
  for (const kind of ['cbs', 'windowsupdate'] as Kind[]) {
    const file = join(dir, `${kind}-${mb}MB.log`);
    if (!existsSync(file)) await writeLog(file, kind, mb * 1024 * 1024);
    const size = statSync(file).size / 1024 / 1024;
    const g = grep(file);
    const regex = measure('regex', file, knowledgeFile);
    const filter = measure('filter', file, knowledgeFile);
    const full = measure('analyze', file, knowledgeFile);
    const rate = (ms: number) => `${(size / (ms / 1000)).toFixed(0).padStart(4)} MB/s`;
    const row = (name: string, m: { ms: number; cpuMs: number }) =>
      `  ${name.padEnd(24)} wall ${m.ms.toFixed(0).padStart(6)} ms ${rate(m.ms)}   cpu ${m.cpuMs.toFixed(0).padStart(6)} ms ${rate(m.cpuMs)}`;
    console.log(`\n${kind}: ${size.toFixed(0)} MB`);
    console.log(row('LC_ALL=C grep | sort | uniq -c', g));
    console.log(row('bare regex in Node', regex) + `   peak RSS ${regex.maxRssMB.toFixed(0)} MB`);
    console.log(row('read + line filter only', filter) + '   (no parsing: the floor of the analysis)');
    console.log(row('full analysis', full) + `   peak RSS ${full.maxRssMB.toFixed(0)} MB (${full.rssBeforeMB!.toFixed(0)} MB before reading)`);
    console.log(`  ratios (cpu): bare regex ${(g.cpuMs / regex.cpuMs).toFixed(1)}× faster than grep; full analysis ${(g.cpuMs / full.cpuMs).toFixed(1)}× faster than grep, ${(full.cpuMs / regex.cpuMs).toFixed(2)}× the bare regex time`);
    console.log(`  ratios (wall): bare regex ${(g.ms / regex.ms).toFixed(1)}× grep; full analysis ${(g.ms / full.ms).toFixed(1)}× grep`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();
