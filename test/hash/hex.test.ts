import { describe, expect, it } from 'vitest';
import { normalizeSha256, toHex } from '../../src/hash/hex.ts';

const CASE_HASH = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';

describe('toHex', () => {
  it('writes two lower-case digits per byte, keeping leading zeros', () => {
    expect(toHex(Uint8Array.of(0, 1, 0x0f, 0xa0, 0xff))).toBe('00010fa0ff');
  });
});

describe('normalizeSha256', () => {
  it('accepts the hash in any case', () => {
    expect(normalizeSha256(CASE_HASH.toLowerCase())).toBe(CASE_HASH);
  });

  it('accepts the spaced pairs older certutil versions print', () => {
    const spaced = CASE_HASH.match(/../g)!.join(' ').toLowerCase();
    expect(normalizeSha256(`  ${spaced}\n`)).toBe(CASE_HASH);
  });

  it('rejects text that is not 64 hex digits', () => {
    expect(normalizeSha256(CASE_HASH.slice(1))).toBeUndefined();
    expect(normalizeSha256(`${CASE_HASH}0`)).toBeUndefined();
    expect(normalizeSha256(CASE_HASH.replace('C', 'G'))).toBeUndefined();
  });
});
