import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileChunks } from '../../scripts/cli/analyze-inputs.ts';

describe('readFileChunks', () => {
  it('yields every byte of a file, in order, in pieces of at most 64 KiB', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'chunks-')), 'big.log');
    const bytes = new Uint8Array(200_001).map((_, i) => (i * 7) % 251);
    writeFileSync(path, bytes);
    const pieces: Uint8Array[] = [];
    for await (const piece of readFileChunks(path)) pieces.push(piece);
    expect(pieces.map((p) => p.length)).toEqual([65536, 65536, 65536, 3393]);
    expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
  });

  it('fails on a missing file when first read, so the analyzer can report it', async () => {
    const reading = readFileChunks(join(tmpdir(), 'no-such-file.log'))[Symbol.asyncIterator]().next();
    await expect(reading).rejects.toThrow(/ENOENT/);
  });
});
