import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingStamp, timeOrder } from '../../../src/analyzer/extract/time.ts';
import { lineInText } from '../helpers.ts';

/** The stamp of each line, read from the string and from the line's bytes (as the token line layer hands them on) alike. */
const read = (lines: string[]) => lines.map(stampBothWays);

function stampBothWays(line: string) {
  const { bytes, start } = lineInText(line);
  const byBytes = leadingStamp(line, bytes, start);
  const byString = leadingStamp(line);
  expect(byBytes, line).toEqual(byString);
  if (byString) expect(byString.order, line).toBe(timeOrder(byString.time));
  return byString && { time: byString.time, ms: byString.ms };
}

describe('leadingStamp on consecutive lines', () => {
  it('reads each new second across midnight, a month end and a year end', () => {
    expect(read(['2022-12-30 23:59:59, Info', '2022-12-31 00:00:00, Info', '2022-12-31 23:59:59.5 x', '2023-01-01 00:00:00 x'])).toEqual([
      { time: '2022-12-30 23:59:59', ms: Date.UTC(2022, 11, 30, 23, 59, 59) },
      { time: '2022-12-31 00:00:00', ms: Date.UTC(2022, 11, 31) },
      { time: '2022-12-31 23:59:59', ms: Date.UTC(2022, 11, 31, 23, 59, 59, 500) },
      { time: '2023-01-01 00:00:00', ms: Date.UTC(2023, 0, 1) },
    ]);
  });

  it('gives a day past its month, a leap second and a two-digit year what Date.UTC gives', () => {
    expect(read(['2022-02-31 10:00:00 x', '2022-06-30 23:59:60 x', '0099-01-02 03:04:05 x'])).toEqual([
      { time: '2022-02-31 10:00:00', ms: Date.UTC(2022, 1, 31, 10) },
      { time: '2022-06-30 23:59:60', ms: Date.UTC(2022, 5, 30, 23, 59, 60) },
      { time: '0099-01-02 03:04:05', ms: Date.UTC(99, 0, 2, 3, 4, 5) },
    ]);
  });

  it('reads the same second written with other separators anew, each in the normal form', () => {
    const lines = ['2022/10/27 08:38:34.1 a', '2022-10-27 08:38:35 b', '2022/10/27 08:38:35.2 c', '2022/10/27 08:38:34.3 d', '2022-10-27T08:38:34 e', '2022-10-27\t08:38:34 f'];
    expect(read(lines).map((s) => s?.time)).toEqual(['2022-10-27 08:38:34', '2022-10-27 08:38:35', '2022-10-27 08:38:35', '2022-10-27 08:38:34', '2022-10-27 08:38:34', '2022-10-27 08:38:34']);
    expect(read(lines).map((s) => s?.ms)).toEqual([100, 1000, 1200, 300, 0, 0].map((extra) => Date.UTC(2022, 9, 27, 8, 38, 34) + extra));
  });

  it('does not carry a second over to a line that only starts like it', () => {
    expect(read(['2022-10-27 08:38:34 x', '2022-10-27 08:38:3', '2022-10-27 08:38:3x', '2022-10-27 08:38', '２０２２-10-27 08:38:34'])).toEqual([
      { time: '2022-10-27 08:38:34', ms: Date.UTC(2022, 9, 27, 8, 38, 34) },
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a line of only a stamp, and a UTC stamp of the same second apart from the local one', () => {
    expect(read(['2022/10/27 08:38:34', '2022/10/27 08:38:34.9Z', '2022/10/27 08:38:34'])).toEqual([
      { time: '2022-10-27 08:38:34', ms: Date.UTC(2022, 9, 27, 8, 38, 34) },
      { time: '2022-10-27T08:38:34Z', ms: Date.UTC(2022, 9, 27, 8, 38, 34, 900) },
      { time: '2022-10-27 08:38:34', ms: Date.UTC(2022, 9, 27, 8, 38, 34) },
    ]);
  });

  it('agrees with Date.UTC on a long run of random stamps, valid or not', () => {
    let seed = 17;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const two = (n: number) => String(n).padStart(2, '0');
    const wrong: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const [y, mo, d, h, mi, s] = [1990 + next(40), next(14), next(33), next(25), next(61), next(62)];
      const sep = ['-', '/', '.'][next(3)];
      const line = `${y}${sep}${two(mo)}${sep}${two(d)} ${two(h)}:${two(mi)}:${two(s)}, Info CBS x`;
      const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60;
      const expected = valid ? { time: `${y}-${two(mo)}-${two(d)} ${two(h)}:${two(mi)}:${two(s)}`, ms: Date.UTC(y, mo - 1, d, h, mi, s) } : undefined;
      // Runs of lines in one second, as logs write them.
      for (let repeat = next(3); repeat >= 0; repeat--) {
        const got = stampBothWays(line);
        if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(line);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** A time in a normal form, local or UTC, from numbers in (and past) their ranges. */
const normalTime = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([y, mo, d, h, mi, s, utc]) => {
    const [yy, ...rest] = [String(y).padStart(4, '0'), ...[mo, d, h, mi, s].map((n) => String(n).padStart(2, '0'))];
    return `${yy}-${rest[0]}-${rest[1]}${utc ? 'T' : ' '}${rest[2]}:${rest[3]}:${rest[4]}${utc ? 'Z' : ''}`;
  });
const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe('timeOrder', () => {
  it('orders normal times as their strings compare, a UTC time after every local time of its day', () => {
    fc.assert(
      fc.property(normalTime, normalTime, (a, b) => {
        expect(sign(timeOrder(a) - timeOrder(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
    expect(timeOrder('2022-10-27 23:59:59')).toBeLessThan(timeOrder('2022-10-27T00:00:00Z'));
    expect(timeOrder('2022-10-27T23:59:59Z')).toBeLessThan(timeOrder('2022-10-28 00:00:00'));
  });

  it('is NaN for any other string, which is then compared as a string', () => {
    for (const odd of ['', '2022-10-27 08:38', '2022-10-27 08:38:34Z', '2022-10-27T08:38:34', '2022/10/27 08:38:34', '2022-10-27 08:38:3x', '２０２２-10-27 08:38:34', '2022-10-27 08:38:34.5']) {
      expect(timeOrder(odd), odd).toBeNaN();
    }
  });
});
