/**
 * A SHA-256 someone typed or pasted, against the hashes the catalog records. A value a few
 * characters off a recorded hash is the case's mistake (a hash copied into an e-mail with one
 * character wrong): it is reported as a mismatch with the differing positions, never as a match.
 */
import { normalizeSha256 } from '../hash/hex.ts';

/** One KB record's hash, as the site's hash list and the CLI carry it. */
export interface HashRecord {
  kb: string;
  sha256: string | null;
  /** the package file the hash was computed from, when the record names it */
  fileName?: string;
}

/** 1-based position in the 64 digits, the typed digit and the record's. */
export interface HashDifference {
  position: number;
  typed: string;
  record: string;
}

export type HashMatch =
  | { kind: 'exact'; sha256: string; record: HashRecord }
  | { kind: 'near'; sha256: string; record: HashRecord; expected: string; differences: HashDifference[] }
  | { kind: 'none'; sha256: string };

/**
 * Up to this many differing digits is a copy of a recorded hash gone wrong. Two different
 * files agree on a given digit one time in 16: a stranger hash is ~60 digits off.
 */
export const NEAR_HASH_DIGITS = 4;

export function differences(typed: string, expected: string): HashDifference[] {
  const out: HashDifference[] = [];
  for (let i = 0; i < 64; i++) if (typed[i] !== expected[i]) out.push({ position: i + 1, typed: typed[i], record: expected[i] });
  return out;
}

/** `sha256` in any case, with spaces or colons; throws when it is not 64 hex digits (see findSha256). */
export function matchHash(sha256: string, records: readonly HashRecord[]): HashMatch {
  const typed = normalizeSha256(sha256);
  if (!typed) throw new Error(`not a SHA-256: ${sha256}`);
  let near: Extract<HashMatch, { kind: 'near' }> | undefined;
  for (const record of records) {
    const expected = record.sha256 === null ? undefined : normalizeSha256(record.sha256);
    if (!expected) continue;
    if (expected === typed) return { kind: 'exact', sha256: typed, record };
    const diff = differences(typed, expected);
    if (diff.length <= NEAR_HASH_DIGITS && (!near || diff.length < near.differences.length)) {
      near = { kind: 'near', sha256: typed, record, expected, differences: diff };
    }
  }
  return near ?? { kind: 'none', sha256: typed };
}

/** A marker line under two aligned hashes: `^` under each differing digit. */
export const differenceMarks = (diff: readonly HashDifference[]): string => {
  const marks = Array.from({ length: 64 }, () => ' ');
  for (const d of diff) marks[d.position - 1] = '^';
  return marks.join('').trimEnd();
};
