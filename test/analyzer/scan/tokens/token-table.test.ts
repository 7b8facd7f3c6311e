import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_FORM_SOURCES } from '../../../../src/analyzer/extract/codes.ts';
import { LINE_MARKERS } from '../../../../src/analyzer/extract/markers.ts';
import { FORMATS } from '../../../../src/analyzer/formats/detect.ts';
import { ruleApplies } from '../../../../src/analyzer/diagnose/rules.ts';
import { GENERIC_TRIGGER } from '../../../../src/analyzer/scan/triggers.ts';
import { FILTER, FILTER_AS_WRITTEN, FILTER_SURE, HEX, KEYWORD, liveFilter, PATTERN, tokenTable, type TokenTable } from '../../../../src/analyzer/scan/tokens/token-table.ts';
import type { Literal } from '../../../../src/analyzer/scan/tokens/token-scanner.ts';
import { loadCatalog } from '../../../../scripts/lib/load-catalog.ts';
import type { Rule } from '../../../../src/catalog/types.ts';

/** Where `literal` matches in `text` at `at`, exactly as the table means it. */
function literalAt(literal: Literal, text: string, at: number): boolean {
  const same = (a: string, b: string) => (literal.fold ? a.toLowerCase() === b.toLowerCase() : a === b);
  if (!same(text.slice(at, at + literal.text.length), literal.text) || at + literal.text.length > text.length) return false;
  const end = at + literal.text.length;
  if (literal.hex8 && !/^[0-9a-fA-F]{8}$/.test(text.slice(end, end + 8))) return false;
  // the scan sees 0x80 for every character past ASCII
  const next = text.charCodeAt(end) > 127 ? '\x80' : text[end];
  if (literal.third !== undefined && literal.text.length === 2) return end < text.length && [...literal.third].some((c) => same(c, next));
  return true;
}

/** Every place a match of `source` starts (each position tried, as the line layer's regexes may start at any). */
function matchStarts(source: string, flags: string, text: string): number[] {
  const regex = new RegExp(source, flags + 'y');
  const starts: number[] = [];
  for (let at = 0; at < text.length; at++) {
    regex.lastIndex = at;
    if (regex.test(text)) starts.push(at);
  }
  return starts;
}

const tokensWith = (table: TokenTable, role: number, text: string, at: number) =>
  table.literals.some((literal, id) => table.roles[id] & role && literalAt(literal, text, at));

let rules: Rule[] = [];
beforeAll(async () => {
  rules = (await loadCatalog()).rules;
}, 60_000);

/** Text made of the words the sources start with, in either case, among digits, separators and letters. */
function textOf(words: string[]) {
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w.toLowerCase()),
    fc.constantFrom('0x', '0X', '800f0922', '0000000', ' ', '=', ': ', '[', '] and', '\t', '\n', '@', 'a', 'Z', '-', '1234567890', 'EventID: '),
  );
  return fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
}

describe('the token table of each format', () => {
  const withTrigger = FORMATS.filter((f) => f.trigger);

  it('every match of the line filter, the code forms and the content patterns starts where a token does', () => {
    for (const format of withTrigger) {
      const patterns = rules.filter((r) => r.pattern && ruleApplies(r, format.kind)).map((r) => r.pattern!);
      const markers = format.markers ?? LINE_MARKERS;
      const table = tokenTable([GENERIC_TRIGGER, format.trigger!], patterns, markers);
      expect(table, format.kind).toBeDefined();
      // a two-character start followed by each kind of space and separator, where a narrowing third character could be wrong
      const twoCharacter = table!.literals.filter((l) => l.text.length === 2).flatMap((l) => [' ', '\t', '\v', '\f', '\r', ''].flatMap((space) => ['=', ':', '1'].map((sep) => l.text + space + sep)));
      const words = [...table!.literals.map((l) => l.text), ...twoCharacter, ...patterns.flatMap((p) => p.split(/[|\\]/)), 'resultMapped=', 'HRESULT: ', 'Exit code = 0x', 'NTSTATUS -1073741819', 'Error: 14098', 'with [00000000] and'];
      fc.assert(
        fc.property(textOf(words), (text) => {
          for (const at of matchStarts([GENERIC_TRIGGER, format.trigger!].join('|'), 'm', text)) expect(tokensWith(table!, FILTER, text, at), `filter at ${at} of ${JSON.stringify(text)}`).toBe(true);
          for (const pattern of patterns) for (const at of matchStarts(pattern, 'm', text)) expect(tokensWith(table!, PATTERN, text, at), `${pattern} at ${at}`).toBe(true);
          for (const at of matchStarts(CODE_FORM_SOURCES.hex, 'i', text)) expect(tokensWith(table!, HEX, text, at)).toBe(true);
          for (const at of matchStarts(CODE_FORM_SOURCES.keyword, 'im', text)) expect(tokensWith(table!, KEYWORD, text, at), `keyword at ${at} of ${JSON.stringify(text)}`).toBe(true);
          // a sure filter token needs no regex: the triggers match wherever one stands (as written, for FILTER_AS_WRITTEN)
          const triggers = new Set(matchStarts([GENERIC_TRIGGER, format.trigger!].join('|'), 'm', text));
          table!.literals.forEach((literal, id) => {
            const role = table!.roles[id];
            if (!(role & (FILTER_SURE | FILTER_AS_WRITTEN))) return;
            for (let at = 0; at < text.length; at++) {
              if (!literalAt(literal, text, at) || (role & FILTER_AS_WRITTEN && !text.startsWith(literal.text, at))) continue;
              expect(triggers.has(at), `${literal.text} at ${at} of ${JSON.stringify(text)}`).toBe(true);
            }
          });
          // a marker word's bit is set by its tokens alone: they must be exact
          for (const word of markers.words) {
            const bit = markers.bit(word);
            const tokens = table!.literals.some((l, id) => table!.marks[id] & bit && [...text].some((_, at) => literalAt(l, text, at)));
            expect(tokens, word).toBe(text.includes(word));
          }
        }),
        { numRuns: 300 },
      );
    }
  });

  it('one literal serves several roles, but a marker word is never widened', () => {
    const table = tokenTable(['WSUS|hr ?='], [], LINE_MARKERS.with(['hr']))!;
    const wsus = table.literals.findIndex((l) => l.text === 'WSUS');
    expect(table.roles[wsus] & FILTER).toBeTruthy();
    expect(table.marks[wsus]).toBe(LINE_MARKERS.bit('WSUS'));
    const hrs = table.literals.filter((l) => l.text.toLowerCase() === 'hr');
    // the marker `hr` (exact), and the keyword form's `hr` in either case, which the filter's `hr` joined
    expect(hrs).toEqual(expect.arrayContaining([{ text: 'hr' }, expect.objectContaining({ text: 'hr', fold: true })]));
    expect(hrs).toHaveLength(2);
  });

  it('a filter literal that is a whole trigger alternative is sure, as written where the literal folds case; a pattern\'s never is', () => {
    const table = tokenTable(['HRESULT|DPX phase|KB ?\\d{6}|\\bWSUS'], ['Store corruption'], LINE_MARKERS)!;
    const role = (text: string) => table.roles[table.literals.findIndex((l) => l.text === text)];
    expect(role('DPX phase') & FILTER_SURE).toBeTruthy();
    // the keyword form's `HRESULT` folds case: only a token written `HRESULT` is sure
    expect(role('HRESULT') & (FILTER_SURE | FILTER_AS_WRITTEN)).toBe(FILTER_AS_WRITTEN);
    for (const text of ['KB', 'WSUS', 'Store corruption']) expect(role(text) & (FILTER_SURE | FILTER_AS_WRITTEN), text).toBe(0);
  });

  it('for a narrower filter, a literal of a pattern found is no filter or pattern token; the others keep their roles', () => {
    const table = tokenTable(['HRESULT|DPX phase'], ['Store corruption', 'DPX phase|CBS called Error'], LINE_MARKERS)!;
    const role = (roles: Uint8Array, text: string) => roles[table.literals.findIndex((l) => l.text === text)];
    // the second pattern found: its `CBS called Error` leaves; `DPX phase` starts a trigger too
    const { roles } = liveFilter(table, ['(?:HRESULT|DPX phase)|(?:Store corruption)']);
    expect(role(roles, 'CBS called Error') & (FILTER | PATTERN)).toBe(0);
    expect(role(roles, 'Store corruption')).toBe(role(table.roles, 'Store corruption'));
    expect(role(roles, 'DPX phase')).toBe(role(table.roles, 'DPX phase'));
    expect(role(roles, 'HRESULT')).toBe(role(table.roles, 'HRESULT'));
    expect(role(roles, 'HRESULT') & KEYWORD).toBeTruthy();
    // a filter whose starts cannot be read keeps every role
    expect(liveFilter(table, ['[A-Z]+ failed'])).toEqual({ roles: table.roles, matchers: [] });
  });

  it('asks, at a literal\'s token, only the filter\'s alternatives that start with it', () => {
    const table = tokenTable([GENERIC_TRIGGER, 'DPX phase|cabinet'], ['Store corruption'], LINE_MARKERS)!;
    const { matchers } = liveFilter(table, [`(?:${GENERIC_TRIGGER})|(?:DPX phase|cabinet)|(?:Store corruption)`]);
    const matcher = (text: string, fold = false) => matchers[table.literals.findIndex((l) => l.text === text && !!l.fold === fold)];
    expect(matcher('0x', true)!.source).toBe('(?:(?<![\\w@])0[xX][0-9a-fA-F]{8}(?![0-9a-fA-F]))');
    expect(matcher('hr', true)!.source).toBe('(?:\\bhr ?[=:])');
    expect(matcher('KB')!.source).toBe('(?:KB ?\\d{6})');
    expect(matcher('Store corruption')!.flags).toBe('my');
    // a sure literal needs no regex
    expect(matcher('DPX phase')).toBeUndefined();
  });

  it('a pattern that does not start with literals leaves the file to the regex line layer', () => {
    expect(tokenTable([GENERIC_TRIGGER], ['[A-Z]+ failed'], LINE_MARKERS)).toBeUndefined();
    expect(tokenTable([GENERIC_TRIGGER], ['Store corruption'], LINE_MARKERS)).toBeDefined();
  });
});
