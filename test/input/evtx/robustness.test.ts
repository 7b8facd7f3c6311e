import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binaryFixture, readEvtx } from './fixtures.ts';

/** The file header and the first two chunks of a real System log. */
const real = binaryFixture('System-wuclient.evtx').subarray(0, 4096 + 2 * 65536);
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Chunk header fields, records, template and name offsets: where a mutation hurts most. */
const hotSpots = fc.oneof(fc.integer({ min: 0, max: real.length - 1 }), fc.integer({ min: 4096, max: 4096 + 2048 }));

describe('EVTX reader on damaged files: never throws, never hangs', () => {
  it('bytes changed anywhere, pushed in random pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hotSpots, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 70_000 }), (changes, piece) => {
        const bytes = real.slice();
        for (const [at, value] of changes) bytes[at] = value;
        const { events, warnings } = readEvtx(bytes, piece);
        expect(events.length + warnings.length).toBeGreaterThan(0);
        for (const w of warnings) expect(w).toMatch(/^test\.evtx: byte \d+: /);
      }),
      { numRuns: 80 },
    );
  });

  it('sizes, counts and offsets claiming huge values are refused before anything is allocated for them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4096, max: real.length - 4 }), fc.constantFrom(0xffffffff, 0x7fffffff, 0x10000, 0xfffe), (at, huge) => {
        const bytes = real.slice();
        view(bytes).setUint32(at, huge, true);
        expect(() => readEvtx(bytes, 4096)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('a file cut anywhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: real.length }), (cut) => {
        const { warnings } = readEvtx(real.subarray(0, cut), 1000);
        if ((cut - 4096) % 65536 !== 0 && cut > 0) expect(warnings.at(-1)).toMatch(/the file (is truncated|ends)/);
      }),
      { numRuns: 100 },
    );
  });

  it('a file header claiming a huge header block and chunk count is noted and the chunks are read', () => {
    const bytes = real.slice();
    view(bytes).setUint16(40, 0xffff, true);
    view(bytes).setUint16(42, 0xffff, true);
    const { events, warnings } = readEvtx(bytes);
    expect(events).toHaveLength(250);
    expect(warnings).toContain('test.evtx: byte 0: the file header claims a 65535-byte header block; 4096 is used');
  });

  it('takes time in proportion to the size of a damaged file', () => {
    // A chunk whose records are garbage after the first: the worst the reader meets is still bounded per chunk.
    const damaged = real.slice(4096, 4096 + 65536);
    for (let i = 3000; i < 65000; i += 97) damaged[i] = (i * 31) & 0xff;
    const file = (chunks: number) => {
      const bytes = new Uint8Array(4096 + chunks * 65536);
      bytes.set(real.subarray(0, 4096));
      for (let c = 0; c < chunks; c++) bytes.set(damaged, 4096 + c * 65536);
      return bytes;
    };
    const time = (bytes: Uint8Array) => {
      const start = performance.now();
      readEvtx(bytes, 65536);
      return performance.now() - start;
    };
    time(file(4)); // warm up
    const small = Math.min(time(file(4)), time(file(4)));
    const large = Math.min(time(file(64)), time(file(64)));
    expect(large / small).toBeLessThan(16 * 3);
  });
});
