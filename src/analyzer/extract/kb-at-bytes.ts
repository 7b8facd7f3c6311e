/**
 * A KB number read where its `KB` or `kb` stands, from the scan's bytes (one per UTF-16 code unit,
 * 0x80 for any past ASCII), as the KB form of mentions.ts would match there:
 * `(?:KB|kb)(?<![A-Za-z0-9](?:KB|kb)) ?(\d{6,7})(?!\d)`. `\d` and `[A-Za-z0-9]` are ASCII only
 * (no `u` flag), so bytes answer for every character. The string of each number is made once and
 * given again: a real CBS.log names hundreds of KBs on thousands of lines, and the mention list then
 * finds the same string with its hash known, where a new one was made and hashed each time.
 */
import { isDigit, isLetter } from './line-bytes.ts';

/** Numbers kept at most: past this the table starts again, so no log can grow it without end. */
const MAX_KEPT = 4096;
const kept = new Map<number, string>();

/**
 * `KB` and the digits of the form at `at` (the place of a `KB` or `kb` that stands there, from the
 * line's start `from` in `bytes`, within `length`), or undefined where the form does not match.
 */
export function kbAtBytes(bytes: Uint8Array, from: number, at: number, length: number): string | undefined {
  if (at > 0) {
    const before = bytes[from + at - 1];
    if (isLetter(before) || isDigit(before)) return undefined;
  }
  let p = at + 2;
  if (p < length && bytes[from + p] === 32) p++;
  const first = p;
  let value = 0;
  while (p < length && p - first < 8 && isDigit(bytes[from + p])) value = value * 10 + bytes[from + p++] - 48;
  const count = p - first;
  if (count < 6 || count > 7) return undefined;
  // Six digits and seven with a leading zero are different numbers as written.
  const key = count === 7 ? value + 1e7 : value;
  let kb = kept.get(key);
  if (kb === undefined) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kb = 'KB' + String(value).padStart(count, '0');
    kept.set(key, kb);
  }
  return kb;
}
