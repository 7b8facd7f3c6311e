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
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDependency } from './support/bench-deps.ts';
import { cbs } from '../src/analyzer/formats/cbs.ts';
import { windowsUpdate } from '../src/analyzer/formats/windowsupdate.ts';

/** `third`: the bytes that may follow a two-byte literal (its fingerprint's third byte) */
interface Literal { text: string; fold?: boolean; hex8?: boolean; third?: string }
const HEX = '0123456789abcdefABCDEF';
/** `--no-markers`: without the marker words, to see how the cost grows with the literals. */
const NO_MARKERS = process.argv.includes('--no-markers');
const MARKER_WORDS = [...new Set([...cbs.markers!.words, ...windowsUpdate.markers!.words])].filter((w) => w.length >= 3 && !/^0x/i.test(w));
/** What the line filter, the code and keyword-form regexes and the marker words start with (codes.ts, triggers.ts, the formats). */
const LITERALS: Literal[] = [
  { text: '0x', fold: true, hex8: true, third: HEX },
  // `kb` and `hr` as their three-byte forms: a fingerprint is three bytes, and only `0x` has its digits verified.
  ...[...'0123456789 '].map((c) => ({ text: 'kb' + c, fold: true })),
  ...[...' =:'].map((c) => ({ text: 'hr' + c, fold: true })),
  ...['*failed*', 'result', 'hresult', 'errorcode', 'exit code', 'error:', 'ntstatus', 'with ['].map((text) => ({ text, fold: true })),
  ...['Package_', 'WSUS', 'Server URL', 'WUServer', 'Managed server', 'OS Version=', 'OS Build', ', Error '].map((text) => ({ text })),
  ...['DPX phase', 'cabinet', 'Executing command line', 'processed the command line', 'CBS called', '* START *', '* END *', 'Completed install'].map((text) => ({ text })),
  ...(NO_MARKERS ? [] : MARKER_WORDS.map((text) => ({ text }))),
];

/** The part of WABT's API used here: WebAssembly text to binary. */
interface Wabt {
  parseWat(name: string, source: string, features: { simd: boolean }): { toBinary(options: object): { buffer: Uint8Array<ArrayBuffer> } };
}

const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

async function simdScanner(literals: Literal[]) {
  const wabt = await (await benchDependency<{ default: () => Promise<Wabt> }>('wabt', '1.0.39')).default();
  const source = readFileSync(new URL('./support/token-scan.wat', import.meta.url), 'utf8');
  const { buffer } = wabt.parseWat('token-scan.wat', source, { simd: true }).toBinary({});
  const instance = new WebAssembly.Instance(new WebAssembly.Module(buffer));
  const memory = instance.exports.memory as WebAssembly.Memory;
  const scan = instance.exports.scan as (at: number, length: number, out: number) => number;
  const bytes = new Uint8Array(memory.buffer);
  const view = new DataView(memory.buffer);
  if (literals.length > 120) throw new Error('at most 120 literals');
  // Literals in sorted order share buckets with their neighbours: fewer false fingerprints.
  const order = literals.map((_, id) => id).sort((a, b) => literals[a].text.localeCompare(literals[b].text));
  let at = 4096;
  order.forEach((id, rank) => {
    const { text, fold, hex8, third } = literals[id];
    const bucket = Math.floor((rank * 8) / literals.length);
    const list = 2048 + bucket * 16;
    if (bytes[list] >= 15) throw new Error('too many literals in a bucket');
    bytes[list + 1 + bytes[list]++] = id;
    const raw = Buffer.from(text, 'latin1');
    const folded = raw.map((c) => (fold && isLetter(c) ? c | 32 : c));
    let word = 0, mask = 0, foldMask = 0;
    for (let k = 0; k < Math.min(4, raw.length); k++) {
      word |= folded[k] << (8 * k);
      mask |= 0xff << (8 * k);
      if (fold && isLetter(raw[k])) foldMask |= 32 << (8 * k);
    }
    const d = 1024 + id * 16;
    view.setUint32(d, at, true);
    view.setUint32(d + 4, raw.length, true);
    view.setUint32(d + 8, mask >>> 0, true);
    view.setUint32(d + 12, (hex8 ? 1 : 0) | (fold ? 2 : 0), true);
    view.setUint32(3072 + id * 4, word >>> 0, true);
    view.setUint32(3584 + id * 4, foldMask >>> 0, true);
    bytes.set(folded, at);
    bytes.set(raw.map((c) => (fold && isLetter(c) ? 32 : 0)), at + raw.length);
    at += 2 * raw.length;
    const sets = [[raw[0]], [raw[1]], raw.length > 2 ? [raw[2]] : [...Buffer.from(third!, 'latin1')]];
    sets.forEach((set, k) => {
      for (const c of set) for (const v of fold && isLetter(c) ? [c & ~32, c | 32] : [c]) {
        bytes[k * 32 + (v & 15)] |= 1 << bucket;
        bytes[k * 32 + 16 + (v >> 4)] |= 1 << bucket;
      }
    });
  });
  const IN = 1 << 20, CHUNK = 1 << 20, OUT = IN + CHUNK + 64; // the zero bytes after a chunk stay zero
  return (file: string, onHits?: (offset: number, pairs: Uint32Array) => void): number => {
    const fd = openSync(file, 'r');
    let hits = 0, got: number, offset = 0;
    const input = new Uint8Array(memory.buffer, IN, CHUNK);
    while ((got = readSync(fd, input, 0, CHUNK, null)) > 0) {
      bytes.fill(0, IN + got, IN + got + 32);
      const n = scan(IN, got, OUT);
      onHits?.(offset, new Uint32Array(memory.buffer, OUT, n * 2));
      hits += n;
      offset += got;
    }
    closeSync(fd);
    return hits;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const caseless = (s: string) => [...s].map((c) => (isLetter(c.charCodeAt(0)) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c))).join('');
/** The same literals as one regex (case spelled out in classes: the `i` flag makes V8 slower). */
const LITERAL_REGEX = new RegExp(
  LITERALS.map(({ text, fold, hex8, third }) => (fold ? caseless(text) : escape(text)) + (hex8 ? '(?=[0-9a-fA-F]{8})' : third ? `(?=[${escape(third)}])` : '')).join('|'),
  'g',
);

/** Each 1 MiB chunk decoded on its own, as the simd scan reads each on its own. */
function eachText(file: string, use: (text: string) => void): void {
  const fd = openSync(file, 'r');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const decoder = new TextDecoder();
  let got: number;
  while ((got = readSync(fd, chunk, 0, chunk.length, null)) > 0) use(decoder.decode(chunk.subarray(0, got)));
  closeSync(fd);
}

function bare(file: string): number {
  let n = 0;
  eachText(file, (text) => {
    for (const _ of text.matchAll(/0x[0-9A-Fa-f]{8}/g)) n++;
  });
  return n;
}

/** Every position where a literal starts (one search per start position, as the simd scan reports). */
function regexPositions(file: string): number {
  let n = 0;
  eachText(file, (text) => {
    LITERAL_REGEX.lastIndex = 0;
    for (let m = LITERAL_REGEX.exec(text); m; m = LITERAL_REGEX.exec(text)) {
      n++;
      LITERAL_REGEX.lastIndex = m.index + 1;
    }
  });
  return n;
}

const cpu = (run: () => number): { ms: number; result: number } => {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

const RUNS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
const simd = await simdScanner(LITERALS);
const simdPositions = (file: string) => {
  let n = 0;
  simd(file, (_, pairs) => {
    for (let k = 0; k < pairs.length; k += 2) if (k === 0 || pairs[k] !== pairs[k - 2]) n++;
  });
  return n;
};
const dir = join(tmpdir(), 'update-triage-bench');
console.log(`${LITERALS.length} literals; medians of ${RUNS} runs, CPU time, ratios against the bare regex of the same run`);
for (const name of ['cbs-sparse', 'cbs-dense', 'windowsupdate-sparse', 'windowsupdate-dense']) {
  const file = join(dir, `${name}-50MB.log`);
  if (!existsSync(file)) {
    console.log(`${name}: ${file} is missing (run bench/analyzer-throughput.ts 50 first)`);
    continue;
  }
  const [fromSimd, fromRegex] = [simdPositions(file), regexPositions(file)];
  if (fromSimd !== fromRegex) throw new Error(`${name}: simd found literals at ${fromSimd} positions, the regex at ${fromRegex}`);
  const modes = { bare, regex: regexPositions, simd: (f: string) => simd(f) };
  const times: Record<string, number[]> = { bare: [], regex: [], simd: [] };
  for (let r = 0; r < RUNS; r++) for (const [mode, run] of Object.entries(modes)) times[mode].push(cpu(() => run(file)).ms);
  const base = median(times.bare);
  const cell = (mode: string) => `${mode} ${median(times[mode]).toFixed(0).padStart(4)} ms (${(median(times[mode]) / base).toFixed(2)}×)`;
  console.log(`${name.padEnd(21)} ${cell('bare')}  ${cell('regex')}  ${cell('simd')}  literal positions ${fromSimd}`);
}
