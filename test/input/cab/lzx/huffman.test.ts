import { describe, expect, it } from 'vitest';
import { CabError } from '../../../../src/input/cab/error.ts';
import { BitReader } from '../../../../src/input/cab/lzx/bit-reader.ts';
import { Huffman } from '../../../../src/input/cab/lzx/huffman.ts';

/** Bits written most significant first into little-endian 16-bit words, as LZX stores them. */
function words(bits: string): Uint8Array {
  const padded = bits.padEnd(Math.ceil(bits.length / 16) * 16 || 16, '0');
  const out = new Uint8Array(padded.length / 8);
  for (let w = 0; w < padded.length / 16; w++) {
    const value = parseInt(padded.slice(w * 16, w * 16 + 16), 2);
    out[w * 2] = value & 0xff;
    out[w * 2 + 1] = value >> 8;
  }
  return out;
}

function tree(lengths: number[], tableBits = 4): Huffman {
  const h = new Huffman(lengths.length, tableBits, 'test tree');
  h.lengths.set(lengths);
  h.build();
  return h;
}

describe('canonical Huffman codes', () => {
  it('assigns codes by length, then by symbol, and decodes them', () => {
    // lengths 2,1,3,3 → B=0, A=10, C=110, D=111
    const bits = new BitReader();
    bits.nextInput(words('0' + '10' + '110' + '111' + '0'));
    const h = tree([2, 1, 3, 3]);
    expect([1, 0, 2, 3, 1].map(() => h.decode(bits))).toEqual([1, 0, 2, 3, 1]);
  });

  it('decodes codes longer than the direct table by walking the lengths', () => {
    const lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16];
    const bits = new BitReader();
    bits.nextInput(words('1'.repeat(16) + '1'.repeat(15) + '0'));
    const h = tree(lengths, 4);
    expect([h.decode(bits), h.decode(bits)]).toEqual([16, 15]);
  });

  it('refuses over-subscribed and incomplete trees, and reading from an empty one', () => {
    expect(() => tree([1, 1, 1])).toThrow(/test tree is over-subscribed/);
    expect(() => tree([1, 2, 0])).toThrow(/test tree is incomplete/);
    const empty = tree([0, 0, 0]);
    const bits = new BitReader();
    bits.nextInput(words('0101'));
    expect(() => empty.decode(bits)).toThrow(CabError);
  });
});
