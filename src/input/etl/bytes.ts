/**
 * Little-endian reads over one ETW buffer. Every read is bounds-checked by `DataView`: a
 * record that points past its buffer throws a `RangeError`, which the record reader turns
 * into a warning with the byte offset.
 */
export class Bytes {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  u8(o: number): number {
    return this.view.getUint8(o);
  }
  u16(o: number): number {
    return this.view.getUint16(o, true);
  }
  u32(o: number): number {
    return this.view.getUint32(o, true);
  }
  i32(o: number): number {
    return this.view.getInt32(o, true);
  }
  u64(o: number): bigint {
    return this.view.getBigUint64(o, true);
  }
  i64(o: number): bigint {
    return this.view.getBigInt64(o, true);
  }

  /** A GUID in its registry form without braces, lower case: `0b7a6f19-47c4-454e-8c5c-e868d637e4d8`. */
  guid(o: number): string {
    const b = this.slice(o, 16);
    const x = HEX;
    return `${x[b[3]]}${x[b[2]]}${x[b[1]]}${x[b[0]]}-${x[b[5]]}${x[b[4]]}-${x[b[7]]}${x[b[6]]}-${x[b[8]]}${x[b[9]]}-${x[b[10]]}${x[b[11]]}${x[b[12]]}${x[b[13]]}${x[b[14]]}${x[b[15]]}`;
  }

  slice(o: number, n: number): Uint8Array {
    if (o < 0 || n < 0 || o + n > this.bytes.length) throw new RangeError(`${n} bytes at ${o} pass the end`);
    return this.bytes.subarray(o, o + n);
  }

  /** A NUL-terminated UTF-16LE string starting at `o` and ending before `end`; `next` is past the NUL. */
  utf16z(o: number, end: number): { text: string; next: number } {
    let i = o;
    while (i + 1 < end && (this.bytes[i] | this.bytes[i + 1]) !== 0) i += 2;
    if (i + 1 >= end) throw new RangeError(`string at ${o} has no terminator`);
    return { text: UTF16.decode(this.bytes.subarray(o, i)), next: i + 2 };
  }

  /** A NUL-terminated 8-bit string (UTF-8, or ANSI read as UTF-8 with replacement characters). */
  utf8z(o: number, end: number): { text: string; next: number } {
    let i = o;
    while (i < end && this.bytes[i] !== 0) i++;
    if (i >= end) throw new RangeError(`string at ${o} has no terminator`);
    return { text: UTF8.decode(this.bytes.subarray(o, i)), next: i + 1 };
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export const UTF16 = new TextDecoder('utf-16le');
export const UTF8 = new TextDecoder('utf-8');

export const align8 = (n: number): number => (n + 7) & ~7;
