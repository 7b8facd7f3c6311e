import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CabError } from '../../../src/input/cab/error.ts';
import { LzxDecoder } from '../../../src/input/cab/lzx/decoder.ts';
import { CabReader } from '../../../src/input/index.ts';
import { cabFixture, readCab, sha256, storedCab } from './helpers.ts';

const hashes = (members: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(members).map(([n, b]) => [n, sha256(b)]));

const SEEDS = ['edge/mszip_lzx_qtm.cab', 'edge/normal_2files_2folders.cab', 'edge/normal_2files_1folder.cab', 'CbsPersist_20150310120000.cab', 'cbs-x80-mszip.cab', 'split-1.cab'].map(
  (path) => ({ path, bytes: cabFixture(path) }),
);

/** Where each CFDATA checksum lies in an intact cabinet, so mutated data reaches the decoders instead of failing its checksum. */
function checksumOffsets(cab: Uint8Array): number[] {
  const view = new DataView(cab.buffer, cab.byteOffset, cab.byteLength);
  const flags = view.getUint16(30, true);
  const reserve = flags & 4 ? { header: view.getUint16(36, true), folder: cab[38], data: cab[39] } : { header: 0, folder: 0, data: 0 };
  let at = 36 + (flags & 4 ? 4 + reserve.header : 0);
  for (let strings = (flags & 1 ? 2 : 0) + (flags & 2 ? 2 : 0); strings > 0; strings--) at = cab.indexOf(0, at) + 1;
  const offsets: number[] = [];
  for (let f = 0; f < view.getUint16(26, true); f++, at += 8 + reserve.folder) {
    let block = view.getUint32(at, true);
    for (let b = 0; b < view.getUint16(at + 4, true) && block + 8 <= cab.length; b++) {
      offsets.push(block);
      block += 8 + reserve.data + view.getUint16(block + 4, true);
    }
  }
  return offsets;
}
const UNCHECKED = SEEDS.map(({ bytes }) => {
  const copy = bytes.slice();
  for (const at of checksumOffsets(bytes)) copy.fill(0, at, at + 4);
  return copy;
});
/** The budget for mutated cabinets: LZX can turn a few bytes into a 32 KiB block, but never past this. */
const LIMIT = 4 * 1024 * 1024;

const mutation = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  flips: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  unchecked: fc.boolean(),
  chunk: fc.integer({ min: 1, max: 5000 }),
});

function mutate({ seed, flips, cut, unchecked }: { seed: number; flips: { at: number; value: number }[]; cut: number | null; unchecked: boolean }): Uint8Array {
  const source = unchecked ? UNCHECKED[seed] : SEEDS[seed].bytes;
  const bytes = source.slice(0, cut === null ? source.length : Math.floor(source.length * cut));
  for (const { at, value } of flips) if (bytes.length) bytes[Math.floor(at * bytes.length) % bytes.length] = value;
  return bytes;
}

describe('robustness: mutated cabinets', () => {
  it('(a checksum of 0 means "not computed": the seeds without checksums read as with them)', () => {
    SEEDS.forEach(({ bytes }, i) => {
      expect(checksumOffsets(bytes).length).toBeGreaterThan(0);
      expect(hashes(readCab('a.cab', UNCHECKED[i]).members)).toEqual(hashes(readCab('a.cab', bytes).members));
    });
  });

  it('never throw, stay within the budget and finish in time proportional to their size', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const bytes = mutate(m);
        const started = performance.now();
        const result = readCab('mutated.cab', bytes, m.chunk, LIMIT);
        const elapsed = performance.now() - started;
        const out = Object.values(result.members).reduce((n, b) => n + b.length, 0);
        expect(out).toBeLessThanOrEqual(LIMIT);
        // a generous bound: decoding costs at most a few microseconds per output byte, and output is bounded
        expect(elapsed).toBeLessThan(500 + bytes.length * 0.05);
        const messages = [result.refused, ...result.refusedEntries].filter(Boolean).map((r) => r!.message);
        for (const message of messages) expect(message.startsWith('mutated.cab')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('header fields set to any value (sizes, counts, offsets, flags) give a message or members, never a throw', () => {
    const base = SEEDS[1].bytes;
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 64 }), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 4 }), (at, value, width) => {
        const bytes = base.slice();
        for (let i = 0; i < width && at + i < bytes.length; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
        const result = readCab('header.cab', bytes, 64, LIMIT);
        expect(Object.keys(result.members).length + result.refusedEntries.length + (result.refused ? 1 : 0)).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('the LZX decoder given random data returns its frame or a CabError, never anything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 21 }), fc.array(fc.uint8Array({ minLength: 0, maxLength: 3000 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 32768 }), (bits, blocks, size) => {
        const decoder = new LzxDecoder(bits);
        for (const block of blocks) {
          try {
            expect(decoder.block(block, size, 'block').length).toBe(size);
          } catch (error) {
            expect(error).toBeInstanceOf(CabError);
            return;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reading time grows linearly with the cabinet', () => {
    const cabs = { 1: storedCab({ 'a.log': new Uint8Array(2 << 20).fill(0x41) }), 16: storedCab({ 'a.log': new Uint8Array(32 << 20).fill(0x41) }) };
    // CPU time of this process: other work on a busy machine does not count against it
    const time = (size: 1 | 16) => {
      let out = 0;
      const started = process.cpuUsage();
      const reader = new CabReader('a.cab', { openEntry: () => ({ push: (b) => void (out += b.length), end() {} }), refuse() {}, refuseEntry() {} }, { used: 0, limit: 2 ** 31 });
      const cab = cabs[size];
      for (let i = 0; i < cab.length; i += 65536) reader.push(cab.subarray(i, i + 65536));
      reader.end();
      const used = process.cpuUsage(started);
      expect(out).toBe(size * (2 << 20));
      return used.user + used.system;
    };
    const best = (size: 1 | 16) => Math.min(...Array.from({ length: 7 }, () => time(size)));
    best(1); // warm-up
    // 16× the bytes (2 MB → 32 MB) may take 16× the time; the factor 6 on top absorbs noise, not a quadratic cost (256×)
    expect(best(16) / best(1)).toBeLessThan(16 * 6);
  });
});

describe('robustness: cabinets that list a lot', () => {
  /** `folders` LZX:21 folders, each with one bad block, and one member per folder. */
  function manyFolders(folders: number): Uint8Array {
    const name = (i: number) => `f${i}.log`;
    const fileTable = Array.from({ length: folders }, (_, i) => 16 + name(i).length + 1).reduce((a, b) => a + b, 0);
    const dataAt = 36 + folders * 8 + fileTable;
    const out = Buffer.alloc(dataAt + folders * 10);
    out.write('MSCF', 0, 'latin1');
    out.writeUInt32LE(36 + folders * 8, 16);
    out.writeUInt8(3, 24);
    out.writeUInt8(1, 25);
    out.writeUInt16LE(folders, 26);
    out.writeUInt16LE(folders, 28);
    for (let i = 0; i < folders; i++) {
      out.writeUInt32LE(dataAt + i * 10, 36 + i * 8);
      out.writeUInt16LE(1, 36 + i * 8 + 4);
      out.writeUInt16LE(0x1503, 36 + i * 8 + 6); // LZX, 2 MiB window
    }
    let at = 36 + folders * 8;
    for (let i = 0; i < folders; i++) {
      out.writeUInt32LE(100, at);
      out.writeUInt16LE(i, at + 8);
      out.write(name(i), at + 16, 'latin1');
      at += 16 + name(i).length + 1;
    }
    for (let i = 0; i < folders; i++) {
      out.writeUInt16LE(2, dataAt + i * 10 + 4);
      out.writeUInt16LE(100, dataAt + i * 10 + 6);
      out.writeUInt16LE(0xffff, dataAt + i * 10 + 8);
    }
    return new Uint8Array(out);
  }

  it('20,000 LZX folders (40 GB of 2 MiB windows, if each had its own) are read with one decoder, in bounded time and memory', () => {
    const cab = manyFolders(20_000);
    const heap = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const result = readCab('many.cab', cab);
    // about 1 s on an idle machine; the bound leaves room for a busy one
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result.refusedEntries).toHaveLength(20_000);
    expect(result.refusedEntries[0].message).toMatch(/^many\.cab\/f0\.log: data block 0 of folder 0 at byte \d+: invalid LZX data/);
    expect(process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heap).toBeLessThan(1024 ** 3);
  });
});
