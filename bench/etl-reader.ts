/**
 * The .etl reader against the text it stands for, in the same run: a Windows Update trace of
 * about N MB (the real sample's buffers repeated, each copy's timestamps moved on so time runs
 * forward) is analyzed as it is, and the Get-WindowsUpdateLog text decoded from it is analyzed
 * as a text log. The ratio says what reading the trace itself costs over reading its text.
 * Also: the reader alone (decoding to lines, no analysis), and its peak heap on N and 4N MB.
 * Times are CPU milliseconds.
 * Usage: node --expose-gc --import tsx bench/etl-reader.ts [MB] [runs]  (without --expose-gc the heap
 * figures count garbage not yet collected)
 */
import { readFileSync } from 'node:fs';
import { analyze, emptyKnowledge, type AnalyzerInput } from '../src/analyzer/index.ts';
import { EtlReader } from '../src/input/index.ts';
import { repeatTrace } from './support/etl-traces.ts';

const MB = Number(process.argv[2] ?? 50);
const RUNS = Number(process.argv[3] ?? 3);
const SAMPLE = new Uint8Array(readFileSync('test/fixtures/binary/etl/WindowsUpdate.20251008.140245.443.8.etl'));

/** About `mb` MB of trace: the header, then the sample's events again and again, 15 minutes apart. */
const makeTrace = (mb: number) => repeatTrace(SAMPLE, Math.ceil((mb * 1e6) / (SAMPLE.length - 4096)));

const input = (name: string, bytes: Uint8Array): AnalyzerInput => ({
  name,
  size: bytes.length,
  async *stream() {
    for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
  },
});

function decodeOnly(trace: Uint8Array): { lines: string[]; notes: string[] } {
  const lines: string[] = [];
  let notes: string[] = [];
  const reader = new EtlReader({ line: (l) => lines.push(l), end: (n) => (notes = n) });
  for (let i = 0; i < trace.length; i += 65536) reader.push(trace.subarray(i, i + 65536));
  reader.end();
  return { lines, notes };
}

/** Least CPU time (user + system) of RUNS runs: the machine may be shared, CPU time is less disturbed than wall time. */
async function best(run: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return Math.min(...times);
}

const trace = makeTrace(MB);
const decoded = decodeOnly(trace);
const text = new TextEncoder().encode(decoded.lines.join('\r\n') + '\r\n');
const knowledge = emptyKnowledge();
const etlReport = await analyze([input('WindowsUpdate.etl', trace)], knowledge);
const textReport = await analyze([input('WindowsUpdate.log', text)], knowledge);
if (etlReport.attempts.length !== textReport.attempts.length || etlReport.inputs[0].lines !== textReport.inputs[0].lines) throw new Error('the trace and its text do not give the same report');

const reader = await best(() => {
  const count = new EtlReader({ line: () => {}, end: () => {} });
  for (let i = 0; i < trace.length; i += 65536) count.push(trace.subarray(i, i + 65536));
  count.end();
});
const etl = await best(() => analyze([input('WindowsUpdate.etl', trace)], knowledge));
const txt = await best(() => analyze([input('WindowsUpdate.log', text)], knowledge));
/** Peak live heap (after a collection) while reading a trace whose lines are dropped: it must not grow with the trace. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
function peakHeap(bytes: Uint8Array): number {
  collect();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const reader = new EtlReader({ line: () => {}, end: () => {} });
  for (let i = 0, n = 0; i < bytes.length; i += 65536, n++) {
    reader.push(bytes.subarray(i, i + 65536));
    if (n % 16 === 0) {
      collect();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
  }
  reader.end();
  return peak / 1e6;
}
const small = peakHeap(trace);
const large = peakHeap(makeTrace(MB * 4));

const mbps = (bytes: number, ms: number) => ((bytes / 1e6 / ms) * 1000).toFixed(1);
console.log(`trace ${(trace.length / 1e6).toFixed(1)} MB, ${decoded.lines.length} events, notes: ${decoded.notes.length ? decoded.notes.join('; ') : 'none'}; its text ${(text.length / 1e6).toFixed(1)} MB`);
console.log(`reader alone (trace → lines):  ${reader.toFixed(0)} ms CPU, ${mbps(trace.length, reader)} MB/s of trace, ${Math.round(decoded.lines.length / (reader / 1000))} events/s`);
console.log(`analyze the trace:             ${etl.toFixed(0)} ms CPU, ${mbps(trace.length, etl)} MB/s`);
console.log(`analyze its text (baseline):   ${txt.toFixed(0)} ms CPU, ${mbps(text.length, txt)} MB/s`);
console.log(`peak heap growth while reading: ${small.toFixed(1)} MB for ${MB} MB of trace, ${large.toFixed(1)} MB for ${MB * 4} MB (${(large / small).toFixed(2)}×)`);
console.log(`trace / text time: ${(etl / txt).toFixed(2)}×; ${etlReport.attempts.length} attempts in both`);
