/**
 * One measurement of bench/analyzer-throughput.ts, in a process of its own so its peak RSS is
 * its own. Modes: `regex` (bare code-counting regex over the decoded text: the ceiling for
 * JavaScript), `trigger` (the line filter's regex alone over the decoded text, moving to the next
 * line after each hit: what the filter costs before any line is split or counted),
 * (one regex, or two whose hits are merged, as the format's filter is built),
 * `filter` (the regex line layer's floor: read, decode, the line filter, no parsing),
 * `tokens` (the token line layer alone: read, decode, the scan, each line read sliced and its codes found; nothing processed),
 * `analyze` (the full analysis), `analyze-regex` (the same with the regex line layer), `analyze-timed` (the full
 * analysis with its input timed MB by MB: warm-up.ts), `profile` (the full analysis under the CPU profiler).
 * Prints one JSON object. Every mode but `profile` runs the analyzer compiled as the CLI is (compiled.ts,
 * built by the parent before its children start); `profile` runs the sources through tsx, so that its
 * samples name the files they fall in (profile-summary.ts). The bare regex loads none of it.
 */
import { readFileSync, statSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { StringDecoder } from 'node:string_decoder';
import { readFileChunks } from '../../scripts/cli/analyze-inputs.ts';
import { compiledPath } from './compiled.ts';
import { summarize } from './profile-summary.ts';
import { timedByMB, warmUp } from './warm-up.ts';

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

type Run = () => Promise<object>;
type Analyzer = typeof import('./analyzer-entry.ts');

/** The compiled analyzer (compiled.ts), or, for the profile, its sources. */
const analyzer = (sources = false): Promise<Analyzer> => (sources ? import('./analyzer-entry.ts') : import(compiledPath('analyzer-entry.ts')));

/**
 * The file's text chunk by chunk, decoded as a plain Node scan decodes it: `StringDecoder`, which
 * `createReadStream(path, 'utf8')` uses. Not `TextDecoder` with `stream: true`: in Node 20 that goes
 * through ICU at about 1 GB/s, five to seven times slower, and made the bare regex a third slower than a
 * plain scan (the analyzer decodes whole lines without `stream`, which takes Node's fast path).
 */
async function* decodedChunks(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of readFileChunks(file)) yield decoder.write(chunk as Buffer);
  yield decoder.end();
}

async function regex(file: string): Promise<Run> {
  return async () => {
    const counts = new Map<string, number>();
    let rest = '';
    for await (const decoded of decodedChunks(file)) {
      const text = rest + decoded;
      const cut = text.lastIndexOf('\n') + 1;
      for (const m of text.slice(0, cut).matchAll(/0x[0-9A-Fa-f]{8}/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      rest = text.slice(cut);
    }
    return { distinct: counts.size };
  };
}

/** The format of the file, detected from its first chunk as the analyzer does. */
async function formatOf(file: string) {
  const { detectFormat, readFileChunks } = await analyzer();
  const chunks = readFileChunks(file);
  const head = new TextDecoder().decode((await chunks.next()).value ?? new Uint8Array());
  await chunks.return(undefined);
  return detectFormat(head.split(/\r?\n/, 400)).format;
}

/** The line filter of the file's format: the generic trigger and the format's own, in one regex or two. */
async function formatTrigger(file: string): Promise<RegExp[]> {
  const { lineFilter } = await analyzer();
  const format = await formatOf(file);
  return [lineFilter(format.trigger ?? '', [], format.triggerApart)].flat();
}

/**
 * The token line layer alone: read, decoded as the analyzer decodes (ChunkDecoder), scanned with the
 * token table the analysis builds for the format (its triggers, its rules' content patterns, its
 * marker words), each line read sliced and its codes found, then handed to nothing: no line
 * processor, no parser. The patterns stay sought to the end, as they do in a log where none is found.
 */
async function tokens(file: string, knowledgeFile: string): Promise<Run> {
  const { lineFilter, TokenLineReader, knowledgeFromJSON, ChunkDecoder, analysisTokenTable, readFileChunks } = await analyzer();
  const format = await formatOf(file);
  const { table, patterns } = analysisTokenTable(format, knowledgeFromJSON(readFileSync(knowledgeFile, 'utf8')));
  const filter = lineFilter(format.trigger ?? '', patterns, format.triggerApart);
  return async () => {
    let lines = 0;
    const count = () => void lines++;
    const reader = new TokenLineReader(count, count, filter, table);
    const decoder = new ChunkDecoder('utf-8');
    const take = (text: string) => reader.push(text);
    for await (const chunk of readFileChunks(file)) decoder.push(chunk, take);
    reader.push(decoder.end());
    reader.end();
    return { lines };
  };
}

/** The first hit of any of the regexes at or after `from` (each searched again only once passed), or -1. */
function nextHit(text: string, filters: RegExp[], next: number[], from: number): number {
  let first = -1;
  filters.forEach((filter, i) => {
    if (next[i] === -2 || (next[i] >= 0 && next[i] < from)) {
      filter.lastIndex = from;
      next[i] = filter.exec(text)?.index ?? -1;
    }
    if (next[i] >= 0 && (first < 0 || next[i] < first)) first = next[i];
  });
  return first;
}

async function trigger(file: string): Promise<Run> {
  const filters = await formatTrigger(file);
  return async () => {
    let hits = 0;
    let rest = '';
    for await (const decoded of decodedChunks(file)) {
      const text = rest + decoded;
      const last = text.lastIndexOf('\n');
      const next = filters.map(() => -2);
      for (let at = nextHit(text, filters, next, 0); at >= 0 && at <= last; at = nextHit(text, filters, next, text.indexOf('\n', at) + 1)) hits++;
      rest = text.slice(last + 1);
    }
    return { hits };
  };
}

async function filter(file: string): Promise<Run> {
  const { LineReader } = await analyzer();
  const trigger = await formatTrigger(file);
  return async () => {
    let lines = 0;
    const reader = new LineReader(() => void lines++, trigger);
    for await (const text of decodedChunks(file)) reader.push(text);
    reader.end();
    return { lines };
  };
}

async function analyze(file: string, knowledgeFile: string, mode: string): Promise<Run> {
  const { analyze, knowledgeFromJSON, fileInput } = await analyzer(mode === 'profile');
  const knowledge = knowledgeFromJSON(readFileSync(knowledgeFile, 'utf8'));
  return async () => {
    const session = mode === 'profile' ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const input = fileInput(file, file, statSync(file).size);
    // Timed by MB only in its own mode: the figures of `analyze` are of the input as the CLI reads it.
    const msAtMB: number[] = [];
    const timed = mode === 'analyze-timed' ? timedByMB(input, performance.now(), msAtMB) : input;
    const report = await analyze([timed], knowledge, { regexLineLayer: mode === 'analyze-regex' });
    const stages = session ? summarize((await session.post('Profiler.stop')).profile) : undefined;
    return { failed: report.attempts.filter((a) => a.status === 'failed').length + report.servicing.length, codes: report.codes.length, stages, warmUp: warmUp(msAtMB) };
  };
}

export async function child(mode: string, file: string, knowledgeFile: string): Promise<void> {
  // Loaded before the clock starts; not for the bare regex: a process holding the analyzer's code ran
  // the bare regex a tenth to a fifth slower, which flattered every ratio to it.
  if (mode !== 'regex') await analyzer(mode === 'profile');
  const modes: Record<string, (file: string, knowledgeFile: string) => Promise<Run>> = { regex, trigger, filter, tokens };
  const run = modes[mode] ? await modes[mode](file, knowledgeFile) : await analyze(file, knowledgeFile, mode);
  const rssBeforeMB = process.memoryUsage().rss / 1024 / 1024;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ...result, ms, cpuMs: cpuMs(cpu), rssBeforeMB, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}
