/**
 * The analyzer's two line layers on the 50 MB logs of bench/analyzer-throughput.ts, and on a
 * WindowsUpdate.log with Chinese on every third line (as a localized machine writes its update titles):
 *   regex:  the line filter's regexes over each decoded chunk (LineReader), then `extractCodes`
 *           and `Markers.scan` on each line read
 *   tokens: the SIMD token scan (TokenLineReader), the same regexes tried only where a token starts
 * Both must read the same lines with the same numbers, codes and marker bits (checked first),
 * then each is timed against the bare regex scan of the same text in the same run (CPU time,
 * medians of RUNS, the two ways paired run by run). Decoding is left out of all three.
 * Usage: npx tsx bench/line-layer.ts [runs]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, benchLog } from './support/bench-logs.ts';
import { cpuMsOf, median } from './support/cpu-time.ts';
import { extractCodes, type CodeHit } from '../src/analyzer/extract/codes.ts';
import { cbs } from '../src/analyzer/formats/cbs.ts';
import { windowsUpdate } from '../src/analyzer/formats/windowsupdate.ts';
import type { LogFormat } from '../src/analyzer/formats/types.ts';
import { GENERIC_TRIGGER, lineFilter } from '../src/analyzer/scan/triggers.ts';
import { TokenLineReader } from '../src/analyzer/scan/tokens/token-line-reader.ts';
import { tokenTable } from '../src/analyzer/scan/tokens/token-table.ts';
import { LineReader } from '../src/input/index.ts';

interface LineOut { no: number; codes: CodeHit[]; marks: number }

const CHUNK = 1 << 20;

/** The lines one way reads from the chunks of `text` (kept in `keep` when given); returns their count. */
function read(text: string, format: LogFormat, tokens: boolean, keep?: LineOut[]): number {
  let lines = 0;
  const markers = format.markers!;
  const byRegex = (line: string, no: number, hitAt: number) => {
    lines++;
    const codes = extractCodes(line, false, hitAt);
    const marks = markers.scan(line);
    keep?.push({ no, codes, marks });
  };
  const filter = lineFilter(format.trigger!, [], format.triggerApart);
  const reader = tokens
    ? new TokenLineReader(byRegex, (_, no, __, codes, marks) => (lines++, keep?.push({ no, codes, marks })), filter, tokenTable([GENERIC_TRIGGER, format.trigger!], [], markers)!)
    : new LineReader(byRegex, filter);
  for (let at = 0; at < text.length; at += CHUNK) reader.push(text.slice(at, at + CHUNK));
  reader.end();
  return lines;
}

function bare(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/0x[0-9A-Fa-f]{8}/g)) n++;
  return n;
}

/** A WindowsUpdate.log whose every third line carries Chinese, from the dense one. */
async function localized(): Promise<string> {
  const file = join(BENCH_DIR, 'windowsupdate-dense-zh-50MB.log');
  const lines = readFileSync(await benchLog('windowsupdate', 'dense', 50), 'utf8').split('\n');
  writeFileSync(file, lines.map((line, i) => (i % 3 ? line : line.replace(/(\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+)/, '$1更新代理 '))).join('\n'));
  return file;
}

const RUNS = Number(process.argv[2] ?? 5);
console.log(`medians of ${RUNS} runs, CPU time, ratios against the bare regex scan of the same run (decoding left out)`);
const inputs: [string, LogFormat, string][] = [];
for (const [kind, format] of [['cbs', cbs], ['windowsupdate', windowsUpdate]] as const) {
  for (const input of ['sparse', 'dense'] as const) inputs.push([`${kind}, ${input}`, format, await benchLog(kind, input, 50)]);
}
inputs.push(['windowsupdate, dense, zh', windowsUpdate, await localized()]);
for (const [name, format, file] of inputs) {
  const text = readFileSync(file, 'utf8');
  const [a, b]: LineOut[][] = [[], []];
  read(text, format, false, a);
  read(text, format, true, b);
  const differ = a.findIndex((line, i) => JSON.stringify(line) !== JSON.stringify(b[i]));
  if (differ >= 0 || a.length !== b.length) throw new Error(`${name}: line ${a[differ]?.no ?? a.length} differs: ${JSON.stringify(a[differ])} / ${JSON.stringify(b[differ])}`);
  const times = { bare: [] as number[], regex: [] as number[], tokens: [] as number[] };
  for (let r = 0; r < RUNS; r++) {
    times.bare.push(cpuMsOf(() => bare(text)));
    times.regex.push(cpuMsOf(() => read(text, format, false)));
    times.tokens.push(cpuMsOf(() => read(text, format, true)));
  }
  const base = median(times.bare);
  const cell = (mode: keyof typeof times) => `${mode} ${median(times[mode]).toFixed(0).padStart(4)} ms (${(median(times[mode]) / base).toFixed(2)}×)`;
  const paired = median(times.tokens.map((t, r) => t / times.regex[r]));
  console.log(`${name.padEnd(26)} ${cell('bare')}  ${cell('regex')}  ${cell('tokens')}  tokens/regex ${paired.toFixed(2)}  ${a.length} lines read, the same`);
}
