import { ASSIGNMENT_WORDS, CODE_FORM_SOURCES } from '../../extract/codes.ts';
import { isLetter } from './literal.ts';

/**
 * The code forms tried at a token with character checks where they can answer for sure, and
 * with the forms' own regexes (sticky) where they cannot. A dense CBS.log has a `0x` token and an
 * `HRESULT` token on most lines (`[HRESULT = 0x800f0821 - CBS_E_ABORT]`): the first is a code, the
 * second never is (the keyword form wants the digits right after `=`), and a regex run for each
 * cost more than the rest of the line's reading. Answers are always the regexes' own.
 */

const HEX_FORM = new RegExp(CODE_FORM_SOURCES.hex, 'iy');

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
const isWord = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** Whether `\s` may match the code unit: ASCII white space, or any code unit past ASCII (left to the regex). */
const maySpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c > 127;
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

/** The keyword form's assignment words, compared in lower case as the form's `i` flag does. */
const ASSIGN_WORDS = ASSIGNMENT_WORDS.map((w) => w.toLowerCase());

/**
 * For a keyword literal, the lengths of the assignment words that may stand where its token
 * does, or undefined when the literal may start another keyword form (`*FAILED*`, `Exit code`…),
 * which the regex always decides.
 */
export function assignLengths(literal: string): number[] | undefined {
  const text = literal.toLowerCase();
  const words = ASSIGN_WORDS.filter((w) => w.startsWith(text) || text.startsWith(w));
  // A literal longer than every word it begins with holds more than the word: leave it to the regex.
  return words.length && words.every((w) => w.length >= text.length || text.startsWith(w)) ? words.map((w) => w.length) : undefined;
}

/**
 * False when no assignment (`\s?[=:]\s?` and eight hex digits, of which the first two are read)
 * can start at `p`: `HRESULT = 0x…` fails at the `x`. True means the regex must decide.
 */
export function mayAssignAt(line: string, p: number): boolean {
  let c = line.charCodeAt(p);
  if (c !== 61 && c !== 58) {
    if (!maySpace(c)) return false;
    c = line.charCodeAt(++p);
    if (c !== 61 && c !== 58) return false;
  }
  c = line.charCodeAt(++p);
  if (!isHex(c)) {
    if (!maySpace(c)) return false;
    c = line.charCodeAt(++p);
    if (!isHex(c)) return false;
  }
  return isHex(line.charCodeAt(p + 1));
}

/** Whether an assignment may follow any of the words of `lengths` starting at `at`. */
export function mayAssignAfter(line: string, at: number, lengths: readonly number[]): boolean {
  for (let k = 0; k < lengths.length; k++) if (mayAssignAt(line, at + lengths[k])) return true;
  return false;
}
