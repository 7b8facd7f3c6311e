import { describe, expect, it } from 'vitest';
import { verdictFor, type KbHash } from '../../src/hash/verdict.ts';

const A = 'A'.repeat(64);
const B = 'B'.repeat(64);
const C = 'C'.repeat(64);
const catalog: KbHash[] = [
  { kb: 'KB1', sha256: A },
  { kb: 'KB2', sha256: B },
  { kb: 'KB3', sha256: null },
];

describe('verdictFor on a KB page (an expected KB)', () => {
  it('says match when the file has the expected hash, whatever its case', () => {
    expect(verdictFor(A.toLowerCase(), catalog, catalog[0])).toEqual({ kind: 'match', kb: 'KB1' });
  });

  it('names the other catalog KB the file really is', () => {
    expect(verdictFor(B, catalog, catalog[0])).toEqual({ kind: 'other', kb: 'KB2', expected: 'KB1' });
    expect(verdictFor(A, catalog, catalog[2])).toEqual({ kind: 'other', kb: 'KB1', expected: 'KB3' });
  });

  it('says mismatch when the expected hash is published and nothing matches', () => {
    expect(verdictFor(C, catalog, catalog[0])).toEqual({ kind: 'mismatch', expected: 'KB1' });
  });

  it('says unpublished when the expected KB has no hash and nothing matches', () => {
    expect(verdictFor(C, catalog, catalog[2])).toEqual({ kind: 'unpublished', expected: 'KB3' });
  });

  it('trusts the expected hash of the page even when the catalog list lacks it', () => {
    expect(verdictFor(C, [], { kb: 'KB9', sha256: C })).toEqual({ kind: 'match', kb: 'KB9' });
  });
});

describe('verdictFor against the whole catalog (nothing expected)', () => {
  it('names the KB with this hash', () => {
    expect(verdictFor(B, catalog)).toEqual({ kind: 'match', kb: 'KB2' });
  });

  it('says unknown when no KB has this hash', () => {
    expect(verdictFor(C, catalog)).toEqual({ kind: 'unknown' });
  });

  it('rejects a computed value that is not a SHA-256', () => {
    expect(() => verdictFor('abc', catalog)).toThrow(/not a SHA-256/);
  });
});
