import { lzxError, type BitReader } from './bit-reader.ts';

const MAX_BITS = 16;

/**
 * A canonical Huffman code as LZX builds it from code lengths: a direct table for codes up
 * to `tableBits` long, a walk over lengths for the longer, rarer ones.
 */
export class Huffman {
  /** code lengths; room past `symbols` because a run in the length encoding may overshoot */
  readonly lengths: Uint8Array;
  private readonly table: Uint16Array;
  private readonly counts = new Uint16Array(MAX_BITS + 1);
  private readonly sorted: Uint16Array;
  private empty = true;

  constructor(
    private readonly symbols: number,
    private readonly tableBits: number,
    readonly name: string,
  ) {
    this.lengths = new Uint8Array(symbols + 64);
    this.table = new Uint16Array(1 << tableBits);
    this.sorted = new Uint16Array(symbols);
  }

  /** Builds the decoding tables; an all-zero tree is allowed until a symbol is read from it. */
  build(): void {
    const { counts, lengths, symbols, tableBits, table } = this;
    counts.fill(0);
    for (let s = 0; s < symbols; s++) {
      if (lengths[s] > MAX_BITS) throw lzxError(`${this.name}: code length ${lengths[s]}`);
      counts[lengths[s]]++;
    }
    counts[0] = 0;
    let room = 1;
    for (let len = 1; len <= MAX_BITS; len++) {
      room = (room << 1) - counts[len];
      if (room < 0) throw lzxError(`${this.name} is over-subscribed`);
    }
    this.empty = room === 1 << MAX_BITS;
    if (this.empty) return;
    if (room > 0) throw lzxError(`${this.name} is incomplete`);
    const next = new Uint32Array(MAX_BITS + 2);
    const offsets = new Uint16Array(MAX_BITS + 2);
    for (let len = 1; len <= MAX_BITS; len++) {
      next[len + 1] = (next[len] + counts[len]) << 1;
      offsets[len + 1] = offsets[len] + counts[len];
    }
    table.fill(0);
    for (let s = 0; s < symbols; s++) {
      const len = lengths[s];
      if (!len) continue;
      this.sorted[offsets[len]++] = s;
      const code = next[len]++;
      if (len > tableBits) continue; // entry stays 0: decoded by the slow walk
      const first = code << (tableBits - len);
      table.fill((s << 5) | len, first, first + (1 << (tableBits - len)));
    }
  }

  decode(bits: BitReader): number {
    const entry = this.table[bits.peek(this.tableBits)];
    if (entry) {
      bits.skip(entry & 31);
      return entry >> 5;
    }
    return this.walk(bits);
  }

  private walk(bits: BitReader): number {
    if (this.empty) throw lzxError(`a symbol is read from the empty ${this.name}`);
    const peeked = bits.peek(MAX_BITS);
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      code |= (peeked >>> (MAX_BITS - len)) & 1;
      const count = this.counts[len];
      if (code - first < count) {
        bits.skip(len);
        return this.sorted[index + code - first];
      }
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw lzxError(`${this.name}: no code matches`);
  }
}
