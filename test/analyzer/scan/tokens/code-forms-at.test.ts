import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_FORM_SOURCES } from '../../../../src/analyzer/extract/codes.ts';
import { hexFormAt } from '../../../../src/analyzer/scan/tokens/code-forms-at.ts';

const HEX = new RegExp(CODE_FORM_SOURCES.hex, 'iy');
const matchesAt = (regex: RegExp, text: string, at: number) => {
  regex.lastIndex = at;
  return regex.test(text);
};

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
