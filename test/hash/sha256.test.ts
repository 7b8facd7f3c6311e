import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Sha256, sha256 } from '../../src/hash/sha256.ts';
import { toHex } from '../../src/hash/hex.ts';

const ascii = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => toHex(sha256(bytes));
/** Node's OpenSSL-backed SHA-256: the reference, used only in tests. */
const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256 against the FIPS 180-4 test vectors', () => {
  it('hashes the empty message', () => {
    expect(hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes "abc" (one block)', () => {
    expect(hex(ascii('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the 448-bit message whose padding needs a second block', () => {
    expect(hex(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes one million "a" fed in uneven chunks', () => {
    const hash = new Sha256();
    const a = new Uint8Array(1_000_000).fill(0x61);
    for (let offset = 0, size = 1; offset < a.length; offset += size, size = (size * 7 + 3) % 9973) {
      hash.update(a.subarray(offset, offset + size));
    }
    expect(toHex(hash.digest())).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });
});

describe('sha256 against Node crypto', () => {
  it('agrees on every length around the block and padding boundaries', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i * 37 + 11) & 0xff);
    for (let length = 0; length <= bytes.length; length++) {
      const part = bytes.subarray(0, length);
      expect(hex(part), `length ${length}`).toBe(reference(part));
    }
  });

  it('gives the same hash however the message is split into chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.array(fc.nat(300), { maxLength: 12 }), (bytes, cuts) => {
        const hash = new Sha256();
        let offset = 0;
        for (const cut of cuts) {
          hash.update(bytes.subarray(offset, offset + cut));
          offset = Math.min(bytes.length, offset + cut);
        }
        hash.update(bytes.subarray(offset));
        expect(toHex(hash.digest())).toBe(reference(bytes));
      }),
    );
  });

  it('reads a chunk that is a view into a larger, unaligned buffer', () => {
    const backing = Uint8Array.from({ length: 4099 }, (_, i) => (i * 13) & 0xff);
    const view = new Uint8Array(backing.buffer, 3, 4000);
    expect(hex(view)).toBe(reference(view));
  });

  it('refuses to be used again after digest', () => {
    const hash = new Sha256().update(ascii('abc'));
    hash.digest();
    expect(() => hash.update(ascii('d'))).toThrow(/after digest/);
    expect(() => hash.digest()).toThrow(/twice/);
  });
});
