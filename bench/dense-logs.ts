/**
 * Dense logs for the benchmarks: the lines of real excerpts (the case's CBS.log and
 * WindowsUpdate.log, and the samples in test/fixtures/logs/samples), repeated to the size
 * asked for. Most of these lines carry a code, an error, a package or a KB, so nearly every
 * line reaches a parser: the opposite of the sparse generated logs in analyzer-logs.ts.
 * Each repetition moves the timestamps on, so attempts stay in time order as in a real file.
 */
import { createWriteStream, readFileSync } from 'node:fs';
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

/** Writes about `bytes` of dense log, CRLF. */
export async function writeDenseLog(path: string, kind: Kind, bytes: number): Promise<void> {
  const body = kind === 'cbs' ? cbsBody() : wuBody();
  const out = createWriteStream(path);
  let written = 0;
  let second = 0;
  while (written < bytes) {
    const lines: string[] = [];
    for (let r = 0; r < 200; r++, second += 30) {
      for (let i = 0; i < body.length; i++) lines.push(stamp(kind, second + (i >> 3), (i * 7919) % 1e7) + body[i]);
    }
    const block = lines.join('\r\n') + '\r\n';
    written += Buffer.byteLength(block, 'latin1');
    if (!out.write(block, 'latin1')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}
