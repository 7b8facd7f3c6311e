import { ASSIGNMENT_WORDS, codeOfHexAt, type CodeHit } from '../../extract/codes.ts';
import { isAsciiSpace, isHex, isWord } from './code-forms-at.ts';

/**
 * The keyword forms most log lines hold, read at their token with character checks: the
 * assignments (`resultMapped=8024001E`, `HRESULT = 0x…`, which is none), `*FAILED* [80242008]` and
 * `Exit code = 0x8024000B`. A WindowsUpdate.log has one on every third line, and the keyword regex
 * run at each, with its nine groups, cost more than the rest of the line's codes. The answer is
 * always the regex's own: where `\s` would meet a character past ASCII (which it may match), the
 * reading is left to the regex.
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
  const words = ASSIGNMENT_WORDS.filter((w) => w.toLowerCase().startsWith(text) || text.startsWith(w.toLowerCase()));
  // A literal longer than every word it begins with holds more than the word: leave it to the regex.
  return words.length && words.every((w) => w.length >= text.length || text.startsWith(w.toLowerCase())) ? { words, checked: text.length } : undefined;
}

/** `=`, or `[=:]` with `colon` */
const isSeparator = (c: number, colon: boolean): boolean => c === 61 || (colon && c === 58);
const UNDECIDED = -2;

/**
 * The match of the literal's form at `at`, where the scan found the literal: null where the form
 * cannot match there, undefined where only the regex can tell.
 */
export function keywordAt(line: string, at: number, form: KeywordForm): KeywordMatch | null | undefined {
  if (form === 'failed') return failedAt(line, at);
  if (form === 'exit') return exitCodeAt(line, at);
  return form && assignmentAt(line, at, form.words, form.checked);
}

/** `\*FAILED\*\s\[([0-9a-f]{8})\]` */
function failedAt(line: string, at: number): KeywordMatch | null | undefined {
  const gap = line.charCodeAt(at + 8);
  if (gap > 127) return undefined;
  if (!isAsciiSpace(gap) || line.charCodeAt(at + 9) !== 91 || line.charCodeAt(at + 18) !== 93 || hexRun(line, at + 10, 8) !== 8) return null;
  return { hit: { code: codeOfHexAt(line, at + 10), form: 'failed', index: at }, end: at + 19 };
}

/** `\bExit code\s?=\s?0x([0-9a-f]{1,7})(?![0-9a-f])` */
function exitCodeAt(line: string, at: number): KeywordMatch | null | undefined {
  if (isWord(line.charCodeAt(at - 1))) return null;
  const p = afterSeparator(line, at + 9, false);
  if (p < 0) return p === UNDECIDED ? undefined : null;
  if (line.charCodeAt(p) !== 48 || (line.charCodeAt(p + 1) | 32) !== 120) return null;
  const digits = hexRun(line, p + 2, 8);
  if (digits < 1 || digits > 7) return null;
  return { hit: { code: codeOfHexAt(line, p + 2, digits), form: 'exit-code', index: at }, end: p + 2 + digits };
}

/** `\b(resultMapped|resultUnMapped|HRESULT|hr|errorCode)\s?[=:]\s?([0-9a-f]{8})(?![0-9a-f])`, for the words the literal may begin. */
function assignmentAt(line: string, at: number, words: readonly string[], checked: number): KeywordMatch | null | undefined {
  if (isWord(line.charCodeAt(at - 1))) return null;
  for (const word of words) {
    if (!foldedAt(line, at, word, checked)) continue;
    const p = afterSeparator(line, at + word.length, true);
    if (p === UNDECIDED) return undefined;
    if (p < 0 || hexRun(line, p, 9) !== 8) continue;
    const form = line.startsWith(word, at) ? word : line.slice(at, at + word.length);
    return { hit: { code: codeOfHexAt(line, p), form, index: at }, end: p + 8 };
  }
  return null;
}

/**
 * Where the value starts after `\s?=\s?` (`\s?[=:]\s?` with `colon`) from `p`, -1 for no match, or
 * UNDECIDED where a character past ASCII stands in a place of `\s?`. Each `\s?` takes a space
 * only when what must follow does: backtracking cannot find another way.
 */
function afterSeparator(line: string, p: number, colon: boolean): number {
  let c = line.charCodeAt(p);
  if (c > 127) return UNDECIDED;
  if (!isSeparator(c, colon)) {
    if (!isAsciiSpace(c) || !isSeparator(line.charCodeAt(p + 1), colon)) return -1;
    p++;
  }
  c = line.charCodeAt(++p);
  if (c > 127) return UNDECIDED;
  return isAsciiSpace(c) ? p + 1 : p;
}

/** How many hex digits stand from `p`, counting up to `max`. */
function hexRun(line: string, p: number, max: number): number {
  let n = 0;
  while (n < max && isHex(line.charCodeAt(p + n))) n++;
  return n;
}

/** Whether `word` (ASCII letters) stands at `at` in either case, as the regex's `i` flag compares; its first `checked` characters are known to. */
function foldedAt(line: string, at: number, word: string, checked: number): boolean {
  for (let k = checked; k < word.length; k++) if ((line.charCodeAt(at + k) | 32) !== (word.charCodeAt(k) | 32)) return false;
  return true;
}
