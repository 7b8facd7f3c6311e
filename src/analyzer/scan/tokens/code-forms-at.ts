import { CODE_FORM_SOURCES } from '../../extract/codes.ts';
import { isLetter } from './literal.ts';

/**
 * The hex form tried at a token with character checks where they can answer for sure, and with
 * its own regex (sticky) where they cannot; keyword-forms-at.ts does the same for the keyword
 * forms. A dense CBS.log has a `0x` token on most lines, and a regex run for each cost more than
 * the rest of the line's reading. Answers are always the regexes' own.
 */

const HEX_FORM = new RegExp(CODE_FORM_SOURCES.hex, 'iy');

export const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
export const isWord = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** ASCII white space: what `\s` matches below 128. */
export const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
/** Whether `\s` may match the code unit: ASCII white space, or any code unit past ASCII (left to the regex). */
const maySpace = (c: number): boolean => isAsciiSpace(c) || c > 127;
const FULLWIDTH_COLON = 0xff1a;

/**
 * Whether the hex form matches at `at`, where the scan found `0x` and eight hex digits. Only the
 * look-behind for an event id (`EventID: 0x…`) needs the regex, and only when a separator stands
 * just before the token.
 */
export function hexFormAt(line: string, at: number): boolean {
  const before = line.charCodeAt(at - 1);
  if (isWord(before) || before === 64 || isHex(line.charCodeAt(at + 10))) return false;
  for (let k = 1; k <= 4 && at - k >= 0; k++) {
    const c = line.charCodeAt(at - k);
    if (c === 58 || c === 61 || c === FULLWIDTH_COLON) {
      HEX_FORM.lastIndex = at;
      return HEX_FORM.test(line);
    }
    if (!maySpace(c)) break;
  }
  return true;
}
