import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EvtxReader, type EventRecord } from '../../../src/input/index.ts';

export const BINARY = fileURLToPath(new URL('../../fixtures/binary/', import.meta.url));

export const binaryFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(BINARY + name));

/** Reads `bytes` pushed in pieces of `piece` bytes; returns the events and warnings. */
export function readEvtx(bytes: Uint8Array, piece = bytes.length || 1, name = 'test.evtx'): { events: EventRecord[]; warnings: string[]; chunks: number } {
  const events: EventRecord[] = [];
  const warnings: string[] = [];
  const reader = new EvtxReader(name, { event: (e) => events.push(e), warn: (w) => warnings.push(w) });
  for (let i = 0; i < bytes.length; i += piece) reader.push(bytes.subarray(i, i + piece));
  reader.end();
  return { events, warnings, chunks: reader.chunks };
}
