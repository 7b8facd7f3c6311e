/**
 * The package identities last read where their `Package` stands first, recalled by their bytes. A
 * CBS.log names the same few packages on line after line (`Read out cached package applicability
 * for package: Package_for_RollupFix~…`); where the bytes of one of them stand at a place again, the
 * package form would match those bytes again, so the identity is that one, with no regex run and
 * no new string made (and the mention lists compare it with themselves). `bytes` are the scan's: one
 * per UTF-16 code unit, 0x80 for any past ASCII, which no identity holds.
 */
import { isNameChar } from './kbs.ts';
import { asciiBytes, isDigit, writtenAt } from './line-bytes.ts';

const KEPT = 4;
const identities: string[] = [];
const identityBytes: Uint8Array[] = [];
let next = 0;

/**
 * A kept identity standing at `at` (from the line's start `from` in `bytes`, within `length`), or
 * undefined. It counts only where no name character stands before it (the identity would start
 * earlier) and no digit or `.` after it: the form ends in `\d+(?:\.\d+){1,3}`, which either could
 * lengthen. Every other part of the form is closed by a `~` within the identity.
 */
export function recallIdentity(bytes: Uint8Array, from: number, at: number, length: number): string | undefined {
  if (at > 0 && isNameChar(bytes[from + at - 1])) return undefined;
  for (let k = 0; k < identities.length; k++) {
    const kept = identityBytes[k];
    const end = at + kept.length;
    if (end > length || !writtenAt(bytes, from + at, kept)) continue;
    const after = end < length ? bytes[from + end] : -1;
    if (isDigit(after) || after === 46) continue;
    return identities[k];
  }
  return undefined;
}

/** Keeps an identity the form matched at its own `Package` (it starts at the place), the oldest of KEPT making way. */
export function keepIdentity(identity: string): void {
  identities[next] = identity;
  identityBytes[next] = asciiBytes(identity);
  next = (next + 1) % KEPT;
}
