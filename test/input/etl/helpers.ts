import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EtlReader } from '../../../src/input/index.ts';

const DIR = fileURLToPath(new URL('../../fixtures/binary/etl/', import.meta.url));

export const WU_TRACE = 'WindowsUpdate.20251008.140245.443.8.etl';
export const WAASMEDIC_TRACE = 'waasmedic.20251005_113019_195.etl';

export const etlFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(DIR + name));

/** Feeds `bytes` to a reader in pieces of `chunk` bytes and collects what it hands on. */
export function readEtl(bytes: Uint8Array, chunk = 65536): { lines: string[]; notes: string[] } {
  const lines: string[] = [];
  let notes: string[] = [];
  const reader = new EtlReader({ line: (text) => lines.push(text), end: (n) => (notes = n) });
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  reader.end();
  return { lines, notes };
}

/** UTF-16LE runs of printable ASCII at least `min` characters long, found by scanning the raw bytes. */
export function utf16Runs(bytes: Uint8Array, min: number): string[] {
  const runs: string[] = [];
  for (const start of [0, 1]) {
    let run = '';
    for (let i = start; i + 1 < bytes.length; i += 2) {
      const c = bytes[i] | (bytes[i + 1] << 8);
      if (c >= 0x20 && c < 0x7f) run += String.fromCharCode(c);
      else {
        if (run.length >= min) runs.push(run);
        run = '';
      }
    }
  }
  return runs;
}
