import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesAccess, readZipDirectory, readZipEntry, ZipEntryError, type ByteSink } from '../../src/input/index.ts';

const text = (s: string) => new TextEncoder().encode(s);

function collect(): ByteSink & { bytes: () => string; ended: boolean } {
  const parts: Uint8Array[] = [];
  const sink = {
    ended: false,
    push: (chunk: Uint8Array) => void parts.push(chunk.slice()),
    end: () => void (sink.ended = true),
    bytes: () => new TextDecoder().decode(Buffer.concat(parts)),
  };
  return sink;
}

describe('readZipDirectory: the entries of a zip from its central directory', () => {
  it('lists file entries in the order of their bytes, with sizes and methods; folders are left out', async () => {
    const zip = zipSync({ 'Logs/': new Uint8Array(0), 'Logs/CBS.log': [text('cbs\n'.repeat(100)), { level: 6 }], '日志.txt': [text('x'), { level: 0 }] });
    const entries = await readZipDirectory(bytesAccess(zip));
    expect(entries?.map((e) => [e.name, e.method, e.size])).toEqual([
      ['Logs/CBS.log', 8, 400],
      ['日志.txt', 0, 1],
    ]);
    expect(entries![0].offset).toBeLessThan(entries![1].offset);
  });

  it('finds the directory behind a comment', async () => {
    const zip = zipSync({ 'a.log': text('a') }, { comment: 'made by a collector' } as never);
    expect((await readZipDirectory(bytesAccess(zip)))?.map((e) => e.name)).toEqual(['a.log']);
  });

  it('gives nothing to plan for what is not a plain zip: text, a cut-off archive, an encrypted entry, overlapping entries', async () => {
    const zip = zipSync({ 'a.log': text('a\n'.repeat(50)), 'b.log': text('b\n'.repeat(50)) });
    expect(await readZipDirectory(bytesAccess(text('just text, long enough to be looked at')))).toBeUndefined();
    expect(await readZipDirectory(bytesAccess(zip.subarray(0, zip.length - 10)))).toBeUndefined();
    const encrypted = zip.slice();
    const central = findCentral(encrypted);
    encrypted[central + 8] |= 1;
    expect(await readZipDirectory(bytesAccess(encrypted))).toBeUndefined();
    const overlapping = zip.slice();
    const second = central + 46 + 5; // the second directory record (name 'a.log', no extra)
    overlapping.set([0, 0, 0, 0], second + 42); // points at the first entry's bytes
    expect(await readZipDirectory(bytesAccess(overlapping))).toBeUndefined();
  });
});

describe('readZipEntry: one entry from its own byte range', () => {
  it('hands over the expanded bytes and ends the sink', async () => {
    const body = 'line\n'.repeat(30_000);
    const zip = zipSync({ 'first.log': text('first'), 'second.log': text(body) });
    const [, second] = (await readZipDirectory(bytesAccess(zip)))!;
    const sink = collect();
    const budget = { used: 0, limit: 1e9 };
    await readZipEntry(bytesAccess(zip), second, sink, budget);
    expect(sink.bytes()).toBe(body);
    expect(sink.ended).toBe(true);
    expect(budget.used).toBe(body.length);
  });

  it('reads the file a megabyte at a time (a browser File read is a round trip), whatever the entry holds', async () => {
    // 3 MB that barely compress (stored and deflated alike): 16 KiB reads would be about 190 round trips
    let seed = 7;
    const noise = Uint8Array.from({ length: 3 * 1024 * 1024 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    for (const level of [0, 6] as const) {
      const zip = zipSync({ 'noise.bin': [noise, { level }] });
      const [entry] = (await readZipDirectory(bytesAccess(zip)))!;
      const access = bytesAccess(zip);
      let reads = 0;
      const counted = { size: access.size, read: (offset: number, length: number) => (reads++, access.read(offset, length)) };
      const parts: Uint8Array[] = [];
      await readZipEntry(counted, entry, { push: (chunk) => void parts.push(chunk.slice()), end: () => {} }, { used: 0, limit: 1e9 });
      expect(Buffer.concat(parts).equals(Buffer.from(noise))).toBe(true);
      expect(reads).toBeLessThanOrEqual(1 + Math.ceil(entry.compressedSize / (1024 * 1024)));
    }
  });

  it('stops an entry that expands past its budget before handing the bytes over', async () => {
    const zip = zipSync({ 'a.log': new Uint8Array(1_000_000), 'b.log': text('b') });
    const [first] = (await readZipDirectory(bytesAccess(zip)))!;
    const sink = collect();
    await expect(readZipEntry(bytesAccess(zip), first, sink, { used: 0, limit: 1000 })).rejects.toThrow(ZipEntryError);
    expect(sink.bytes()).toBe('');
  });

  it('names the entry when its local header or its data is damaged', async () => {
    const zip = zipSync({ 'a.log': text('a\n'.repeat(5000)), 'b.log': text('b') });
    const [first] = (await readZipDirectory(bytesAccess(zip)))!;
    const noHeader = zip.slice();
    noHeader[first.offset] = 0;
    await expect(readZipEntry(bytesAccess(noHeader), first, collect(), { used: 0, limit: 1e9 })).rejects.toThrow('a.log: no local header at byte 0');
    const badData = zip.slice();
    badData.fill(0xff, 40, 50);
    await expect(readZipEntry(bytesAccess(badData), first, collect(), { used: 0, limit: 1e9 })).rejects.toThrow(/^a\.log: /);
  });
});

function findCentral(zip: Uint8Array): number {
  for (let i = 0; i < zip.length - 4; i++) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) return i;
  throw new Error('no central directory');
}
