/**
 * Dense logs for the benchmarks: the lines of real excerpts (the case's CBS.log and
 * WindowsUpdate.log, and the samples in test/fixtures/logs/samples), repeated to the size
 * asked for. Most of these lines carry a code, an error, a package or a KB, so nearly every
 * line reaches a parser: the opposite of the sparse generated logs in analyzer-logs.ts.
 * A mixed CBS.log puts the corpus's healthy CBS.log lines (test/fixtures/logs/corpus: a real
 * machine's servicing sessions) before the failing ones in each repetition, as a whole CBS.log
 * holds many sessions that succeed around the one that fails, and names dozens of packages and
 * KBs where the failing excerpts name a few.
 * Each repetition moves the timestamps on, so attempts stay in time order as in a real file.
 */
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kind } from './analyzer-logs.ts';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/logs/', import.meta.url));
const read = (path: string) =>
  readFileSync(FIXTURES + path, 'latin1')
    .split(/\r?\n/)
    .filter((l) => l.trim());

/** CBS lines written without their prefix in the excerpt (real-30 is a pasted message list) get the usual one. */
const CBS_PREFIX = 'Info                  CBS    ';

function cbsBody(): string[] {
  const withStamp = [...read('case/CBS.log'), ...read('samples/real-01-cbs.log')].map((l) => l.slice(19));
  const bare = read('samples/real-30-cbs.log').map((l) => `, ${CBS_PREFIX}${l}`);
  return [...withStamp, ...bare];
}

/** The corpus's healthy CBS.log lines, its files in order (a Windows 7 machine's two days, loghub). */
function healthyCbsBody(): string[] {
  const files = readdirSync(FIXTURES + 'corpus/healthy').filter((f) => f.startsWith('cbs-')).sort();
  return files.flatMap((f) => read(`corpus/healthy/${f}`)).map((l) => l.slice(19));
}

/** Windows 10 WindowsUpdate.log lines (Get-WindowsUpdateLog output), the case's oldest first. */
function wuBody(): string[] {
  const lines = [...read('case/WindowsUpdate.log').reverse(), ...read('samples/real-10-windowsupdate.log'), ...read('samples/real-11-windowsupdate.log')];
  return lines.map((l) => l.slice(27));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function stamp(kind: Kind, seconds: number, fraction: number): string {
  const d = new Date(Date.UTC(2022, 9, 1) + seconds * 1000);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return kind === 'cbs' ? day : `${day.replace(/-/g, '/')}.${pad(fraction, 7)}`;
}

/** Writes about `bytes` of dense log, CRLF; `mixed` (CBS.log only): healthy sessions around the failing lines. */
export async function writeDenseLog(path: string, kind: Kind, bytes: number, mixed = false): Promise<void> {
  if (mixed && kind !== 'cbs') throw new Error('a mixed log is a CBS.log');
  const body = kind === 'windowsupdate' ? wuBody() : mixed ? [...healthyCbsBody(), ...cbsBody()] : cbsBody();
  const out = createWriteStream(path);
  let written = 0;
  let second = 0;
  // Repetitions per block written: a mixed body is eighteen times longer, so fewer, for its size to come near the one asked for.
  const repetitions = mixed ? 10 : 200;
  while (written < bytes) {
    const lines: string[] = [];
    for (let r = 0; r < repetitions; r++, second += 30) {
      for (let i = 0; i < body.length; i++) lines.push(stamp(kind, second + (i >> 3), (i * 7919) % 1e7) + body[i]);
    }
    const block = lines.join('\r\n') + '\r\n';
    written += Buffer.byteLength(block, 'latin1');
    if (!out.write(block, 'latin1')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}
