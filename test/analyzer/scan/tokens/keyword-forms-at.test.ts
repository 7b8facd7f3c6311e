import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_FORM_SOURCES, keywordHit } from '../../../../src/analyzer/extract/codes.ts';
import { isResultAssignmentAt, keywordAt as keywordAtBytes, keywordFormOf, type KeywordForm } from '../../../../src/analyzer/scan/tokens/keyword-forms-at.ts';
import { lineInText } from '../../helpers.ts';

const KEYWORD = new RegExp(CODE_FORM_SOURCES.keyword, 'iy');

/** Read from the line's bytes where other lines stand before and after it: what stands there must not count. */
const keywordAt = (line: string, at: number, form: KeywordForm) => {
  const { bytes, start } = lineInText(line, 'hr=\n', '\r\n80070005');
  return keywordAtBytes(bytes, start + at, start, line, form);
};

/** The keyword regex's answer at `at`, as the token reader takes it: the hit and the match's end, or null. */
function byRegex(text: string, at: number) {
  KEYWORD.lastIndex = at;
  const m = KEYWORD.exec(text);
  return m && { hit: keywordHit(m), end: at + m[0].length };
}

/** The literals the scan finds for these forms, as the token table holds them. */
const LITERALS = ['HRESULT', 'hr', 'resultMapped', 'resultUnMapped', 'errorCode', '*FAILED*', 'Exit code'];

/** Pieces that meet at the corners of the forms: separators, spaces past ASCII, word characters, digits. */
const piece = fc.constantFrom(...LITERALS, 'HR', 'hResult', 'ResultMapped', '*failed*', 'EXIT CODE', '0x', '0X', '80070005', '8024001E', '1234567', '8', 'f', 'g', '_', 'a',
  ' ', '  ', '\t', '\u00a0', '\u3000', '\u2028', '=', ':', '：', '[', ']', '] and', '错误', '=80070005', ' : 8024001e', ' [80242008]', ' = 0x24', '=0x', ' = 0xABCDEF0');

describe('the keyword forms at a token', () => {
  it('give the keyword regex\'s hit and end wherever they decide, at every place a literal stands', () => {
    let decided = 0, hits = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const literal of LITERALS) {
          const form = keywordFormOf(literal);
          for (let at = text.toLowerCase().indexOf(literal.toLowerCase()); at >= 0; at = text.toLowerCase().indexOf(literal.toLowerCase(), at + 1)) {
            const read = keywordAt(text, at, form);
            if (read === undefined) continue;
            decided++;
            if (read) hits++;
            expect(read, JSON.stringify([text, at, literal])).toEqual(byRegex(text, at));
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(decided).toBeGreaterThan(2000);
    // Random lines: about 70–105 hits; the floor only keeps the property from passing empty.
    expect(hits).toBeGreaterThan(25);
  });

  it('read the common forms without the regex, and refuse `HRESULT = 0x…`', () => {
    expect(keywordAt('*FAILED* [80242008] Method failed', 0, 'failed')).toEqual({ hit: { code: '0x80242008', form: 'failed', index: 0 }, end: 19 });
    expect(keywordAt('x Exit code = 0x240001;', 2, 'exit')).toEqual({ hit: { code: '0x00240001', form: 'exit-code', index: 2 }, end: 22 });
    // eight digits are the hex form's, not this one's
    expect(keywordAt('x Exit code = 0x8024000B', 2, 'exit')).toBeNull();
    expect(keywordAt('resultmapped=8024001e,', 0, keywordFormOf('resultMapped'))).toEqual({ hit: { code: '0x8024001E', form: 'resultmapped', index: 0 }, end: 21 });
    expect(keywordAt('[HRESULT = 0x800f0821 - CBS_E_ABORT]', 1, keywordFormOf('HRESULT'))).toBeNull();
  });

  it('leave white space past ASCII to the regex, which counts it as white space', () => {
    for (const [text, literal] of [['hr\u00a0=80070002', 'hr'], ['hr=\u300080070002', 'hr'], ['HRESULT\u2028:80070002', 'HRESULT'], ['*FAILED*\u00a0[80070002]', '*FAILED*'], ['Exit code\u3000= 0x1', 'Exit code']]) {
      expect(byRegex(text, 0), text).not.toBeNull();
      expect(keywordAt(text, 0, keywordFormOf(literal)), text).toBeUndefined();
    }
  });

  it('name the assignment words a keyword literal may begin, and the other forms read by characters', () => {
    expect(keywordFormOf('hr')).toEqual({ words: ['HRESULT', 'hr'], checked: 2 });
    // `hr` is followed by `E` where the scan found `HRESULT`, and no separator can stand there
    expect(keywordFormOf('HRESULT')).toEqual({ words: ['HRESULT'], checked: 7 });
    expect(keywordFormOf('hr ')).toEqual({ words: ['hr'], checked: 3 });
    expect(keywordFormOf('resultMapped')).toEqual({ words: ['resultMapped'], checked: 12 });
    expect(keywordFormOf('*FAILED*')).toBe('failed');
    expect(keywordFormOf('Exit code')).toBe('exit');
    expect(keywordFormOf('NTSTATUS')).toBeUndefined();
    expect(keywordFormOf('with [')).toBeUndefined();
  });
});

describe('`HRESULT = 0x` at a keyword token', () => {
  const at = (line: string) => {
    const { bytes, start } = lineInText(line, 'hr=\n', '\r\n80070005');
    return isResultAssignmentAt(bytes, start + line.indexOf('HRESULT'));
  };

  it('is known to start no keyword form, as the keyword regex finds none there', () => {
    for (const line of ['[HRESULT = 0x800f0821 - CBS_E_ABORT]', 'HRESULT = 0x8', 'HRESULT = 0x']) {
      expect(at(line), line).toBe(true);
      expect(byRegex(line, line.indexOf('HRESULT')), line).toBeNull();
    }
  });

  it('is not taken for any other writing of the word or its value', () => {
    for (const line of ['HRESULT = 80070005', 'HRESULT=0x800f0821', 'HRESULT =0x800f0821', 'HResult = 0x800f0821', 'HRESULT : 0x800f0821', 'HRESULT = 0X800F0821']) expect(at(line), line).toBe(false);
  });
});
