/**
 * The package identities read before, recalled by their bytes where their `Package` stands again.
 * A CBS.log names the same packages on line after line: a few hundred in a real one
 * (`Read out cached applicability from TiLight for package: Package_for_KB3021128~…`,
 * `Appl: detect Parent, Package: Microsoft-Windows-Client-LanguagePack-Package~…`). Where the bytes
 * of one of them stand at a place again, the package form would match those bytes again, so the
 * identity is that one, with no regex run and no new string made (and the mention lists, comparing
 * and hashing the same string, find it at once). `bytes` are the scan's: one per UTF-16 code unit,
 * 0x80 for any past ASCII, which no identity holds.
 */
import { isNameChar, MAX_WIDENING } from './kbs.ts';
import { asciiBytes, isDigit, writtenAt } from './line-bytes.ts';
import { ownCopy } from './own-copy.ts';

/** Identities kept at most: past this the table starts again, so no log can grow it without end. */
const KEPT = 1024;
/** Slots of the table (a power of two, twice KEPT, so that probes stay short). */
const SLOTS = 2048;
/**
 * Bytes from a place that choose the slot of an identity starting there: fewer than any identity
 * holds (`Package`, `~`, sixteen hex digits, three more `~` and a version of at least three
 * characters make 30), and enough to hold a KB number's digits (`Package_for_KB3021128~31`).
 */
const WINDOW = 24;
/**
 * Bytes from a place that, with the name before it, choose the slot of an identity whose name
 * starts before its `Package` (`…-LanguagePack-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1`,
 * `KB2843630-MappingPackage~31bf3856ad364e35~amd64~~6.3.3.0`): such names share the bytes from
 * `Package` on, or much of the name before it, so the key is all of the name and reaches on to the
 * language and version. It may take in bytes of the line after a short identity; a line that
 * differs there then reads it with the regex, and keeps it under that key too.
 */
const AFTER = 40;

const identities: (string | undefined)[] = new Array(SLOTS);
const identityBytes: (Uint8Array | undefined)[] = new Array(SLOTS);
/** per slot, how many characters of the identity stand before its `Package` */
const prefixes = new Uint8Array(SLOTS);
let kept = 0;

/** Where the identity recalled last starts before its place (0 when it starts there). */
export const recalled = { before: 0 };

/**
 * The slot that `length` bytes from `at` hash to. The sum leaves its low bits to the last bytes,
 * which identities share (`~10.0.17763.`): mixed as MurmurHash3 finishes, every byte moves them.
 */
function slotOf(bytes: Uint8Array, at: number, length: number): number {
  let hash = 0;
  for (let k = 0; k < length; k++) hash = (Math.imul(hash, 31) + bytes[at + k]) | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & (SLOTS - 1);
}

/**
 * A kept identity whose `Package` stands at `at` (from the line's start `from` in `bytes`, within
 * `length`), or undefined; `recalled.before` then says how much of its name stands before `at`.
 * It starts where packageIdentity would start the name (the name characters to the left, up to
 * its limit), and counts only where no digit or `.` follows it: the form ends in
 * `\d+(?:\.\d+){1,3}`, which either could lengthen. Every other part of the form is closed by a
 * `~` within the identity. At most one kept identity passes at a place: one that another begins
 * with is followed there by a digit or `.`.
 */
export function recallIdentity(bytes: Uint8Array, from: number, at: number, length: number): string | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_WIDENING && isNameChar(bytes[from + start - 1])) start--;
  const before = at - start;
  if (before > 0 ? before >= MAX_WIDENING || length - at < AFTER : length - at < WINDOW) return undefined;
  for (let slot = slotOf(bytes, from + start, before > 0 ? before + AFTER : WINDOW); identities[slot] !== undefined; slot = (slot + 1) & (SLOTS - 1)) {
    if (prefixes[slot] !== before) continue;
    const kept = identityBytes[slot]!;
    const end = start + kept.length;
    if (end > length || !writtenAt(bytes, from + start, kept)) continue;
    const after = end < length ? bytes[from + end] : -1;
    if (isDigit(after) || after === 46) continue;
    recalled.before = before;
    return identities[slot];
  }
  return undefined;
}

/**
 * Keeps an identity the form matched at `at`, where its `Package` stands, `before` characters
 * into it, and gives its own copy: the one kept, to be given again where it is recalled. One whose
 * name reached the widening's limit is not kept: it might start earlier.
 */
export function keepIdentity(identity: string, before = 0, bytes?: Uint8Array, from = 0, at = 0, length = 0): string {
  if (identity.length < WINDOW || before >= MAX_WIDENING || (before > 0 && (!bytes || length - at < AFTER))) return ownCopy(identity);
  if (kept >= KEPT) forgetIdentities();
  const own = asciiBytes(identity);
  let slot = before > 0 ? slotOf(bytes!, from + at - before, before + AFTER) : slotOf(own, 0, WINDOW);
  for (; identities[slot] !== undefined; slot = (slot + 1) & (SLOTS - 1)) if (identities[slot] === identity && prefixes[slot] === before) return identities[slot]!;
  const copy = ownCopy(identity);
  identities[slot] = copy;
  identityBytes[slot] = own;
  prefixes[slot] = before;
  kept++;
  return copy;
}

/** Empties the table (when it is full; and for tests, which start from nothing). */
export function forgetIdentities(): void {
  identities.fill(undefined);
  identityBytes.fill(undefined);
  prefixes.fill(0);
  kept = 0;
}
