import { CODE_FORM_SOURCES, codeOfHexBytes, type CodeHit } from '../../extract/codes.ts';
import { HRESULT_BEFORE, isResultByWords } from '../../extract/result-position.ts';
import { asciiBytes, foldedAt, isAsciiSpace, isHex, isWord, PAST_ASCII, writtenAt } from '../../extract/line-bytes.ts';

/**
 * The hex form tried at a token with character checks where they can answer for sure, and with
 * its own regex (sticky) where they cannot; keyword-forms-at.ts does the same for the keyword
 * forms. A dense CBS.log has a `0x` token on most lines, and a regex run for each cost more than
 * the rest of the line's reading. Answers are always the regexes' own.
 *
 * The checks read the scan's bytes (`bytes`: one per UTF-16 code unit, 0x80 for any past ASCII;
 * `from`: where the line starts in them; `at`: the token's offset there): from a typed array, a
 * character costs less than `charCodeAt` on the line, which is a slice of the decoded text. The
 * line itself answers where a byte is 0x80.
 */

const HEX_FORM = new RegExp(CODE_FORM_SOURCES.hex, 'iy');

const FULLWIDTH_COLON = 0xff1a;
const [GLE, HRESULT_BEFORE_BYTES, WITH] = ['gle=', HRESULT_BEFORE, ' with'].map(asciiBytes);

/**
 * Whether the hex form matches at `at`, where the scan found `0x` and eight hex digits. The
 * look-behind for an event id (`EventID: 0x…`) is read by characters too; a character past ASCII
 * where `\s` may stand leaves the answer to the regex.
 */
export function hexFormAt(bytes: Uint8Array, at: number, from: number, line: string): boolean {
  const before = at > from ? bytes[at - 1] : -1;
  if (isWord(before) || before === 64 || isHex(bytes[at + 10])) return false;
  // `\s{0,3}[:=：]` just before the token: else no event id can precede it.
  for (let p = at - 1; p >= at - 4 && p >= from; p--) {
    const c = bytes[p] === PAST_ASCII ? line.charCodeAt(p - from) : bytes[p];
    if (c === 58 || c === 61 || c === FULLWIDTH_COLON) {
      const id = eventIdBefore(bytes, p, from);
      return id === undefined ? regexAt(line, at - from) : !id;
    }
    if (c > 127) return regexAt(line, at - from);
    if (!isAsciiSpace(c)) return true;
  }
  return true;
}

/**
 * The hit of a `0x` token written as CBS writes its results, `[HRESULT = 0x800f0821 - CBS_E_ABORT]`,
 * or undefined for any other: with `[HRESULT = ` just before the token and no ninth hex digit
 * after the eight the scan found, the hex form matches there (no word character or event id
 * stands before it) and its place makes it a result, so nothing else needs checking. Most lines
 * of a failing CBS.log hold one.
 */
export function cbsResultHit(bytes: Uint8Array, at: number, from: number): CodeHit | undefined {
  return at - from >= 11 && writtenAt(bytes, at - 11, HRESULT_BEFORE_BYTES) ? cbsResultAfterPrefix(bytes, at, from) : undefined;
}

/**
 * `cbsResultHit` where `[HRESULT = ` is known to stand just before the token, within the line:
 * the token reader saw it at the `HRESULT` token, so its bytes are not compared a second time.
 */
export function cbsResultAfterPrefix(bytes: Uint8Array, at: number, from: number): CodeHit | undefined {
  return isHex(bytes[at + 10]) ? undefined : { code: codeOfHexBytes(bytes, at + 2, 8), form: '0x', index: at - from };
}

/**
 * The hit of a `0x` token, where the scan found `0x` and eight hex digits: as `hexHitAt` gives it
 * outside prose where the hex form matches, undefined where it does not or the token is no result.
 */
export function hexHit(bytes: Uint8Array, at: number, from: number, line: string): CodeHit | undefined {
  return cbsResultHit(bytes, at, from) ?? (hexFormAt(bytes, at, from, line) ? hexTokenHit(bytes, at, from, line) : undefined);
}

/** The hit of a `0x` token the hex form matched, when its place in the line makes it a result (as `hexHitAt` outside prose). */
export function hexTokenHit(bytes: Uint8Array, at: number, from: number, line: string): CodeHit | undefined {
  const index = at - from;
  const gle = index >= 4 && writtenAt(bytes, at - 4, GLE);
  if (!gle && !(index >= 11 && writtenAt(bytes, at - 11, HRESULT_BEFORE_BYTES)) && !resultWordBefore(bytes, at, from) && !isResultByWords(line, index, 10)) return undefined;
  return { code: codeOfHexBytes(bytes, at + 2, 8), form: gle ? 'gle' : '0x', index };
}

/** Words of KEYWORD_BEFORE (result-position.ts) that the common shapes below end with. */
const RESULT_WORDS = ['hr', 'hresult', 'code', 'error', 'status', 'result'];

/**
 * The common shapes of a result's words just before the token, `\bhr = `, `\bExit code=`,
 * `\bstatus: `, `\bError with `: where one stands, KEYWORD_BEFORE matches too, so the token is a
 * result with no regex run. Anything else is left to the regex.
 */
function resultWordBefore(bytes: Uint8Array, at: number, from: number): boolean {
  let p = at - 1;
  if (p >= from && bytes[p] === 32) p--;
  if (p >= from && (bytes[p] === 61 || bytes[p] === 58)) {
    p--;
    if (p >= from && bytes[p] === 32) p--;
    for (const word of RESULT_WORDS) if (wordEndsAt(bytes, p, from, word)) return true;
    return false;
  }
  return p - 4 >= from && writtenAt(bytes, p - 4, WITH) && wordEndsAt(bytes, p - 5, from, 'error');
}

/** Whether `word` (lower-case letters, either case in the text) ends at `end`, with no word character before it. */
function wordEndsAt(bytes: Uint8Array, end: number, from: number, word: string): boolean {
  const start = end - word.length + 1;
  return foldedAt(bytes, start, from, word) && !(start > from && isWord(bytes[start - 1]));
}

const regexAt = (line: string, at: number): boolean => {
  HEX_FORM.lastIndex = at;
  return HEX_FORM.test(line);
};

/** Whether `\bEvent ?ID\s{0,3}` ends just before the separator at `p`, in either case; undefined where a character past ASCII may be `\s`. */
function eventIdBefore(bytes: Uint8Array, p: number, from: number): boolean | undefined {
  let d = p - 1;
  for (; d >= from && d >= p - 4; d--) {
    const c = bytes[d];
    if (c === PAST_ASCII) return undefined;
    if (!isAsciiSpace(c)) break;
  }
  // `D` stands at d, after at most three spaces; then an optional space, and `Event` ending at e
  if (p - 1 - d > 3 || !foldedAt(bytes, d - 1, from, 'id')) return false;
  const e = d - 2 >= from && bytes[d - 2] === 32 ? d - 3 : d - 2;
  return foldedAt(bytes, e - 4, from, 'event') && !(e - 5 >= from && isWord(bytes[e - 5]));
}
