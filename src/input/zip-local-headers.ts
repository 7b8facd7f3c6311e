import { decodeName } from './zip-directory.ts';

/**
 * The general-purpose flags of a zip's local headers, read as the archive's bytes stream past:
 * the streaming unzipper does not give them, and bit 0 says an entry is encrypted (its data is
 * no deflate stream anyone can read without the password).
 */
const HEADER = 30;
/** Names longer than this are not followed across chunks: no log collector writes one. */
const MAX_NAME = 1024;

export class LocalHeaderFlags {
  /** the start of a header the last chunk ended inside */
  private tail = new Uint8Array(0);
  private readonly encrypted = new Set<string>();

  /** Reads the local headers `chunk` holds or completes; called before the unzipper sees the chunk. */
  push(chunk: Uint8Array): void {
    if (this.tail.length) {
      // a header begun in the last chunk: read from the two joined (only headers that start in the tail)
      const joined = new Uint8Array(this.tail.length + Math.min(chunk.length, HEADER + MAX_NAME));
      joined.set(this.tail);
      joined.set(chunk.subarray(0, joined.length - this.tail.length), this.tail.length);
      const cut = this.scan(joined, this.tail.length);
      // still cut off: the chunk was shorter than the header, and all of it is in what is kept
      if (cut >= 0) return void (this.tail = joined.slice(cut));
    }
    const cut = this.scan(chunk, chunk.length);
    this.tail = cut >= 0 ? chunk.slice(cut) : new Uint8Array(0);
  }

  /** Whether the entry of this name (as the unzipper names it) is encrypted. */
  isEncrypted(name: string): boolean {
    return this.encrypted.has(name);
  }

  /** Reads the headers starting before `before`; returns where one is cut off by the end of `bytes`, or -1. */
  private scan(bytes: Uint8Array, before: number): number {
    for (let at = bytes.indexOf(0x50); at >= 0 && at < before; at = bytes.indexOf(0x50, at + 1)) {
      if (at + 4 > bytes.length) return at;
      if (bytes[at + 1] !== 0x4b || bytes[at + 2] !== 0x03 || bytes[at + 3] !== 0x04) continue;
      if (at + HEADER > bytes.length) return at;
      const nameLength = bytes[at + 26] | (bytes[at + 27] << 8);
      if (at + HEADER + nameLength > bytes.length) return nameLength <= MAX_NAME ? at : -1;
      const flags = bytes[at + 6] | (bytes[at + 7] << 8);
      if (flags & 1) this.encrypted.add(decodeName(bytes.subarray(at + HEADER, at + HEADER + nameLength), (flags & 0x800) !== 0));
    }
    return -1;
  }
}
