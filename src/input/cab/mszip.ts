import { inflateSync } from 'fflate';
import { CabError } from './error.ts';
import type { BlockDecoder } from './block.ts';

/** Deflate refers back at most this far: the history one block hands the next. */
const HISTORY = 32 * 1024;

/**
 * MSZIP (MS-MCI 2.2): each block is "CK" and a complete deflate stream whose matches may reach
 * into the previous block's output, so the previous 32 KiB go to fflate as a preset dictionary.
 */
export class MszipDecoder implements BlockDecoder {
  private history: Uint8Array = new Uint8Array(0);

  block(data: Uint8Array, size: number, where: string): Uint8Array {
    if (data[0] !== 0x43 || data[1] !== 0x4b) throw new CabError('cab-corrupt', `${where}: MSZIP block does not start with "CK"`);
    // One spare byte shows a block that inflates to more than it declares (fflate stops at the buffer's end).
    let out: Uint8Array;
    try {
      out = inflateSync(data.subarray(2), { dictionary: this.history, out: new Uint8Array(size + 1) });
    } catch (error) {
      throw new CabError('cab-corrupt', `${where}: invalid MSZIP data (${(error as Error).message})`);
    }
    if (out.length !== size) throw new CabError('cab-corrupt', `${where}: MSZIP block inflates to ${out.length > size ? 'more than' : out.length} bytes, not the ${size} it declares`);
    this.history = out.length >= HISTORY || !this.history.length ? out : keepTail(this.history, out);
    return out;
  }
}

function keepTail(history: Uint8Array, out: Uint8Array): Uint8Array {
  const keep = Math.min(history.length, HISTORY - out.length);
  const joined = new Uint8Array(keep + out.length);
  joined.set(history.subarray(history.length - keep));
  joined.set(out, keep);
  return joined;
}
