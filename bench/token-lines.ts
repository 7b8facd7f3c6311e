/**
 * Could a token stream replace the line layer's regexes? For each line of the 50 MB logs of
 * bench/analyzer-throughput.ts that the analyzer reads, two ways to get what the line layer
 * gives the parsers (which lines are read, their codes, their marker words):
 *   regex:  as the analyzer does: decode, the format's line filter over each chunk (LineReader),
 *           then extractCodes and Markers.scan on each line read
 *   tokens: the SIMD scan of the bytes (support/token-scanner.ts), then, only where a token starts,
 *           the line filter, the `0x` form and the keyword forms matched in place (sticky), and
 *           the marker bits taken from the marker-word tokens
 * The two are checked equal line by line, then timed (CPU, medians of RUNS) against the bare regex
 * scan. The logs must be ASCII (a token's byte offset is then its character offset).
 * Usage: npx tsx bench/token-lines.ts [runs]
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { benchLog } from './support/bench-logs.ts';
import { tokenScanner } from './support/token-scanner.ts';
import { tokenTable, type Role } from './support/token-table.ts';
import { cpuMsOf, median } from './support/cpu-time.ts';
import { CODE_FORM_SOURCES, extractCodes, hexHit, keywordHit, type CodeHit } from '../src/analyzer/extract/codes.ts';
import { lineFilter } from '../src/analyzer/scan/triggers.ts';
import { LineReader } from '../src/input/index.ts';
import { cbs } from '../src/analyzer/formats/cbs.ts';
import { windowsUpdate } from '../src/analyzer/formats/windowsupdate.ts';
import type { LogFormat } from '../src/analyzer/formats/types.ts';

interface LineOut { no: number; codes: CodeHit[]; marks: number }

/** The analyzer's way: the filter over each decoded chunk, then the code and marker regexes on each line read. */
function byRegex(file: string, format: LogFormat, keep?: LineOut[]): number {
  const markers = format.markers!;
  let lines = 0;
  const reader = new LineReader((line, no, hitAt) => {
    const codes = extractCodes(line, false, hitAt);
    const marks = markers.scan(line);
    lines++;
    keep?.push({ no, codes, marks });
  }, lineFilter(format.trigger!, [], format.triggerApart));
  const fd = openSync(file, 'r');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const decoder = new TextDecoder();
  let got: number;
  while ((got = readSync(fd, chunk, 0, chunk.length, null)) > 0) reader.push(decoder.decode(chunk.subarray(0, got), { stream: true }));
  closeSync(fd);
  reader.end();
  return lines;
}

type Scanner = Awaited<ReturnType<typeof tokenScanner>>;

/** The token way: where each token starts, the filter, code form or keyword form is matched in place. */
function byTokens(file: string, format: LogFormat, scanner: Scanner, roles: Role[], keep?: LineOut[]): number {
  // roles as numbers in typed arrays: the loop below runs once per token, about 2.4 per line on dense CBS.log
  const kinds = Uint8Array.from(roles, (r) => (r.filter ? 1 : 0) | (r.hex ? 2 : r.keyword ? 4 : 0));
  const markerBits = Int32Array.from(roles, (r) => r.marker ?? 0);
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const filters = [lineFilter(format.trigger!, [], format.triggerApart)].flat().map((f) => new RegExp(f.source, 'my'));
  const hexForm = new RegExp(CODE_FORM_SOURCES.hex, 'iy');
  const keywordForm = new RegExp(CODE_FORM_SOURCES.keyword, 'iy');
  let lines = 0, lineNo = 1, counted = 0;
  let start = -1, stop = -1, hitAt = -1, marks = 0;
  /** the line's code tokens: offset, then 2 (`0x`) or 4 (keyword); emptied, not replaced, per line */
  const codeTokens: number[] = [];
  const flush = () => {
    if (hitAt < 0) return;
    // line number: the line ends from the last one counted up to this line's start
    for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) lineNo++;
    counted = start;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    const line = text.slice(start, end);
    const hits: CodeHit[] = [];
    let keywordsFrom = 0;
    for (let k = 0; k < codeTokens.length; k += 2) {
      const at = codeTokens[k] - start;
      if (at >= line.length) continue;
      if (codeTokens[k + 1] === 2) {
        if (at < hitAt) continue;
        hexForm.lastIndex = at;
        const m = hexForm.exec(line);
        const hit = m && hexHit(line, m, false);
        if (hit) hits.push(hit);
      }
    }
    const tokensFound = hits.length;
    for (let k = 0; k < codeTokens.length; k += 2) {
      const at = codeTokens[k] - start;
      if (codeTokens[k + 1] !== 4 || at < keywordsFrom || at >= line.length) continue;
      keywordForm.lastIndex = at;
      const m = keywordForm.exec(line);
      if (!m) continue;
      keywordsFrom = at + Math.max(1, m[0].length);
      const hit = keywordHit(m);
      if (hit) hits.push(hit);
    }
    if (tokensFound && hits.length > tokensFound) hits.sort((a, b) => a.index - b.index);
    lines++;
    keep?.push({ no: lineNo, codes: hits, marks });
  };
  scanner.scanBytes(bytes, (offset, pairs, base) => {
    for (let k = 0; k < pairs.length; k += 2) {
      const pos = offset + pairs[k] - base;
      if (pos >= stop) {
        flush();
        start = text.lastIndexOf('\n', pos - 1) + 1;
        stop = text.indexOf('\n', pos);
        if (stop < 0) stop = text.length;
        hitAt = -1;
        marks = 0;
        codeTokens.length = 0;
      }
      const id = pairs[k + 1];
      const kind = kinds[id];
      marks |= markerBits[id];
      if (kind & 1 && hitAt < 0) {
        for (const filter of filters) {
          filter.lastIndex = pos;
          if (filter.test(text)) {
            hitAt = pos - start;
            break;
          }
        }
      }
      if (kind & 6) codeTokens.push(pos, kind & 6);
    }
  });
  flush();
  return lines;
}

function bare(file: string): number {
  let n = 0;
  const text = new TextDecoder().decode(readFileSync(file));
  for (const _ of text.matchAll(/0x[0-9A-Fa-f]{8}/g)) n++;
  return n;
}

const RUNS = Number(process.argv[2] ?? 5);

console.log(`medians of ${RUNS} runs, CPU time, ratios against the bare regex scan of the same run`);
for (const [kind, format] of [['cbs', cbs], ['windowsupdate', windowsUpdate]] as const) {
  const { literals, roles } = tokenTable(format);
  const scanner = await tokenScanner(literals);
  for (const input of ['sparse', 'dense'] as const) {
    const file = await benchLog(kind, input, 50);
    if (readFileSync(file).some((b) => b > 127)) throw new Error(`${file}: not ASCII`);
    const [a, b]: LineOut[][] = [[], []];
    byRegex(file, format, a);
    byTokens(file, format, scanner, roles, b);
    const differ = a.findIndex((line, i) => JSON.stringify(line) !== JSON.stringify(b[i]));
    if (differ >= 0 || a.length !== b.length) throw new Error(`${kind} ${input}: line ${a[differ]?.no ?? a.length} differs: ${JSON.stringify(a[differ])} / ${JSON.stringify(b[differ])}`);
    const times = { bare: [] as number[], regex: [] as number[], tokens: [] as number[] };
    for (let r = 0; r < RUNS; r++) {
      times.bare.push(cpuMsOf(() => bare(file)));
      times.regex.push(cpuMsOf(() => byRegex(file, format)));
      times.tokens.push(cpuMsOf(() => byTokens(file, format, scanner, roles)));
    }
    const base = median(times.bare);
    const cell = (mode: keyof typeof times) => `${mode} ${median(times[mode]).toFixed(0).padStart(4)} ms (${(median(times[mode]) / base).toFixed(2)}×)`;
    // the two ways paired run by run: the machine's swings hit both alike
    const paired = median(times.tokens.map((t, r) => t / times.regex[r]));
    console.log(`${`${kind}, ${input}`.padEnd(22)} ${cell('bare')}  ${cell('regex')}  ${cell('tokens')}  tokens/regex ${paired.toFixed(2)}  ${a.length} lines read, the same`);
  }
}
