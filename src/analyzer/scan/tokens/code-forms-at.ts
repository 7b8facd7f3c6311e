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
const FULLWIDTH_COLON = 0xff1a;

/**
 * Whether the hex form matches at `at`, where the scan found `0x` and eight hex digits. The
 * look-behind for an event id (`EventID: 0x…`) is read by characters too; a character past ASCII
 * where `\s` may stand leaves the answer to the regex.
 */
export function hexFormAt(line: string, at: number): boolean {
  const before = line.charCodeAt(at - 1);
  if (isWord(before) || before === 64 || isHex(line.charCodeAt(at + 10))) return false;
  // `\s{0,3}[:=：]` just before the token: else no event id can precede it.
  for (let p = at - 1; p >= at - 4 && p >= 0; p--) {
    const c = line.charCodeAt(p);
    if (c === 58 || c === 61 || c === FULLWIDTH_COLON) {
      const id = eventIdBefore(line, p);
      return id === undefined ? regexAt(line, at) : !id;
    }
    if (c > 127) return regexAt(line, at);
    if (!isAsciiSpace(c)) return true;
  }
  return true;
}

const regexAt = (line: string, at: number): boolean => {
  HEX_FORM.lastIndex = at;
  return HEX_FORM.test(line);
};

/** Whether `\bEvent ?ID\s{0,3}` ends just before the separator at `p`, in either case; undefined where a character past ASCII may be `\s`. */
function eventIdBefore(line: string, p: number): boolean | undefined {
  let d = p - 1;
  for (; d >= 0 && d >= p - 4; d--) {
    const c = line.charCodeAt(d);
    if (c > 127) return undefined;
    if (!isAsciiSpace(c)) break;
  }
  // `D` stands at d, after at most three spaces; then an optional space, and `Event` ending at e
  if (p - 1 - d > 3 || !foldedAt(line, d - 1, 'id')) return false;
  const e = line.charCodeAt(d - 2) === 32 ? d - 3 : d - 2;
  return foldedAt(line, e - 4, 'event') && !isWord(line.charCodeAt(e - 5));
}

/** Whether `word` (lower-case ASCII letters) stands at `at`, in either case. */
function foldedAt(line: string, at: number, word: string): boolean {
  if (at < 0) return false;
  for (let k = 0; k < word.length; k++) if ((line.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
