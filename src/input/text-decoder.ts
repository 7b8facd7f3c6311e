import type { Encoding } from './encoding.ts';

/** Longest run of bytes held while waiting for a line end; longer lines are passed on in pieces. */
export const MAX_CARRY_BYTES = 1 << 20;

/**
 * Turns byte chunks into text, chunk by chunk, in constant memory.
 *
 * UTF-8 files are decoded up to their last line end in one call; only when that
 * produced a replacement character are its lines decoded one by one, each line that
 * is not valid UTF-8 being read as Windows-1252 (setupact.log mixes the two).
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly perLine: boolean;
  private carry: Uint8Array = new Uint8Array(0);
  /** lines that were not valid UTF-8 and were read as Windows-1252 */
  fallbackLines = 0;

  constructor(encoding: Encoding) {
    const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
    this.decoder = new TextDecoder(label, { fatal: false, ignoreBOM: true });
    this.perLine = label === 'utf-8';
  }

  /**
   * Hands the text of `chunk` on to `take`, in pieces that end at line ends (UTF-8): the line
   * left open by the last chunk is handed on apart from the rest, since joining the two strings
   * would copy the whole chunk behind it.
   */
  push(chunk: Uint8Array, take: (text: string) => void): void {
    if (!this.perLine) return take(this.decoder.decode(chunk, { stream: true }));
    let last = chunk.lastIndexOf(0x0a);
    if (last < 0) {
      this.carry = this.carry.length ? concat(this.carry, chunk) : chunk.slice();
      if (this.carry.length > MAX_CARRY_BYTES) take(this.flushCarry());
      return;
    }
    // The partial line held from the last chunk is finished by this chunk's first line;
    // the rest of the chunk is decoded in place, without copying it.
    let from = 0;
    if (this.carry.length) {
      const first = chunk.indexOf(0x0a);
      take(this.decodeLines(concat(this.carry, chunk.subarray(0, first + 1))));
      from = first + 1;
    }
    last += 1;
    this.carry = chunk.slice(last);
    if (from < last) take(this.decodeLines(chunk.subarray(from, last)));
  }

  /** A line with no end in sight: pass it on, cut where no UTF-8 sequence is split. */
  private flushCarry(): string {
    const bytes = this.carry;
    let end = bytes.length;
    for (let back = 0; back < 3 && (bytes[end - 1] & 0xc0) === 0x80; back++) end--;
    if (bytes[end - 1] >= 0xc0) end--;
    this.carry = bytes.slice(end);
    return this.decodeLines(bytes.subarray(0, end));
  }

  end(): string {
    if (!this.perLine) return this.decoder.decode();
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return rest.length ? this.decodeLines(rest) : '';
  }

  private decodeLines(bytes: Uint8Array): string {
    const text = this.decoder.decode(bytes);
    if (!text.includes('\uFFFD')) return text;
    const parts: string[] = [];
    for (let start = 0; start < bytes.length; ) {
      let stop = bytes.indexOf(0x0a, start);
      stop = stop < 0 ? bytes.length : stop + 1;
      parts.push(this.decodeLine(bytes.subarray(start, stop)));
      start = stop;
    }
    return parts.join('');
  }

  private decodeLine(line: Uint8Array): string {
    try {
      return strictUtf8.decode(line);
    } catch {
      this.fallbackLines++;
      return windows1252.decode(line);
    }
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
