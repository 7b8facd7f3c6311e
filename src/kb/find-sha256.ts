/**
 * The SHA-256 in a pasted text: a bare value, certutil's output (`SHA256 hash of x.msu:` then
 * the digits, in pairs with spaces on old systems), or Get-FileHash's table (`SHA256  1CBE…  C:\…`).
 */
import { normalizeSha256 } from '../hash/hex.ts';
import { visibleText } from './hash-length.ts';

/** 64 hex digits, each pair of neighbours at most one space or colon apart, not part of a longer run of digits. */
const SHA256_RUN = /(?<![0-9A-Fa-f])[0-9A-Fa-f](?:[ :]?[0-9A-Fa-f]){63}(?![0-9A-Fa-f])/;

/** The canonical hash (upper case, 64 digits) the text holds, or undefined. */
export function findSha256(text: string): string | undefined {
  // a zero-width space copied from a chat or a document inside the digits is not a character of the hash
  const visible = visibleText(text);
  const whole = normalizeSha256(visible);
  if (whole) return whole;
  const run = SHA256_RUN.exec(visible);
  return run ? normalizeSha256(run[0]) : undefined;
}
