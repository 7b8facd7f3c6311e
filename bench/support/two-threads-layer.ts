/**
 * The two halves of bench/two-threads.ts: the token line layer, which turns a file into batches of
 * lines read (one per decoded chunk), and the processing of those lines (LineProcessor.read and the
 * format's parser), as the analysis joins them (file-scanner.ts). A batch carries each line's text, its
 * numbers and codes in one Int32Array, and the scan's bytes of its chunk, so that it can cross threads.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileChunks } from '../../scripts/cli/analyze-inputs.ts';
import { knowledgeFromJSON } from '../../src/analyzer/index.ts';
import { detectFormat } from '../../src/analyzer/formats/detect.ts';
import type { LogFormat } from '../../src/analyzer/formats/types.ts';
import type { CodeHit } from '../../src/analyzer/extract/codes.ts';
import { bitIndex, MAX_PLACES, type MarkerPlaces } from '../../src/analyzer/extract/markers.ts';
import { FileFacts } from '../../src/analyzer/scan/file-facts.ts';
import { LineProcessor } from '../../src/analyzer/scan/line-processor.ts';
import { Session } from '../../src/analyzer/scan/session.ts';
import { GENERIC_TRIGGER, lineFilter } from '../../src/analyzer/scan/triggers.ts';
import { TokenLineReader } from '../../src/analyzer/scan/tokens/token-line-reader.ts';
import { tokenReading } from '../../src/analyzer/scan/tokens/token-reading.ts';
import { ChunkDecoder } from '../../src/input/index.ts';

export interface LayerBatch {
  lines: string[];
  /** per line: kind (0 read with tokens, 1 the regex way), number, hitAt, then for kind 0: marks, patternHere, start, bytes index, codes (count, then code, form and name as string indices and index), places (count, then bit index, count and MAX_PLACES places) */
  ints: Int32Array;
  strings: string[];
  bytes: Uint8Array[];
}

interface Setup {
  format: LogFormat;
  session: Session;
  facts: FileFacts;
  processor: LineProcessor;
}

function setup(file: string, knowledgeFile: string): Setup {
  const fd = openSync(file, 'r');
  const buffer = new Uint8Array(1 << 16);
  const head = new TextDecoder().decode(buffer.subarray(0, readSync(fd, buffer)));
  closeSync(fd);
  const { format } = detectFormat(head.split(/\r?\n/, 400));
  const session = new Session(knowledgeFromJSON(readFileSync(knowledgeFile, 'utf8')));
  const facts = new FileFacts(file);
  return { format, session, facts, processor: new LineProcessor(facts, format, session) };
}

/** Reads the file with the token line layer; hands over a batch per decoded chunk. */
export async function fileLayer(file: string, knowledgeFile: string, onBatch: (batch: LayerBatch) => Promise<string[] | undefined> | string[] | undefined): Promise<void> {
  const { format, processor } = setup(file, knowledgeFile);
  const filter = lineFilter(format.trigger!, processor.patternSources(), format.triggerApart)!;
  const table = tokenReading([GENERIC_TRIGGER, format.trigger!], processor.patternSources(), processor.markers)!;
  const placed = table.placed;
  let lines: string[] = [], ints: number[] = [], strings: string[] = [], index = new Map<string, number>(), bytes: Uint8Array[] = [];
  let lastBytes: Uint8Array | undefined;
  const str = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const reader = new TokenLineReader(
    (text, no, hitAt) => {
      lines.push(text);
      ints.push(1, no, hitAt ?? 0);
    },
    (text, no, hitAt, codes, marks, patternHere, scanned, start, places: MarkerPlaces) => {
      if (scanned !== lastBytes) bytes.push((lastBytes = scanned).slice());
      lines.push(text);
      ints.push(0, no, hitAt, marks, patternHere ? 1 : 0, start, bytes.length - 1, codes.length);
      for (const hit of codes) ints.push(str(hit.code), str(hit.form), hit.name === undefined ? -1 : str(hit.name), hit.index);
      const bits = marks & placed;
      let n = 0;
      for (let b = bits; b; b &= b - 1) n++;
      ints.push(n);
      for (let b = bits; b; b &= b - 1) {
        const i = bitIndex(b & -b);
        ints.push(i, places.count[i]);
        for (let k = 0; k < MAX_PLACES; k++) ints.push(places.at[i * MAX_PLACES + k]);
      }
    },
    filter,
    table,
  );
  const flush = async () => {
    const batch = { lines, ints: Int32Array.from(ints), strings, bytes };
    [lines, ints, strings, index, bytes, lastBytes] = [[], [], [], new Map(), [], undefined];
    // the patterns still sought, when the processing found one since the last batch: the filter narrows as the analysis's does
    const patterns = await onBatch(batch);
    if (patterns) reader.setFilter(lineFilter(format.trigger!, patterns, format.triggerApart));
  };
  const decoder = new ChunkDecoder('utf-8');
  const take = (text: string) => reader.push(text);
  for await (const chunk of readFileChunks(file)) {
    decoder.push(chunk, take);
    await flush();
  }
  reader.push(decoder.end());
  reader.end();
  await flush();
}

/** The main thread's half: each line of a batch read as LineProcessor.read reads it. */
export function processing(file: string, knowledgeFile: string): { take: (batch: LayerBatch) => string[] | undefined; end: () => object } {
  const { format, facts, processor } = setup(file, knowledgeFile);
  const parser = format.parser(facts);
  const places: MarkerPlaces = { count: new Uint8Array(32), at: new Int32Array(32 * MAX_PLACES) };
  let read = 0;
  let pending = processor.patternsPending;
  const take = ({ lines, ints, strings, bytes }: LayerBatch) => {
    let p = 0;
    for (const text of lines) {
      const [kind, no, hitAt] = [ints[p], ints[p + 1], ints[p + 2]];
      read++;
      if (kind === 1) {
        p += 3;
        processor.line(text, no, parser, hitAt);
        continue;
      }
      const [marks, patternHere, start, b, count] = [ints[p + 3], ints[p + 4], ints[p + 5], ints[p + 6], ints[p + 7]];
      p += 8;
      const codes: CodeHit[] = [];
      for (let k = 0; k < count; k++, p += 4) {
        const hit: CodeHit = { code: strings[ints[p]], form: strings[ints[p + 1]], index: ints[p + 3] };
        if (ints[p + 2] >= 0) hit.name = strings[ints[p + 2]];
        codes.push(hit);
      }
      for (let n = ints[p++]; n > 0; n--, p += 2 + MAX_PLACES) {
        const i = ints[p];
        places.count[i] = ints[p + 1];
        for (let k = 0; k < MAX_PLACES; k++) places.at[i * MAX_PLACES + k] = ints[p + 2 + k];
      }
      processor.read(text, no, parser, codes, marks, patternHere === 1, bytes[b], start, places);
    }
    if (processor.patternsPending === pending) return undefined;
    pending = processor.patternsPending;
    return processor.patternSources();
  };
  const end = () => {
    parser.end?.();
    let codes = 0;
    for (const tally of facts.codes.values()) codes += tally.count;
    return { lines: read, codes };
  };
  return { take, end };
}

/** On a worker: the layer, with at most `inFlight` batches handed over and not yet read. */
if (!isMainThread && parentPort && workerData?.file) {
  const port = parentPort;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  let patterns: string[] | undefined;
  port.on('message', (answer: string[] | null) => {
    inFlight--;
    if (answer) patterns = answer;
    wake?.();
  });
  await fileLayer(workerData.file, workerData.knowledgeFile, async (batch) => {
    port.postMessage(batch, batch.bytes.map((b) => b.buffer as ArrayBuffer));
    if (++inFlight >= workerData.inFlight) await new Promise<void>((done) => (wake = done));
    wake = undefined;
    const found = patterns;
    patterns = undefined;
    return found;
  });
  port.postMessage('done');
}
