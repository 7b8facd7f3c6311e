/** Bytes as they arrive, taken out in pieces of any size without copying when one chunk holds the piece. */
export class ByteQueue {
  private parts: Uint8Array[] = [];
  private first = 0;
  length = 0;

  push(chunk: Uint8Array): void {
    if (!chunk.length) return;
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  /** The little-endian 32-bit word at the front (needs 4 bytes). */
  u32(): number {
    const b = this.peek(4);
    return (b[0] | (b[1] << 8) | (b[2] << 16)) + b[3] * 0x1000000;
  }

  take(n: number): Uint8Array {
    const out = this.peek(n);
    this.drop(n);
    return out;
  }

  clear(): void {
    this.parts = [];
    this.first = 0;
    this.length = 0;
  }

  private peek(n: number): Uint8Array {
    const head = this.parts[0];
    if (head.length - this.first >= n) return head.subarray(this.first, this.first + n);
    const out = new Uint8Array(n);
    let filled = 0;
    for (let i = 0, from = this.first; filled < n; i++, from = 0) {
      const part = this.parts[i].subarray(from, from + n - filled);
      out.set(part, filled);
      filled += part.length;
    }
    return out;
  }

  private drop(n: number): void {
    this.length -= n;
    while (n > 0) {
      const left = this.parts[0].length - this.first;
      if (n < left) {
        this.first += n;
        return;
      }
      n -= left;
      this.parts.shift();
      this.first = 0;
    }
  }
}
