/**
 * The token scan alone (token-scan.wat), on the 50 MB logs of bench/analyzer-throughput.ts, with
 * the literals the analysis searches (its triggers, its rules' content patterns, its marker words):
 * what its blocks cost, and what the lanes that pass the fingerprint cost on top. Each row:
 *   bare:      the bare regex scan of the same text (the baseline; decoding left out of all)
 *   fill:      the text put in the scanner's memory (setText), nothing scanned
 *   blocks:    fill, and a scan with no literal searched: every block's fingerprint, no lane passes
 *   ends:      the same with line ends reported: each `\n` is a lane and a hit
 *   scan:      fill, and the scan as the line layer runs it: every literal, line ends reported
 * then, per MB, the lanes that pass the fingerprint (counted over the scanner's own tables), the
 * literals' hits among them, and the line ends. CPU time, medians of RUNS.
 * Usage: npx tsx bench/token-scan.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { BENCH_DIR, benchLog, type BenchInput } from './support/bench-logs.ts';
import type { Kind } from './analyzer-logs.ts';
import { cpuMsOf, median } from './support/cpu-time.ts';
import { loadCatalog } from '../scripts/lib/load-catalog.ts';
import { knowledgeFromCatalog } from '../src/analyzer/index.ts';
import { cbs } from '../src/analyzer/formats/cbs.ts';
import { windowsUpdate } from '../src/analyzer/formats/windowsupdate.ts';
import type { LogFormat } from '../src/analyzer/formats/types.ts';
import { analysisTokenTable } from './support/analysis-token-table.ts';
import { LINE_END, TokenScanner } from '../src/analyzer/scan/tokens/token-scanner.ts';

/** The analyzer hands the scan its text in chunks of this size (read-chunks.ts). */
const CHUNK = 1 << 16;
const RUNS = Number(process.argv[2] ?? 7);

/** The chunks' scans, as `lineEnds` asks; returns the literals' hits and the line ends. */
function scanAll(scanner: TokenScanner, chunks: readonly string[], lineEnds: boolean): { hits: number; ends: number } {
  let hits = 0, ends = 0;
  for (const chunk of chunks) {
    scanner.setText(chunk);
    for (let n = scanner.next(lineEnds); n >= 0; n = scanner.next(lineEnds)) {
      for (let k = 0; k < n; k++) if (scanner.pairs[2 * k + 1] === LINE_END) ends++;
      hits += n;
    }
  }
  return { hits: hits - ends, ends };
}

/** Positions of the chunks' bytes that pass the scan's fingerprint, read from its memory (token-scan.wat: nibble tables at 0). */
function passingLanes(scanner: TokenScanner, chunks: readonly string[]): number {
  let lanes = 0;
  for (const chunk of chunks) {
    scanner.setText(chunk);
    const bytes = scanner.text;
    const tables = new Uint8Array(bytes.buffer, 0, 96);
    for (let i = 0; i < bytes.length; i++) {
      let m = 0xff;
      for (let k = 0; k < 3 && m; k++) {
        const v = i + k < bytes.length ? bytes[i + k] : 0;
        m &= tables[32 * k + (v & 15)] & tables[32 * k + 16 + (v >> 4)];
      }
      if (m) lanes++;
    }
  }
  return lanes;
}

function bare(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/0x[0-9A-Fa-f]{8}/g)) n++;
  return n;
}

const knowledge = knowledgeFromCatalog(await loadCatalog());
console.log(`token scan alone (${BENCH_DIR}): CPU time, medians of ${RUNS} runs, ratios against the bare regex of the same run`);
const inputs: [Kind, LogFormat, BenchInput][] = [];
for (const [kind, format] of [['cbs', cbs], ['windowsupdate', windowsUpdate]] as const) {
  for (const input of ['sparse', 'dense'] as const) inputs.push([kind, format, input]);
}
inputs.push(['cbs', cbs, 'mixed']);
for (const [kind, format, input] of inputs) {
  const text = readFileSync(await benchLog(kind, input, 50), 'utf8');
  const chunks = Array.from({ length: Math.ceil(text.length / CHUNK) }, (_, i) => text.slice(i * CHUNK, (i + 1) * CHUNK));
  const { table } = analysisTokenTable(format, knowledge);
  const scanner = TokenScanner.create(table.literals)!;
  const all = table.literals.map(() => true), none = table.literals.map(() => false);
  const times: Record<'bare' | 'fill' | 'blocks' | 'ends' | 'scan', number[]> = { bare: [], fill: [], blocks: [], ends: [], scan: [] };
  for (let r = 0; r < RUNS; r++) {
    times.bare.push(cpuMsOf(() => bare(text)));
    times.fill.push(cpuMsOf(() => chunks.forEach((chunk) => scanner.setText(chunk))));
    scanner.searchOnly(none);
    times.blocks.push(cpuMsOf(() => scanAll(scanner, chunks, false)));
    times.ends.push(cpuMsOf(() => scanAll(scanner, chunks, true)));
    scanner.searchOnly(all);
    times.scan.push(cpuMsOf(() => scanAll(scanner, chunks, true)));
  }
  const { hits, ends } = scanAll(scanner, chunks, true);
  const mb = text.length / 2 ** 20;
  const base = median(times.bare);
  const cell = (mode: keyof typeof times) => `${mode} ${median(times[mode]).toFixed(1).padStart(5)} ms (${(median(times[mode]) / base).toFixed(2)}×)`;
  const perMB = (n: number) => `${(n / mb / 1000).toFixed(1)}k`;
  console.log(`${`${kind}, ${input}`.padEnd(20)} ${cell('bare')}  ${cell('fill')}  ${cell('blocks')}  ${cell('ends')}  ${cell('scan')}`);
  console.log(`${''.padEnd(20)} per MB: ${perMB(passingLanes(scanner, chunks))} lanes pass the fingerprint, ${perMB(hits)} literal hits, ${perMB(ends)} line ends; ${table.literals.length} literals`);
  scanner.release();
}
