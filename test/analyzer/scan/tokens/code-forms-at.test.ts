import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_FORM_SOURCES, hexHitAt } from '../../../../src/analyzer/extract/codes.ts';
import { cbsResultHit, hexFormAt as hexFormAtBytes, hexTokenHit } from '../../../../src/analyzer/scan/tokens/code-forms-at.ts';
import { scanBytes } from '../../helpers.ts';

const HEX = new RegExp(CODE_FORM_SOURCES.hex, 'iy');
const matchesAt = (regex: RegExp, text: string, at: number) => {
  regex.lastIndex = at;
  return regex.test(text);
};

const units = scanBytes;

/**
 * The form at `at` in `line`, read from the bytes of a text where the line stands after another:
 * what stands before the line must not count.
 */
const BEFORE = 'EventID:\n';
const hexFormAt = (line: string, at: number) => hexFormAtBytes(units(BEFORE + line), BEFORE.length + at, BEFORE.length, line);

/** Where the scan reports a `0x` token in `line`: `0x` and eight hex digits. */
const hexTokens = (line: string): number[] => [...line.matchAll(/0x/gi)].map((m) => m.index).filter((at) => matchesAt(/0x[0-9a-f]{8}/iy, line, at));

/** Runs `check` at every `0x` token of lines joined from `parts`, each line read from bytes where it stands after BEFORE. */
function atEachHexToken(parts: fc.Arbitrary<string[]>, numRuns: number, check: (line: string, bytes: Uint8Array, at: number) => void): void {
  fc.assert(
    fc.property(parts, (list) => {
      const line = list.join('');
      const bytes = units(BEFORE + line);
      for (const at of hexTokens(line)) check(line, bytes, at);
    }),
    { numRuns },
  );
}

/** Pieces that meet at the corners of the form: separators, spaces past ASCII, event ids, word characters. */
const piece = fc.constantFrom('0x800f0922', '0X0000000a', '0x12345678', '1', 'f', 'x', '_', '@', ' ', '\t', '\u00a0', '\u3000', '：', ':', '=', 'EventID', 'Event ID', 'eventid', '0x', '8024', '[', '错误');

describe('the hex form at a token', () => {
  it('takes a `0x` token as the hex form does, wherever it stands', () => {
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

  it('finds a token a result where the string reading does, with the same code and form', () => {
    const parts = fc.array(fc.constantFrom('[HRESULT = ', 'gle=', 'hr: ', 'hr', 'HResult', 'Exit code', 'status ', 'Error with ', 'error', ' with', ' =', '=', ':', ' ', '  ', '_', '\t', ' - CBS_E_ABORT', 'x', '错误代码：', '错', 'h', 'ode', 'rror', 'with', '0x800f0922', '0x0000000A', '0x8024A10a'), { maxLength: 8 });
    let results = 0;
    atEachHexToken(parts, 3000, (line, bytes, at) => {
      if (!hexFormAt(line, at)) return;
      const hit = hexTokenHit(bytes, BEFORE.length + at, BEFORE.length, line);
      expect(hit, JSON.stringify([line, at])).toEqual(hexHitAt(line, at, false));
      if (hit) results++;
    });
    // Random lines: about 155–225 of them hold a result; the floor only keeps the property from passing empty.
    expect(results).toBeGreaterThan(60);
    for (const [line, result] of [['Exit code = 0x80070005', true], ['hr=0x80070005', true], ['CBS called Error with 0x800f0922', true], ['rror with 0x800f0922', false], ['xhr = 0x80070005', false], ['h = 0x80070005', false]] as const) {
      const at = line.indexOf('0x');
      expect(hexTokenHit(units(BEFORE + line), BEFORE.length + at, BEFORE.length, line) !== undefined, line).toBe(result);
    }
  });

  it('reads the event-id look-behind by characters: an id before the separator, in either case, keeps the token out', () => {
    const cases: [string, boolean][] = [
      ['EventID: 0x000727AA', false],
      ['Event ID = 0x000727AA', false],
      ['eventid：0x000727AA', false],
      ['(EVENT id\t:  0x000727AA', false],
      ['EventID    : 0x000727AA', true], // four spaces: more than `\s{0,3}`
      ['MyEventID: 0x000727AA', true], // no word boundary before `Event`
      ['EventsID: 0x000727AA', true],
      ['Event  ID: 0x000727AA', true], // two spaces inside the id
      ['ID: 0x000727AA', true],
      ['hr = 0x80070005', true],
    ];
    for (const [text, expected] of cases) {
      const at = text.indexOf('0x');
      expect(hexFormAt(text, at), text).toBe(expected);
      expect(matchesAt(HEX, text, at), text).toBe(expected);
    }
  });

  it('leaves white space past ASCII to the regex, which counts it as white space', () => {
    for (const eventId of ['EventID =\u00a00x800f0922', 'EventID\u3000: 0x800f0922', '错误\u00a0: 0x800f0922']) {
      const at = eventId.indexOf('0x');
      expect(hexFormAt(eventId, at), eventId).toBe(matchesAt(HEX, eventId, at));
    }
    expect(hexFormAt('EventID\u3000: 0x800f0922', 11)).toBe(false);
  });
});

describe('a CBS result at a `0x` token', () => {
  const at = (line: string) => line.search(/0x/i);
  const read = (line: string) => cbsResultHit(units(BEFORE + line), BEFORE.length + at(line), BEFORE.length);

  it('is read with no other check where CBS writes it, with the hit the hex form gives', () => {
    for (const line of ['Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]', '[HRESULT = 0x800F0922]', 'x[HRESULT = 0X0000000a', 'Failed [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND] [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]']) {
      expect(hexFormAt(line, at(line)), line).toBe(true);
      expect(read(line), line).toEqual(hexHitAt(line, at(line), false));
      expect(read(line), line).toBeDefined();
    }
  });

  it('is left to the other checks where anything else stands: a ninth hex digit, another case, no bracket, the line too short to hold it', () => {
    for (const line of ['[HRESULT = 0x800f08211', '[hresult = 0x800f0821', '[HResult = 0x800f0821', '(HRESULT = 0x800f0821', 'HRESULT = 0x800f0821', '[HRESULT =  0x800f0821', '[HRESULT = 0x800f0821', 'T = 0x800f0821']) {
      expect(read(line), line).toBeUndefined();
    }
    // `[HRESULT = ` standing before the line does not count
    const line = '0x800f0821 - CBS_E_ABORT';
    expect(cbsResultHit(units('[HRESULT = ' + line), 11, 11)).toBeUndefined();
  });

  it('gives the hit the hex form gives wherever it reads one', () => {
    const parts = fc.array(fc.constantFrom('[HRESULT = ', '[hresult = ', 'HRESULT = ', '[', ' ', '0x800f0922', '0x0000000A', '0x8024A10a', '1', 'f', ' - CBS_E_ABORT', ']', '错'), { maxLength: 8 });
    let read = 0;
    atEachHexToken(parts, 2000, (line, bytes, at) => {
      const hit = cbsResultHit(bytes, BEFORE.length + at, BEFORE.length);
      if (!hit) return;
      read++;
      expect(hexFormAt(line, at), JSON.stringify([line, at])).toBe(true);
      expect(hit, JSON.stringify([line, at])).toEqual(hexHitAt(line, at, false));
    });
    // Random lines: about 55–100 reads; the floor only keeps the property from passing empty.
    expect(read).toBeGreaterThan(20);
  });
});
