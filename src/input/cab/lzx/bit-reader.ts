import { CabError } from '../error.ts';
import { joinParts } from '../bytes.ts';

/** Past the end of a frame's input, this many zero words may be looked at (never used) before we give up. */
const MAX_PADDING_WORDS = 4;

export const lzxError = (detail: string) => new CabError('cab-corrupt', detail);

/**
 * LZX reads its input as little-endian 16-bit words, bits taken from the most significant end.
 * The stream runs on across CFDATA blocks: bytes a frame did not use start the next one.
 * Looking past the input yields zeros; using them is an error found at the frame's end.
 */
export class BitReader {
  private input: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** buffered bits, left-aligned in 32 bits */
  private buffer = 0;
  private left = 0;
  private padding = 0;

  nextInput(bytes: Uint8Array): void {
    const rest = this.input.subarray(this.pos);
    this.input = rest.length ? joinParts([rest, bytes], rest.length + bytes.length) : bytes;
    this.pos = 0;
  }

  /** The next `n` bits (1 ≤ n ≤ 17) without using them. */
  peek(n: number): number {
    while (this.left < n) this.fill();
    return this.buffer >>> (32 - n);
  }

  skip(n: number): void {
    this.buffer = (this.buffer << n) >>> 0;
    this.left -= n;
  }

  read(n: number): number {
    if (n === 0) return 0;
    const value = this.peek(n);
    this.skip(n);
    return value;
  }

  /** End of an output frame: padding must not have been used; the stream realigns to 16 bits. */
  endFrame(): void {
    if (this.padding * 16 > this.left) throw lzxError('the compressed data ends before the frame is complete');
    this.left -= this.padding * 16;
    this.padding = 0;
    this.skip(this.left & 15);
  }

  /** Uncompressed blocks start on the next 16-bit boundary (a whole word is skipped when already on one). */
  alignToBytes(): void {
    if (this.left === 0) this.pos += 2;
    else if (this.left > 16) {
      if (this.padding) this.padding--;
      else this.pos -= 2;
    }
    this.buffer = 0;
    this.left = 0;
  }

  bytes(n: number): Uint8Array {
    if (this.padding || this.pos + n > this.input.length) throw lzxError(`an uncompressed block needs ${n} bytes, ${Math.max(0, this.input.length - this.pos)} remain`);
    this.pos += n;
    return this.input.subarray(this.pos - n, this.pos);
  }

  uint32(): number {
    const b = this.bytes(4);
    return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
  }

  private fill(): void {
    let word = 0;
    if (this.pos < this.input.length) {
      word = this.input[this.pos] | ((this.input[this.pos + 1] ?? 0) << 8);
      this.pos += 2;
    } else if (++this.padding > MAX_PADDING_WORDS) {
      throw lzxError('the compressed data ends early');
    }
    this.buffer = (this.buffer | (word << (16 - this.left))) >>> 0;
    this.left += 16;
  }
}
