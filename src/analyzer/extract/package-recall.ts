/**
 * The package identities read before where their `Package` stands first, recalled by their bytes. A
 * CBS.log names the same packages on line after line: a few hundred in a real one
 * (`Read out cached applicability from TiLight for package: Package_for_KB3021128~…`). Where the bytes
 * of one of them stand at a place again, the package form would match those bytes again, so the
 * identity is that one, with no regex run and no new string made (and the mention lists, comparing
 * and hashing the same string, find it at once). `bytes` are the scan's: one per UTF-16 code unit,
 * 0x80 for any past ASCII, which no identity holds.
 */
import { isNameChar } from './kbs.ts';
import { asciiBytes, isDigit, writtenAt } from './line-bytes.ts';
import { ownCopy } from './own-copy.ts';

/** Identities kept at most: past this the table starts again, so no log can grow it without end. */
const KEPT = 512;
/** Slots of the table (a power of two, twice KEPT, so that probes stay short). */
const SLOTS = 1024;
/**
 * Bytes from a place that choose its slot: fewer than any identity holds (`Package`, `~`, sixteen hex
 * digits, three more `~` and a version of at least three characters make 30), and enough to hold a KB
 * number's digits (`Package_for_KB3021128~31`). Identities that share these bytes share a run of slots.
 */
const WINDOW = 24;

const identities: (string | undefined)[] = new Array(SLOTS);
const identityBytes: (Uint8Array | undefined)[] = new Array(SLOTS);
let kept = 0;

/** The first slot for the WINDOW bytes at `at`. */
function slotOf(bytes: Uint8Array, at: number): number {
  let hash = 0;
  for (let k = 0; k < WINDOW; k++) hash = (Math.imul(hash, 31) + bytes[at + k]) | 0;
  return (hash ^ (hash >>> 13)) & (SLOTS - 1);
}

/**
 * A kept identity standing at `at` (from the line's start `from` in `bytes`, within `length`), or
 * undefined. It counts only where no name character stands before it (the identity would start
 * earlier) and no digit or `.` after it: the form ends in `\d+(?:\.\d+){1,3}`, which either could
 * lengthen. Every other part of the form is closed by a `~` within the identity. At most one kept
 * identity passes both tests at a place: one that another begins with is followed there by a digit or `.`.
 */
export function recallIdentity(bytes: Uint8Array, from: number, at: number, length: number): string | undefined {
  if (length - at < WINDOW || (at > 0 && isNameChar(bytes[from + at - 1]))) return undefined;
  for (let slot = slotOf(bytes, from + at); identities[slot] !== undefined; slot = (slot + 1) & (SLOTS - 1)) {
    const kept = identityBytes[slot]!;
    const end = at + kept.length;
    if (end > length || !writtenAt(bytes, from + at, kept)) continue;
    const after = end < length ? bytes[from + end] : -1;
    if (isDigit(after) || after === 46) continue;
    return identities[slot];
  }
  return undefined;
}

/** Keeps an identity the form matched at its own `Package` (it starts at the place). */
export function keepIdentity(identity: string): void {
  if (identity.length < WINDOW) return;
  if (kept >= KEPT) forgetIdentities();
  const bytes = asciiBytes(identity);
  let slot = slotOf(bytes, 0);
  for (; identities[slot] !== undefined; slot = (slot + 1) & (SLOTS - 1)) if (identities[slot] === identity) return;
  identities[slot] = ownCopy(identity);
  identityBytes[slot] = bytes;
  kept++;
}

/** Empties the table (when it is full; and for tests, which start from nothing). */
export function forgetIdentities(): void {
  identities.fill(undefined);
  identityBytes.fill(undefined);
  kept = 0;
}
