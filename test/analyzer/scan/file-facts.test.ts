import { describe, expect, it } from 'vitest';
import { FileFacts } from '../../../src/analyzer/scan/file-facts.ts';

const span = (times: string[]) => {
  const facts = new FileFacts('CBS.log');
  for (const time of times) facts.seen(time);
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
});
