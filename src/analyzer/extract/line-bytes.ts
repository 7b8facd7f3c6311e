/**
 * Reading a line from the token scan's bytes (`Line.bytes`): one byte per UTF-16 code unit, ASCII
 * as it is and PAST_ASCII for every other unit, so a byte's offset is its character's. Readers
 * that decide by ASCII characters read them so; where a PAST_ASCII byte could change the answer
 * (`\s` matches some characters past ASCII), they leave it to their regex.
 */
export const PAST_ASCII = 0x80;

/** An ASCII letter, either case. */
export const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isHex = (c: number): boolean => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
/** `\w` (ASCII only, as in a regex without the `u` flag) */
export const isWord = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95;
/** ASCII white space: what `\s` matches below 128. */
export const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** The bytes of ASCII text, for `writtenAt`: comparing bytes with bytes costs less than with a string's characters. */
export function asciiBytes(text: string): Uint8Array {
  // A loop, not `Uint8Array.from(text, …)`: that walks the string's iterator and calls back per character,
  // about forty times slower, and package recall converts each new identity a real CBS.log names.
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
  return bytes;
}

/** Whether `text` (asciiBytes) stands at `at`, as written. */
export function writtenAt(bytes: Uint8Array, at: number, text: Uint8Array): boolean {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text[k]) return false;
  return true;
}

/** Whether `word` (ASCII letters) stands at `at` within the line (from `from`), in either case, as a regex's `i` flag compares; its first `checked` letters are known to. */
export function foldedAt(bytes: Uint8Array, at: number, from: number, word: string, checked = 0): boolean {
  if (at < from) return false;
  for (let k = checked; k < word.length; k++) if ((bytes[at + k] | 32) !== (word.charCodeAt(k) | 32)) return false;
  return true;
}
