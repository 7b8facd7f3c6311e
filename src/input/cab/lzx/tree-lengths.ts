import { lzxError, type BitReader } from './bit-reader.ts';
import type { Huffman } from './huffman.ts';

/**
 * Reads code lengths `first`…`last` of a tree as LZX sends them: a 20-symbol pretree, then
 * each length as a change (mod 17) from the previous block's, or runs of zeros or of one value.
 */
export function readTreeLengths(bits: BitReader, pretree: Huffman, lengths: Uint8Array, first: number, last: number): void {
  for (let i = 0; i < 20; i++) pretree.lengths[i] = bits.read(4);
  pretree.build();
  for (let x = first; x < last; ) {
    let symbol = pretree.decode(bits);
    let run = 1;
    let value: number;
    if (symbol === 17) {
      run = bits.read(4) + 4;
      value = 0;
    } else if (symbol === 18) {
      run = bits.read(5) + 20;
      value = 0;
    } else {
      if (symbol === 19) {
        run = bits.read(1) + 4;
        symbol = pretree.decode(bits);
      }
      value = lengths[x] - symbol;
      if (value < 0) value += 17;
      if (value < 0 || value > 16) throw lzxError(`code length ${value} in a tree`);
    }
    if (x + run > lengths.length) throw lzxError('a run of code lengths passes the end of its tree');
    lengths.fill(value, x, x + run);
    x += run;
  }
}
