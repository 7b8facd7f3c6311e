import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../../src/analyzer/extract/own-copy.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after keeping `keep` of each of forty 1 MiB chunks (as a line layer's chunks are), the chunks themselves let go. */
function heapKeeping(keep: (line: string) => string): number {
  const kept: string[] = [];
  for (let k = 0; k < 40; k++) {
    const chunk = `${k} `.padEnd(1 << 20, 'x');
    kept.push(keep(chunk.slice(0, 40)));
  }
  gc();
  const used = process.memoryUsage().heapUsed;
  expect(kept).toHaveLength(40);
  return used;
}

describe('ownCopy', () => {
  it('is the same text', () => {
    const line = '2022-10-27 08:38:33, Info  CBS  Failed to install. [HRESULT = 0x800f0821]';
    const chunk = `${line}\r\n${line}`;
    expect(ownCopy(chunk.slice(0, line.length))).toBe(line);
    expect(ownCopy('')).toBe('');
    expect(ownCopy('KB5016623')).toBe('KB5016623');
  });

  it('keeps none of the string it was cut from, where a slice keeps all of it', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const slices = heapKeeping((line) => line) - before;
    const copies = heapKeeping(ownCopy) - before;
    // Forty slices hold their forty 1 MiB parents; forty copies hold a few kilobytes.
    expect(slices).toBeGreaterThan(30 << 20);
    expect(copies).toBeLessThan(4 << 20);
  });
});
