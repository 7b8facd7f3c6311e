import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeOrder } from '../../../src/analyzer/extract/time.ts';
import { FileFacts } from '../../../src/analyzer/scan/file-facts.ts';

/** A time as a Stamp gives it: with its order, NaN for a time in no normal form. */
const stampOf = (time: string) => ({ time, ms: 0, order: timeOrder(time) });

const span = (times: string[]) => {
  const facts = new FileFacts('CBS.log');
  for (const time of times) facts.seen(stampOf(time));
  return [facts.firstTime, facts.lastTime];
};

describe('FileFacts.seen', () => {
  it('spans the earliest and the latest time, in any order the lines give them', () => {
    expect(span([])).toEqual([undefined, undefined]);
    expect(span(['2022-10-27 08:38:34'])).toEqual(['2022-10-27 08:38:34', '2022-10-27 08:38:34']);
    expect(span(['2022-10-27 08:38:34', '2022-10-27 08:38:34', '2022-10-27 08:38:35'])).toEqual(['2022-10-27 08:38:34', '2022-10-27 08:38:35']);
    // A clock set back, then forward again: the earliest is kept apart from the latest.
    expect(span(['2022-10-27 08:38:34', '2022-10-27 08:38:40', '2022-10-26 23:00:00', '2022-10-27 08:38:39'])).toEqual(['2022-10-26 23:00:00', '2022-10-27 08:38:40']);
    expect(span(['2022-10-27 08:38:40', '2022-10-27 08:38:35', '2022-10-27 08:38:30'])).toEqual(['2022-10-27 08:38:30', '2022-10-27 08:38:40']);
  });

  it('orders a UTC time after the local time of the same second, as the strings compare', () => {
    expect(span(['2022-10-27T08:38:34Z', '2022-10-27 08:38:34'])).toEqual(['2022-10-27 08:38:34', '2022-10-27T08:38:34Z']);
  });

  it('spans what comparing the strings spans, for times in any form, normal or not', () => {
    const time = fc.oneof(
      fc.tuple(fc.integer({ min: 2021, max: 2022 }), fc.integer({ min: 10, max: 12 }), fc.integer({ min: 0, max: 2 }), fc.boolean()).map(([y, mo, s, utc]) => `${y}-${mo}-01${utc ? 'T' : ' '}08:38:3${s}${utc ? 'Z' : ''}`),
      fc.constantFrom('2022-11-01', 'x', '2022/11/01 08:38:31', '2021-10-01 08:38:3'),
    );
    fc.assert(
      fc.property(fc.array(time, { maxLength: 12 }), (times) => {
        const sorted = [...times].sort();
        expect(span(times)).toEqual([sorted[0], sorted[sorted.length - 1]]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('FileFacts.mention', () => {
  it('keeps the first line naming each key, however the keys repeat and interleave', () => {
    const facts = new FileFacts('CBS.log');
    // keys built anew on each line, as a slice of it would be
    const keys = ['KB5016623', 'KB5020683', 'KB5016623', 'KB5001', 'KB5002', 'KB5003', 'KB5004', 'KB5020683', 'KB5016623', 'KB5005'].map((k) => [...k].join(''));
    keys.forEach((key, i) => facts.mention(facts.kbs, key, i + 1, `line ${i + 1}`));
    expect([...facts.kbs].map(([key, ev]) => [key, ev.line])).toEqual([
      ['KB5016623', 1], ['KB5020683', 2], ['KB5001', 4], ['KB5002', 5], ['KB5003', 6], ['KB5004', 7], ['KB5005', 10],
    ]);
  });

  it('keeps no more than 500 keys, and none past the limit however often it is named', () => {
    const facts = new FileFacts('CBS.log');
    for (let i = 0; i < 510; i++) facts.mention(facts.packages, `Package_${i}`, i + 1, 'x');
    for (let i = 0; i < 3; i++) facts.mention(facts.packages, 'Package_600', 1000 + i, 'x');
    facts.mention(facts.packages, 'Package_0', 2000, 'x');
    expect(facts.packages.size).toBe(500);
    expect(facts.packages.has('Package_600')).toBe(false);
    expect(facts.packages.get('Package_0')!.line).toBe(1);
  });

  it('keeps each map\'s keys apart', () => {
    const facts = new FileFacts('CBS.log');
    facts.mention(facts.kbs, 'same', 1, 'a');
    facts.mention(facts.packages, 'same', 2, 'b');
    expect(facts.packages.get('same')!.line).toBe(2);
  });
});
