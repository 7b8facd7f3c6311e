/**
 * Could the analyzer's token layer leave V8's regexes? On each dense and sparse 50 MB log of
 * bench/analyzer-throughput.ts, three ways to find the tokens the line layer looks for (codes
 * `0x` + 8 hex digits, keyword forms, trigger words, marker words), each from the file:
 *   bare:   read, decode, the bare `0x[0-9A-Fa-f]{8}` regex (the baseline of the throughput benchmark)
 *   regex:  read, decode, the same literals as one V8 regex, every start position
 *   simd:   read into WebAssembly memory, a SIMD multi-literal scan of the bytes (support/token-scan.wat)
 * The simd and regex hits are checked to be the same positions. Medians of RUNS, CPU time.
 * This measures a building block, not the analyzer: see docs/analyzer-speed.md.
 * Usage: npx tsx bench/token-scan.ts [runs] [--no-markers]   (WABT is installed into bench/.deps on first use)
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { benchLog } from './support/bench-logs.ts';
import { isLetter, tokenScanner, type Literal } from './support/token-scanner.ts';
import { tokenTable } from './support/token-table.ts';
import { cpuMsOf, median } from './support/cpu-time.ts';
import { cbs } from '../src/analyzer/formats/cbs.ts';
import { windowsUpdate } from '../src/analyzer/formats/windowsupdate.ts';

/** `--no-markers`: without the marker words, to see how the cost grows with the literals. */
const NO_MARKERS = process.argv.includes('--no-markers');
/** The literals the line layer of CBS.log and of WindowsUpdate.log starts from (support/token-table.ts), each once. */
const LITERALS: Literal[] = [];
for (const format of [cbs, windowsUpdate]) {
  const { literals, roles } = tokenTable(format);
  literals.forEach((literal, i) => {
    const { marker, ...starts } = roles[i];
    if (NO_MARKERS && marker && !Object.keys(starts).length) return;
    if (!LITERALS.some((l) => JSON.stringify(l) === JSON.stringify(literal))) LITERALS.push(literal);
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const caseless = (s: string) => [...s].map((c) => (isLetter(c.charCodeAt(0)) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c))).join('');
/** The same literals as one regex (case spelled out in classes: the `i` flag makes V8 slower). */
const LITERAL_REGEX = new RegExp(
  LITERALS.map(({ text, fold, hex8, third }) => (fold ? caseless(text) : escape(text)) + (hex8 ? '(?=[0-9a-fA-F]{8})' : third ? `(?=[${escape(third)}])` : '')).join('|'),
  'g',
);

/**
 * Each 1 MiB chunk decoded on its own with the next 32 bytes, as the simd scan reads it: a match
 * counts when it starts before `length` (the logs are ASCII, so characters are bytes).
 */
function eachText(file: string, use: (text: string, length: number) => void): void {
  const fd = openSync(file, 'r');
  const CHUNK = 1 << 20;
  const chunk = Buffer.allocUnsafe(CHUNK + 32);
  const decoder = new TextDecoder();
  let got: number, offset = 0;
  while ((got = readSync(fd, chunk, 0, chunk.length, offset)) > 0) {
    use(decoder.decode(chunk.subarray(0, got)), Math.min(got, CHUNK));
    offset += CHUNK;
    if (got <= CHUNK) break;
  }
  closeSync(fd);
}

function bare(file: string): number {
  let n = 0;
  eachText(file, (text, length) => {
    for (const m of text.matchAll(/0x[0-9A-Fa-f]{8}/g)) if (m.index < length) n++;
  });
  return n;
}

/** Every position where a literal starts (one search per start position, as the simd scan reports). */
function regexPositions(file: string): number {
  let n = 0;
  eachText(file, (text, length) => {
    LITERAL_REGEX.lastIndex = 0;
    for (let m = LITERAL_REGEX.exec(text); m && m.index < length; m = LITERAL_REGEX.exec(text)) {
      n++;
      LITERAL_REGEX.lastIndex = m.index + 1;
    }
  });
  return n;
}


const RUNS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
const simd = await tokenScanner(LITERALS);
const simdPositions = (file: string) => {
  let n = 0;
  simd.scanFile(file, (_, pairs) => {
    for (let k = 0; k < pairs.length; k += 2) if (k === 0 || pairs[k] !== pairs[k - 2]) n++;
  });
  return n;
};
console.log(`${LITERALS.length} literals; medians of ${RUNS} runs, CPU time, ratios against the bare regex of the same run`);
for (const [kind, input] of [['cbs', 'sparse'], ['cbs', 'dense'], ['windowsupdate', 'sparse'], ['windowsupdate', 'dense']] as const) {
  const name = `${kind}-${input}`;
  const file = await benchLog(kind, input, 50);
  const [fromSimd, fromRegex] = [simdPositions(file), regexPositions(file)];
  if (fromSimd !== fromRegex) throw new Error(`${name}: simd found literals at ${fromSimd} positions, the regex at ${fromRegex}`);
  const modes = { bare, regex: regexPositions, simd: (f: string) => simd.scanFile(f) };
  const times: Record<string, number[]> = { bare: [], regex: [], simd: [] };
  for (let r = 0; r < RUNS; r++) for (const [mode, run] of Object.entries(modes)) times[mode].push(cpuMsOf(() => run(file)));
  const base = median(times.bare);
  const cell = (mode: string) => `${mode} ${median(times[mode]).toFixed(0).padStart(4)} ms (${(median(times[mode]) / base).toFixed(2)}×)`;
  console.log(`${name.padEnd(21)} ${cell('bare')}  ${cell('regex')}  ${cell('simd')}  literal positions ${fromSimd}`);
}
