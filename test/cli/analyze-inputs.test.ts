import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles, fileAccess, readFileChunks } from '../../scripts/cli/analyze-inputs.ts';

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

describe('fileAccess and collectFiles', () => {
  it('read any byte range of a file on disk, short only at its end', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'access-')), 'bytes.bin');
    writeFileSync(path, new Uint8Array(1000).map((_, i) => i % 256));
    const access = fileAccess(path, 1000);
    expect([...(await access.read(300, 4))]).toEqual([44, 45, 46, 47]);
    expect((await access.read(990, 100)).length).toBe(10);
    expect((await access.read(1000, 10)).length).toBe(0);
  });

  it('give every file of a folder with its size and random access, and name what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collect-'));
    writeFileSync(join(dir, 'b.log'), 'bb');
    writeFileSync(join(dir, 'a.log'), 'a');
    const { files, missing } = await collectFiles([dir, join(dir, 'none.log')]);
    expect(files.map((f) => [f.source, f.size, f.access?.size])).toEqual([
      [join(dir, 'a.log'), 1, 1],
      [join(dir, 'b.log'), 2, 2],
    ]);
    expect(missing).toEqual([join(dir, 'none.log')]);
  });
});
