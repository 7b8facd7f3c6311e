/**
 * What a computed SHA-256 means for the reader: the package they expected, another package in
 * the catalog, a damaged download, or a hash this catalog cannot judge.
 */
import { normalizeSha256 } from './hex.ts';

/** One catalog KB and its published SHA-256 (null: never published). */
export interface KbHash {
  kb: string;
  sha256: string | null;
}

export type Verdict =
  /** the file is the expected KB, or (nothing expected) the one catalog KB with this hash */
  | { kind: 'match'; kb: string }
  /** the file is intact but it is another KB than the expected one */
  | { kind: 'other'; kb: string; expected: string }
  /** the expected KB has a published hash and the file matches nothing: damaged or wrong */
  | { kind: 'mismatch'; expected: string }
  /** the expected KB never had a published hash: compare with the vendor's value */
  | { kind: 'unpublished'; expected: string }
  /** nothing expected and no catalog KB has this hash */
  | { kind: 'unknown' };

/**
 * @param computed the file's SHA-256 in any case
 * @param catalog every KB of the catalog (the expected one may be missing from it)
 * @param expected the KB the reader means to install, with its published hash
 */
export function verdictFor(computed: string, catalog: readonly KbHash[], expected?: KbHash): Verdict {
  const hash = normalizeSha256(computed);
  if (!hash) throw new Error(`not a SHA-256: ${computed}`);
  const same = (entry: KbHash) => entry.sha256 !== null && normalizeSha256(entry.sha256) === hash;
  if (expected && same(expected)) return { kind: 'match', kb: expected.kb };
  const found = catalog.find((entry) => same(entry) && entry.kb !== expected?.kb);
  if (!expected) return found ? { kind: 'match', kb: found.kb } : { kind: 'unknown' };
  if (found) return { kind: 'other', kb: found.kb, expected: expected.kb };
  return expected.sha256 === null ? { kind: 'unpublished', expected: expected.kb } : { kind: 'mismatch', expected: expected.kb };
}
