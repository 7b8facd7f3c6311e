import { ASSIGNMENT_WORDS, codeOfHexBytes, type CodeHit } from '../../extract/codes.ts';
import { asciiBytes, foldedAt, isAsciiSpace, isHex, isWord, PAST_ASCII, writtenAt } from '../../extract/line-bytes.ts';

/**
 * The keyword forms most log lines hold, read at their token with character checks: the
 * assignments (`resultMapped=8024001E`, `HRESULT = 0x…`, which is none), `*FAILED* [80242008]` and
 * `Exit code = 0x8024000B`. A WindowsUpdate.log has one on every third line, and the keyword regex
 * run at each, with its nine groups, cost more than the rest of the line's codes. The answer is
 * always the regex's own: where `\s` would meet a character past ASCII (which it may match), the
 * reading is left to the regex. Like code-forms-at.ts, they read the scan's bytes (`bytes`,
 * `from`: the line's start there, `at`: the token's offset there) and give offsets in the line.
 */

/**
 * How a keyword literal's form is read: the assignment words it may begin (the scan has checked
 * the literal's own characters), `*FAILED*`, `Exit code`; none for the others (the regex reads them).
 */
export type KeywordForm = { words: readonly string[]; checked: number } | 'failed' | 'exit' | undefined;

/** A keyword form's match: its hit, and where the match ends (the next match starts there or later). */
export interface KeywordMatch {
  hit: CodeHit;
  end: number;
}

/** The form a keyword literal (as the scan finds it) starts. */
export function keywordFormOf(literal: string): KeywordForm {
  const text = literal.toLowerCase();
  if (text === '*failed*') return 'failed';
  if (text === 'exit code') return 'exit';
  // A shorter word only where the literal's next character may start its separator: `hr` never
  // matches where the scan found `HRESULT`, on most lines of a dense CBS.log.
  const words = ASSIGNMENT_WORDS.filter((w) => w.toLowerCase().startsWith(text) || (text.startsWith(w.toLowerCase()) && (text.length === w.length || /[\s=:]/.test(text[w.length]))));
  // A literal longer than every word it begins with holds more than the word: leave it to the regex.
  return words.length && words.every((w) => w.length >= text.length || text.startsWith(w.toLowerCase())) ? { words, checked: text.length } : undefined;
}

/** `HRESULT = 0x`, as CBS writes its results: the value holds `0x`, so no keyword form starts there. */
export const RESULT_ASSIGNMENT_TEXT = 'HRESULT = 0x';
/** Four bytes at `at` as one number (little-endian); past the end of `bytes`, zero bytes. */
const wordAt = (bytes: Uint8Array, at: number): number => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
/** `HRESULT = 0x` as three such numbers: compared so, not byte by byte, on most lines of a dense CBS.log. */
const [ASSIGNMENT_0, ASSIGNMENT_1, ASSIGNMENT_2] = [0, 4, 8].map((k) => wordAt(asciiBytes(RESULT_ASSIGNMENT_TEXT), k));

/**
 * Whether a keyword literal's token at `at` starts `HRESULT = 0x`: no keyword form matches there
 * (the `0x` token after it is the code), so the token needs no reading. Most lines of a failing
 * CBS.log hold one.
 */
export const isResultAssignmentAt = (bytes: Uint8Array, at: number): boolean =>
  wordAt(bytes, at) === ASSIGNMENT_0 && wordAt(bytes, at + 4) === ASSIGNMENT_1 && wordAt(bytes, at + 8) === ASSIGNMENT_2;

/** `=`, or `[=:]` with `colon` */
const isSeparator = (c: number, colon: boolean): boolean => c === 61 || (colon && c === 58);
const UNDECIDED = -2;
const WORD_BYTES = new Map(ASSIGNMENT_WORDS.map((word) => [word as string, asciiBytes(word)]));

/**
 * The match of the literal's form at `at`, where the scan found the literal: null where the form
 * cannot match there, undefined where only the regex can tell.
 */
export function keywordAt(bytes: Uint8Array, at: number, from: number, line: string, form: KeywordForm): KeywordMatch | null | undefined {
  if (form === 'failed') return failedAt(bytes, at, from);
  if (form === 'exit') return exitCodeAt(bytes, at, from);
  return form && assignmentAt(bytes, at, from, line, form.words, form.checked);
}

/** `\*FAILED\*\s\[([0-9a-f]{8})\]` */
function failedAt(bytes: Uint8Array, at: number, from: number): KeywordMatch | null | undefined {
  const gap = bytes[at + 8];
  if (gap === PAST_ASCII) return undefined;
  if (!isAsciiSpace(gap) || bytes[at + 9] !== 91 || bytes[at + 18] !== 93 || hexRun(bytes, at + 10, 8) !== 8) return null;
  return { hit: { code: codeOfHexBytes(bytes, at + 10, 8), form: 'failed', index: at - from }, end: at + 19 - from };
}

/** `\bExit code\s?=\s?0x([0-9a-f]{1,7})(?![0-9a-f])` */
function exitCodeAt(bytes: Uint8Array, at: number, from: number): KeywordMatch | null | undefined {
  if (at > from && isWord(bytes[at - 1])) return null;
  const p = afterSeparator(bytes, at + 9, false);
  if (p < 0) return p === UNDECIDED ? undefined : null;
  if (bytes[p] !== 48 || (bytes[p + 1] | 32) !== 120) return null;
  const digits = hexRun(bytes, p + 2, 8);
  if (digits < 1 || digits > 7) return null;
  return { hit: { code: codeOfHexBytes(bytes, p + 2, digits), form: 'exit-code', index: at - from }, end: p + 2 + digits - from };
}

/** `\b(resultMapped|resultUnMapped|HRESULT|hr|errorCode)\s?[=:]\s?([0-9a-f]{8})(?![0-9a-f])`, for the words the literal may begin. */
function assignmentAt(bytes: Uint8Array, at: number, from: number, line: string, words: readonly string[], checked: number): KeywordMatch | null | undefined {
  if (at > from && isWord(bytes[at - 1])) return null;
  for (const word of words) {
    if (!foldedAt(bytes, at, from, word, checked)) continue;
    const p = afterSeparator(bytes, at + word.length, true);
    if (p === UNDECIDED) return undefined;
    if (p < 0 || hexRun(bytes, p, 9) !== 8) continue;
    const index = at - from;
    const form = writtenAt(bytes, at, WORD_BYTES.get(word)!) ? word : line.slice(index, index + word.length);
    return { hit: { code: codeOfHexBytes(bytes, p, 8), form, index }, end: p + 8 - from };
  }
  return null;
}

/**
 * Where the value starts after `\s?=\s?` (`\s?[=:]\s?` with `colon`) from `p`, -1 for no match, or
 * UNDECIDED where a character past ASCII stands in a place of `\s?`. Each `\s?` takes a space
 * only when what must follow does: backtracking cannot find another way.
 */
function afterSeparator(bytes: Uint8Array, p: number, colon: boolean): number {
  let c = bytes[p];
  if (c === PAST_ASCII) return UNDECIDED;
  if (!isSeparator(c, colon)) {
    if (!isAsciiSpace(c) || !isSeparator(bytes[p + 1], colon)) return -1;
    p++;
  }
  c = bytes[++p];
  if (c === PAST_ASCII) return UNDECIDED;
  return isAsciiSpace(c) ? p + 1 : p;
}

/** How many hex digits stand from `p`, counting up to `max`. */
function hexRun(bytes: Uint8Array, p: number, max: number): number {
  let n = 0;
  while (n < max && isHex(bytes[p + n])) n++;
  return n;
}
