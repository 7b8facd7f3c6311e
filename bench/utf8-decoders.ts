/**
 * Node's UTF-8 decoders over the benchmark logs, in the 64 KiB chunks the CLI reads: why the bare
 * regex of analyzer-throughput.ts decodes with `StringDecoder`. `TextDecoder` with `stream: true`
 * goes through ICU in Node 20; without `stream` it takes a fast path (the analyzer's ChunkDecoder
 * decodes whole lines so, and needs no stream); `StringDecoder` is what `createReadStream(path,
 * 'utf8')` uses. CPU time of the decoding alone, the chunks read first; median of RUNS.
 * Usage: npx tsx bench/utf8-decoders.ts [MB] [runs]
 */
import { readFileSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { ChunkDecoder } from '../src/input/index.ts';
import { benchLog } from './support/bench-logs.ts';
import { cpuMsOf, median } from './support/cpu-time.ts';

const MB = Number(process.argv[2] ?? 50);
const RUNS = Number(process.argv[3] ?? 7);
const CHUNK = 64 * 1024;

type Decode = (chunks: Uint8Array[]) => number;

const decoders: Record<string, Decode> = {
  'StringDecoder (createReadStream utf8)': (chunks) => {
    const decoder = new StringDecoder('utf8');
    return chunks.reduce((n, c) => n + decoder.write(c as Buffer).length, 0) + decoder.end().length;
  },
  'TextDecoder, stream: true': (chunks) => {
    const decoder = new TextDecoder();
    return chunks.reduce((n, c) => n + decoder.decode(c, { stream: true }).length, 0) + decoder.decode().length;
  },
  'ChunkDecoder (the analyzer: whole lines, no stream)': (chunks) => {
    const decoder = new ChunkDecoder('utf-8');
    let n = 0;
    for (const c of chunks) decoder.push(c, (text) => void (n += text.length));
    return n + decoder.end().length;
  },
};

for (const input of ['sparse', 'dense'] as const) {
  for (const kind of ['cbs', 'windowsupdate'] as const) {
    const file = await benchLog(kind, input, MB);
    const bytes = readFileSync(file);
    const chunks = Array.from({ length: Math.ceil(bytes.length / CHUNK) }, (_, i) => bytes.subarray(i * CHUNK, (i + 1) * CHUNK));
    console.log(`\n${kind}, ${input}: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
    const times = Object.entries(decoders).map(([name, decode]) => {
      const lengths = new Set<number>();
      const ms = median(Array.from({ length: RUNS }, () => cpuMsOf(() => lengths.add(decode(chunks)))));
      if (lengths.size !== 1) throw new Error(`${name}: the text's length changed between runs`);
      return { name, ms, length: [...lengths][0] };
    });
    if (new Set(times.map((t) => t.length)).size !== 1) throw new Error(`the decoders disagree on the text's length: ${times.map((t) => t.length).join(', ')}`);
    for (const { name, ms } of times) console.log(`  ${name.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / times[0].ms).toFixed(2)}×`);
  }
}
