/**
 * Incremental SHA-256 (FIPS 180-4) for files too large to hand to WebCrypto in one piece.
 *
 * Written for throughput in a worker: the state lives in a typed array allocated once, whole
 * 64-byte blocks are compressed straight from the caller's buffer (no copy) by the unrolled
 * rounds of rounds.generated.ts, and only a partial block at the end of a chunk is kept for the
 * next `update`.
 */

import { compressBlocks } from './rounds.generated.ts';

/** FIPS 180-4 §5.3.3 */
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

export class Sha256 {
  private readonly state = new Int32Array(INITIAL);
  /** the bytes of a block that an `update` left unfinished */
  private readonly pending = new Uint8Array(64);
  private readonly pendingView = new DataView(this.pending.buffer);
  private pendingLength = 0;
  private length = 0;
  private finished = false;

  /** Adds bytes to the message; chunks may have any size and need not align to blocks. */
  update(bytes: Uint8Array): this {
    if (this.finished) throw new Error('Sha256: update after digest');
    this.length += bytes.length;
    let offset = 0;
    if (this.pendingLength > 0) {
      const take = Math.min(64 - this.pendingLength, bytes.length);
      this.pending.set(bytes.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      offset = take;
      if (this.pendingLength < 64) return this;
      compressBlocks(this.state, this.pendingView, 0, 64);
      this.pendingLength = 0;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    offset = compressBlocks(this.state, view, offset, bytes.length);
    if (offset < bytes.length) {
      this.pending.set(bytes.subarray(offset), 0);
      this.pendingLength = bytes.length - offset;
    }
    return this;
  }

  /** Pads the message and returns the 32-byte hash; the object cannot be updated afterwards. */
  digest(): Uint8Array {
    if (this.finished) throw new Error('Sha256: digest called twice');
    const bits = this.length * 8;
    const padding = new Uint8Array(this.pendingLength < 56 ? 64 - this.pendingLength : 128 - this.pendingLength);
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    // the length in bits as a 64-bit big-endian number (exact for any file below 2^53 bits)
    view.setUint32(padding.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(padding.length - 4, bits >>> 0);
    this.update(padding);
    this.finished = true;
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) outView.setInt32(i * 4, this.state[i]);
    return out;
  }
}

/** SHA-256 of one buffer, in one call. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Sha256().update(bytes).digest();
}
