import { describe, expect, it } from 'vitest';
import { LineReader, MAX_LINE_CHARS } from '../../src/input/line-reader.ts';

function read(chunks: string[], filter?: RegExp): [string, number][] {
  const lines: [string, number][] = [];
  const reader = new LineReader((text, no) => lines.push([text, no]), filter);
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return lines;
}

describe('LineReader', () => {
  it('numbers lines across chunks and strips CR', () => {
    expect(read(['a\r\nb', 'b\r\n', '\r\nc'])).toEqual([['a', 1], ['bb', 2], ['', 3], ['c', 4]]);
  });

  it('with a filter, hands on only matching lines and keeps their true numbers', () => {
    const text = ['skip', 'hit one', 'skip', 'skip', 'hit two', 'last hit'].join('\n');
    const expected = [['hit one', 2], ['hit two', 5], ['last hit', 6]];
    expect(read([text], /hit/g)).toEqual(expected);
    // Any split of the same text gives the same lines.
    for (const size of [1, 2, 4, 7]) {
      const chunks = text.match(new RegExp(`[^]{1,${size}}`, 'g'))!;
      expect(read(chunks, /hit/g)).toEqual(expected);
    }
  });

  it('with a filter, strips CR and counts hits on adjacent lines, two on one line once', () => {
    const text = 'hit hit\r\nhit\r\n\r\nskip\r\nhit\r\n\r\n';
    const expected = [['hit hit', 1], ['hit', 2], ['hit', 5]];
    expect(read([text], /hit/g)).toEqual(expected);
    for (const size of [1, 3, 5]) expect(read(text.match(new RegExp(`[^]{1,${size}}`, 'g'))!, /hit/g)).toEqual(expected);
    expect(read(['\r\nx\r\n\r\n', 'x'], /x/g)).toEqual([['x', 2], ['x', 4]]);
  });

  it('with a filter, gives the lines a line-by-line test would, with their numbers, for any text and any chunks', () => {
    let seed = 17;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: random(60) }, () => 'ab\n\r\n'[random(5)]).join('');
      const expected = text
        .split('\n')
        .map((line, i): [string, number] => [line.endsWith('\r') ? line.slice(0, -1) : line, i + 1])
        .filter(([line], i, all) => line.includes('b') && (i < all.length - 1 || line !== ''));
      const size = 1 + random(9);
      expect(read(text.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [], /b/g)).toEqual(expected);
    }
  });

  it('tells where the filter first matched in each line handed on, and 0 without a filter', () => {
    const seen = (chunks: string[], filter?: RegExp) => {
      const hits: [string, number][] = [];
      const reader = new LineReader((text, _no, hitAt) => hits.push([text, hitAt]), filter);
      for (const chunk of chunks) reader.push(chunk);
      reader.end();
      return hits;
    };
    const text = 'aab\r\nxx\nbab b\nab';
    const expected = [['aab', 2], ['bab b', 0], ['ab', 1]];
    expect(seen([text], /b/g)).toEqual(expected);
    for (const size of [1, 2, 5]) expect(seen(text.match(new RegExp(`[^]{1,${size}}`, 'g'))!, /b/g)).toEqual(expected);
    expect(seen([text])).toEqual([['aab', 0], ['xx', 0], ['bab b', 0], ['ab', 0]]);
  });

  it('with several filters, hands on the lines any of them hits, at its first hit, for any text and any chunks', () => {
    let seed = 29;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: random(80) }, () => 'abcc\n\r\n'[random(7)]).join('');
      const expected = text
        .split('\n')
        .map((line, i): [string, number, number] => {
          const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
          const at = [clean.indexOf('a'), clean.indexOf('b')].filter((n) => n >= 0);
          return [clean, i + 1, at.length ? Math.min(...at) : -1];
        })
        .filter(([line, , at], i, all) => at >= 0 && (i < all.length - 1 || line !== ''));
      const lines: [string, number, number][] = [];
      const reader = new LineReader((line, no, hitAt) => lines.push([line, no, hitAt]), [/a/g, /b/g]);
      for (const chunk of text.match(new RegExp(`[^]{1,${1 + random(9)}}`, 'g')) ?? []) reader.push(chunk);
      reader.end();
      expect(lines).toEqual(expected);
    }
  });

  it('applies a narrower filter from the next chunk on', () => {
    const lines: [string, number][] = [];
    const reader = new LineReader((text, no) => lines.push([text, no]), /a|b/g);
    reader.push('a1\nb2\n');
    reader.setFilter(/b/g);
    reader.push('a3\nb4\n');
    reader.end();
    expect(lines).toEqual([['a1', 1], ['b2', 2], ['b4', 4]]);
  });

  it('passes a line longer than the limit on in pieces with one line number', () => {
    const long = 'x'.repeat(MAX_LINE_CHARS + 10);
    const lines = read([long.slice(0, 600_000), long.slice(600_000) + '\nnext']);
    expect(lines.map(([t, n]) => [t.length, n])).toEqual([[MAX_LINE_CHARS, 1], [10, 1], [4, 2]]);
  });
});
