/**
 * The literal tables of token-scan.wat, as the bytes of its memory from 0 to the hits: the
 * fingerprint's nibble tables, the literal descriptors and bytes, and the literals by the hash
 * of their first two bytes (see the .wat for the layout).
 */
import { isLetter } from '../../extract/line-bytes.ts';
import { assignBuckets } from './token-buckets.ts';
import { fingerprintMasks, type Literal } from './literal.ts';

/** Where the literal records start (RECORD bytes each), where the hash table starts, and its keys. */
const RECORDS = 4096, RECORD = 128, BY_PREFIX = 16384, PREFIX_KEYS = 4096;
/** The fingerprint: low and high nibble tables for each of three bytes. */
const FINGERPRINT_BYTES = 96;
/** The end of the tables: the hits start here. */
export const TABLES_END = BY_PREFIX + 8 * PREFIX_KEYS;

/** A literal set's tables, and the bucket each literal's fingerprint took (the first text's bytes chose them). */
export interface ScanTables {
  bytes: Uint8Array;
  buckets: number[];
}

export function buildTables(literals: readonly Literal[], sample: Uint8Array): ScanTables {
  const bytes = new Uint8Array(TABLES_END);
  const view = new DataView(bytes.buffer);
  const buckets = assignBuckets(literals, sample);
  if (RECORDS + literals.length * RECORD > BY_PREFIX) throw new Error('token scanner: too many literals for their table');
  literals.forEach((literal, id) => {
    const { text, fold, hex8, third } = literal;
    // The record: the bytes (lower case where they fold), the bit each byte gains to fold, and all
    // ones over the literal's length, which the scan compares sixteen bytes at once with; then
    // what may follow, the length and the flags.
    const at = RECORDS + id * RECORD;
    view.setUint32(at + 112, text.length, true);
    view.setUint32(at + 116, (hex8 ? 1 : 0) | (fold ? 2 : 0) | (third !== undefined ? 4 : 0), true);
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const folds = fold && isLetter(c);
      bytes[at + k] = folds ? c | 32 : c;
      bytes[at + 32 + k] = folds ? 32 : 0;
      bytes[at + 64 + k] = 0xff;
    }
    // The characters that may follow a two-character literal, one bit each; bit 0 stands for 0x80.
    if (third !== undefined) {
      for (const c of third) for (const v of fold && isLetter(c.charCodeAt(0)) ? [c.toLowerCase(), c.toUpperCase()] : [c]) bytes[at + 96 + ((v.charCodeAt(0) & 127) >> 3)] |= 1 << (v.charCodeAt(0) & 7);
    }
    search(bytes, literal, id, buckets[id]);
  });
  return { bytes, buckets };
}

/**
 * The tables with only the literals `keep` marks in the fingerprint and the hash table: the
 * others' places pass no lane and verify nothing. Their buckets stay as they were.
 */
export function tablesSearching({ bytes, buckets }: ScanTables, literals: readonly Literal[], keep: readonly boolean[]): Uint8Array {
  if (keep.every(Boolean)) return bytes;
  const narrowed = bytes.slice();
  narrowed.fill(0, 0, FINGERPRINT_BYTES);
  narrowed.fill(0, BY_PREFIX, TABLES_END);
  literals.forEach((literal, id) => keep[id] && search(narrowed, literal, id, buckets[id]));
  return narrowed;
}

/** Puts the literal in the fingerprint (its bucket's bit) and in the hash table (its id's bit). */
function search(bytes: Uint8Array, literal: Literal, id: number, bucket: number): void {
  const masks = fingerprintMasks(literal);
  for (let k = 0; k < 3; k++) {
    for (let v = 0; v < 16; v++) {
      if (masks[2 * k] & (1 << v)) bytes[k * 32 + v] |= 1 << bucket;
      if (masks[2 * k + 1] & (1 << v)) bytes[k * 32 + 16 + v] |= 1 << bucket;
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const at = BY_PREFIX + 8 * prefixKey(foldByte(literal.text.charCodeAt(0)), foldByte(literal.text.charCodeAt(1))) + (id < 32 ? 0 : 4);
  view.setUint32(at, view.getUint32(at, true) | (1 << (id & 31)), true);
}

/** A byte as the scan hashes it: upper-case letters in lower case, whether the literal folds or not. */
const foldByte = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
/** The hash table's key for two folded bytes, as token-scan.wat's scan works it out where a lane passes. */
const prefixKey = (c0: number, c1: number): number => ((c0 << 6) ^ c1) & (PREFIX_KEYS - 1);
