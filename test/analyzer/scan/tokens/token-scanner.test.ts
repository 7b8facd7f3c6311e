import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINE_END, TokenScanner, type Literal } from '../../../../src/analyzer/scan/tokens/token-scanner.ts';
import { assignBuckets, BUCKETS } from '../../../../src/analyzer/scan/tokens/token-buckets.ts';
import { tokenScanModule } from '../../../../scripts/build-token-scan.ts';
import { FIXTURES, fixture } from '../../helpers.ts';

/** Every text log of the fixtures, by its path under test/fixtures/logs. */
const logFixtures = () => (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => /\.(log|txt)$/.test(f));

const LITERALS: Literal[] = [
  { text: '0x', fold: true, hex8: true },
  { text: 'hr', fold: true, third: ' =:\x80' },
  { text: 'KB' },
  { text: 'Package' },
  { text: '*FAILED*', fold: true },
  { text: 'CBS called Error' },
  { text: 'Completed install of CBS update' },
];

/** Every (offset, literal) hit, as the scan reports them for the first `length` characters of `text`. */
const scan = (literals: Literal[], text: string, length = text.length) => scanWith(TokenScanner.create(literals)!, text, length);

function scanWith(scanner: TokenScanner, text: string, length = text.length, lineEnds = false): [number, number][] {
  const hits: [number, number][] = [];
  scanner.setText(text, length);
  for (let count = scanner.next(lineEnds); count >= 0; count = scanner.next(lineEnds)) {
    for (let k = 0; k < count; k++) hits.push([scanner.pairs[2 * k] - scanner.base, scanner.pairs[2 * k + 1]]);
  }
  return hits;
}

/** Whether a character may follow a two-character literal: one of its set, in either case when it folds; 0x80 in the set stands for any past ASCII. */
function follows(l: Literal, c: string | undefined): boolean {
  if (l.third === undefined) return true;
  if (c === undefined) return false;
  if (c.charCodeAt(0) > 127) return l.third.includes('\x80');
  return l.fold ? l.third.toLowerCase().includes(c.toLowerCase()) : l.third.includes(c);
}

/** The literal matches a plain search finds, with the character after a two-character literal checked. */
function naive(literals: Literal[], text: string): [number, number][] {
  const hits: [number, number][] = [];
  for (let at = 0; at < text.length; at++) {
    literals.forEach((l, id) => {
      const part = text.slice(at, at + l.text.length);
      const same = l.fold ? part.toLowerCase() === l.text.toLowerCase() : part === l.text;
      const digits = !l.hex8 || /^[0-9a-fA-F]{8}$/.test(text.slice(at + l.text.length, at + l.text.length + 8));
      if (same && digits && follows(l, text[at + l.text.length])) hits.push([at, id]);
    });
  }
  return hits;
}

describe('the SIMD token scan', () => {
  it('its module is the one its .wat assembles to', async () => {
    const committed = readFileSync(new URL('../../../../src/analyzer/scan/tokens/token-scan-module.ts', import.meta.url), 'utf8');
    expect(committed, 'token-scan-module.ts is stale: run npx tsx scripts/build-token-scan.ts').toBe(await tokenScanModule());
  });

  it('finds every literal where a plain search does, in order, in every log fixture', () => {
    let total = 0;
    for (const file of logFixtures()) {
      const text = new TextDecoder().decode(fixture(file));
      const found = scan(LITERALS, text);
      expect(found, file).toEqual(naive(LITERALS, text));
      total += found.length;
    }
    expect(total).toBeGreaterThan(200);
  });

  it('finds the same on any text, literals across slice ends included', () => {
    const pieces = fc.constantFrom('0x800f0922', '0X0000000g', 'hr=', 'HR:', 'hR', 'HRESULT', 'hr\u00a0', 'KB', 'Package', '*failed*', 'CBS called Error', 'Completed install of CBS update', 'x', ' ', '\n', 'Pack', '错误');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 0, max: 70_000 }), (parts, pad) => {
        const text = 'a'.repeat(pad) + parts.join('');
        expect(scan(LITERALS, text)).toEqual(naive(LITERALS, text));
        // asked for line ends, it gives each `\n` in its place among the same hits
        const ends = [...text.matchAll(/\n/g)].map((m): [number, number] => [m.index, LINE_END]);
        const withEnds = [...naive(LITERALS, text), ...ends].sort((a, b) => a[0] - b[0]);
        expect(scanWith(TokenScanner.create(LITERALS)!, text, text.length, true)).toEqual(withEnds);
      }),
      { numRuns: 60 },
    );
  });

  it('reads only the characters it is given', () => {
    expect(scan([{ text: 'KB' }], 'KB KB KB', 4)).toEqual([[0, 0]]);
    expect(scan([{ text: 'KB' }], 'KB KB KB', 5)).toEqual([[0, 0], [3, 0]]);
  });

  it('gives offsets in UTF-16 code units, as the string has them, whatever characters come before', () => {
    const text = '无法安装 KB5016623 😀 hr=0x80070005 Ünïcödé KB';
    expect(scan(LITERALS, text)).toEqual(naive(LITERALS, text));
    expect(scan(LITERALS, text).map(([at]) => at)).toEqual([text.indexOf('KB'), text.indexOf('hr'), text.indexOf('0x'), text.lastIndexOf('KB')]);
  });

  it('tells apart literals whose first two characters share a key of its table, or differ only in case', () => {
    // `!x` and `ax` share a key (their first bytes differ by 64); `Package` and `package` fold alike.
    const literals: Literal[] = [{ text: 'ax' }, { text: '!x' }, { text: 'Package' }, { text: 'package', fold: true }, { text: 'PA' }];
    const text = 'ax !x aX !X Package PACKAGE package PAx';
    expect(scan(literals, text)).toEqual(naive(literals, text));
    expect(scan(literals, text).map(([, id]) => id)).toEqual([0, 1, 2, 3, 3, 4, 3, 4]);
  });

  it('compares every character of a literal up to 32, past its first sixteen too, and the eight digits after `0x`', () => {
    const literals: Literal[] = [
      { text: 'Started DPX phas' }, // 16
      { text: 'Started DPX phase' }, // 17
      { text: 'started dpx phase: apply deltas', fold: true }, // 31
      { text: 'Exit code = 0x802400FF; Call err' }, // 32
      { text: '0x', fold: true, hex8: true },
    ];
    // Each literal whole, at the text's very end too, and with each of its characters changed in turn.
    const texts = literals.flatMap(({ text }) => [text, ...Array.from(text, (c, k) => text.slice(0, k) + (c === '~' ? '!' : '~') + text.slice(k + 1))]);
    const digits = ['0x800f0922', '0X800F092', '0x800f092g', '0x800f09:2', '0x0\x10\x11\x12\x13\x14\x15\x16'];
    for (const text of [...texts, ...digits, ...texts.map((t) => `${t} STARTED DPX PHASE: APPLY DELTAS ${t}`)]) {
      expect(scan(literals, text), text).toEqual(naive(literals, text));
    }
    expect(scan(literals, 'Exit code = 0x802400FF; Call error').map(([, id]) => id)).toEqual([3, 4]);
  });

  it('keeps every hit of a text made only of hits (the output never overflows)', () => {
    const literals: Literal[] = [{ text: '0x', fold: true, hex8: true }, { text: '0x0' }, { text: '0x00' }, { text: 'x0', third: '0' }, { text: '00' }];
    const text = '0x00000000'.repeat(30_000);
    const found = scan(literals, text);
    expect(found.length).toBe(naive(literals, text).length);
    expect(found.length).toBeGreaterThan(text.length);
  });

  it('hands a released scanner to the next reader of its literals, once, and it finds what a new one finds', () => {
    const literals: Literal[] = [{ text: 'Pool' }, { text: 'KB' }];
    const first = TokenScanner.create(literals)!;
    first.setText('x'.repeat(200_000) + 'Pool KB');
    first.release();
    first.release();
    const again = TokenScanner.create(literals)!;
    expect(again).toBe(first);
    expect(TokenScanner.create(literals)).not.toBe(first);
    expect(TokenScanner.create([{ text: 'Other' }])).not.toBe(first);
    expect(scanWith(again, 'KB Pool')).toEqual([[0, 1], [3, 0]]);
  });

  it('searches only the literals it is told to, from then on, and all of them again once released', () => {
    const keep = LITERALS.map((_, id) => id % 2 === 0);
    const kept = (hits: [number, number][]) => hits.filter(([, id]) => keep[id]);
    const text = 'hr=0x800f0922 KB5016623 Package_for_KB *FAILED* CBS called Error Completed install of CBS update\n'.repeat(50);
    const scanner = TokenScanner.create(LITERALS)!;
    scanner.setText(text);
    scanner.searchOnly(keep);
    expect(scanWith(scanner, text)).toEqual(kept(naive(LITERALS, text)));
    expect(scanWith(scanner, text)).not.toEqual(naive(LITERALS, text));
    scanner.searchOnly(undefined);
    expect(scanWith(scanner, text)).toEqual(naive(LITERALS, text));
    scanner.searchOnly(keep);
    scanner.release();
    const again = TokenScanner.create(LITERALS)!;
    expect(again).toBe(scanner);
    expect(scanWith(again, text)).toEqual(naive(LITERALS, text));
  });

  it('refuses literals it cannot hold, with the reason', () => {
    expect(() => TokenScanner.create([{ text: 'K' }])).toThrow(/2–32 printable ASCII/);
    expect(() => TokenScanner.create([{ text: '无法' }])).toThrow(/2–32 printable ASCII/);
    expect(() => TokenScanner.create(Array.from({ length: 65 }, (_, i) => ({ text: `w${i}x` })))).toThrow(/at most 64/);
  });

  it('puts literals that pass on common bytes apart from rare ones, at most 15 to a bucket', () => {
    const literals = Array.from({ length: 40 }, (_, i) => ({ text: `${String.fromCharCode(65 + (i % 26))}${i}q` }));
    const buckets = assignBuckets(literals, new TextEncoder().encode('the quick brown fox '.repeat(100)));
    expect(Math.max(...buckets)).toBeLessThan(BUCKETS);
    for (let b = 0; b < BUCKETS; b++) expect(buckets.filter((x) => x === b).length).toBeLessThanOrEqual(15);
  });
});
