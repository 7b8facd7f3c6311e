import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_FORM_SOURCES } from '../../../../src/analyzer/extract/codes.ts';
import { assignLengths, hexFormAt, mayAssignAfter } from '../../../../src/analyzer/scan/tokens/code-forms-at.ts';

const HEX = new RegExp(CODE_FORM_SOURCES.hex, 'iy');
const KEYWORD = new RegExp(CODE_FORM_SOURCES.keyword, 'iy');
const matchesAt = (regex: RegExp, text: string, at: number) => {
  regex.lastIndex = at;
  return regex.test(text);
};

/** Pieces that meet at the corners of the two forms: separators, spaces past ASCII, event ids, word characters. */
const piece = fc.constantFrom('0x800f0922', '0X0000000a', '0x12345678', '1', 'f', 'x', '_', '@', ' ', '\t', '\u00a0', '\u3000', '：', ':', '=', 'EventID', 'Event ID', 'eventid',
  'HRESULT', 'hr', 'HR', 'hResult', 'resultMapped', 'resultUnMapped', 'errorCode', '80070005', '0x', '8024', '[', '错误');

describe('the code forms at a token', () => {
  it('take a `0x` token as the hex form does, wherever it stands', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        // where the scan reports a `0x` token: `0x` and eight hex digits
        for (let at = 0; at < text.length; at++) {
          if (matchesAt(/0x[0-9a-f]{8}/iy, text, at)) expect(hexFormAt(text, at), JSON.stringify([text, at])).toBe(matchesAt(HEX, text, at));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('leave every keyword assignment the keyword form matches to the regex, and refuse `HRESULT = 0x…` without it', () => {
    const lengths = ['HRESULT', 'hr', 'resultMapped', 'resultUnMapped', 'errorCode'].map((l) => assignLengths(l)!);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        for (let at = 0; at < text.length; at++) {
          if (!matchesAt(KEYWORD, text, at)) continue;
          const starting = lengths.filter((_, k) => text.toLowerCase().startsWith(['hresult', 'hr', 'resultmapped', 'resultunmapped', 'errorcode'][k], at));
          for (const l of starting) expect(mayAssignAfter(text, at, l), JSON.stringify([text, at])).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    expect(mayAssignAfter('[HRESULT = 0x800f0821 - CBS_E_ABORT]', 1, assignLengths('HRESULT')!)).toBe(false);
  });

  it('leave white space past ASCII to the regexes, which count it as white space', () => {
    const eventId = 'EventID =\u00a00x800f0922';
    expect(hexFormAt(eventId, 10)).toBe(matchesAt(HEX, eventId, 10));
    expect(hexFormAt(eventId, 10)).toBe(false);
    for (const text of ['hr\u00a0=80070002', 'hr=\u300080070002', 'HRESULT\u2028:80070002']) {
      expect(matchesAt(KEYWORD, text, 0), text).toBe(true);
      expect(mayAssignAfter(text, 0, assignLengths(text.slice(0, 2))!), text).toBe(true);
    }
  });

  it('name the assignment words a keyword literal may begin, and none for the other keyword forms', () => {
    expect(assignLengths('hr')).toEqual([7, 2]);
    expect(assignLengths('HRESULT')).toEqual([7, 2]);
    expect(assignLengths('resultMapped')).toEqual([12]);
    expect(assignLengths('*FAILED*')).toBeUndefined();
    expect(assignLengths('Exit code')).toBeUndefined();
    expect(assignLengths('NTSTATUS')).toBeUndefined();
  });
});
