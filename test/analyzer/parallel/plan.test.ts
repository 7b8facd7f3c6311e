import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planInputs, worthSplitting, type ParallelInput } from '../../../src/analyzer/parallel/plan.ts';
import { bytesAccess } from '../../../src/input/index.ts';

const MB = 1024 * 1024;
/** An input of `size` bytes whose content is `bytes` (a zip's bytes, or a few of a log's). */
const input = (name: string, size: number, bytes: Uint8Array<ArrayBuffer> = new Uint8Array(16)): ParallelInput<string> => ({ name, size, source: name, access: bytesAccess(bytes) });
/** A zip whose entries hold `sizes` bytes each (zeros: it is a few kilobytes, whatever they hold). */
const zipOf = (...sizes: number[]): Uint8Array<ArrayBuffer> => new Uint8Array(zipSync(Object.fromEntries(sizes.map((size, k) => [`log${k}.txt`, new Uint8Array(size)]))));

describe('worthSplitting', () => {
  it('splits several files once they hold the bytes asked for, and no sooner', async () => {
    expect(await worthSplitting([input('a', MB / 2), input('b', MB / 2)])).toBe(true);
    expect(await worthSplitting([input('a', MB / 4), input('b', MB / 4)])).toBe(false);
    expect(await worthSplitting([input('a', 60 * MB), input('b', 60 * MB)], 128 * MB)).toBe(false);
    expect(await worthSplitting([input('a', 64 * MB), input('b', 64 * MB)], 128 * MB)).toBe(true);
  });

  it('never splits one plain file, whatever its size', async () => {
    expect(await worthSplitting([input('CBS.log', 500 * MB)])).toBe(false);
  });

  it('counts a zip by what its entries hold, which is what its workers read', async () => {
    const zip = zipOf(700 * 1024, 700 * 1024);
    expect(zip.length).toBeLessThan(64 * 1024);
    expect(await worthSplitting([input('bundle.zip', zip.length, zip)])).toBe(true);
    expect(await worthSplitting([input('bundle.zip', zip.length, zip)], 2 * MB)).toBe(false);
    // beside a file, too
    expect(await worthSplitting([input('bundle.zip', zip.length, zip), input('CBS.log', 1024)], MB)).toBe(true);
    // a zip of one entry is one task: nothing to split
    const one = zipOf(2 * MB);
    expect(await worthSplitting([input('one.zip', one.length, one)])).toBe(false);
  });
});

describe('planInputs', () => {
  it('splits a zip by its directory into one task per entry, reading the directory once after worthSplitting did', async () => {
    const zip = zipOf(700 * 1024, 700 * 1024);
    const access = bytesAccess(zip);
    const reads: number[] = [];
    const counted: ParallelInput<string> = { name: 'bundle.zip', size: zip.length, source: 'bundle.zip', access: { size: access.size, read: (offset, length) => (reads.push(offset), access.read(offset, length)) } };
    expect(await worthSplitting([counted])).toBe(true);
    const readsToDecide = reads.length;
    expect(readsToDecide).toBeGreaterThan(0);
    const [planned] = await planInputs([counted], 64 * MB);
    expect(planned.tasks.map((t) => (t.kind === 'entry' ? t.entry.name : t.name))).toEqual(['log0.txt', 'log1.txt']);
    expect(reads.length).toBe(readsToDecide);
  });
});
