import { CabError } from './error.ts';
import type { CabFolder } from './directory.ts';
import { LzxDecoder } from './lzx/decoder.ts';
import { MszipDecoder } from './mszip.ts';
import type { BlockDecoder } from './block.ts';

export type { BlockDecoder };


const stored: BlockDecoder = {
  block(data, size, where) {
    if (data.length !== size) throw new CabError('cab-corrupt', `${where}: stored block holds ${data.length} bytes but declares ${size}`);
    return data.slice();
  },
};

/**
 * Folders are read one after another, so one LZX decoder per window size serves a whole
 * cabinet, reset for each folder: a cabinet listing thousands of folders allocates once.
 */
export class LzxDecoders {
  private readonly byWindow = new Map<number, LzxDecoder>();

  for(windowBits: number): LzxDecoder {
    const decoder = this.byWindow.get(windowBits);
    if (decoder) return decoder.reset();
    const made = new LzxDecoder(windowBits);
    this.byWindow.set(windowBits, made);
    return made;
  }
}

/**
 * How to make the decoder for a folder's compression, or why its members cannot be read.
 * The decoder is made when the folder's data is reached.
 */
export function blockDecoder(folder: CabFolder, lzx: LzxDecoders): (() => BlockDecoder) | CabError {
  const c = folder.compression;
  switch (c.method) {
    case 'none': return () => stored;
    case 'mszip': return () => new MszipDecoder();
    case 'lzx': {
      const { windowBits } = c;
      if (windowBits < 15 || windowBits > 21) return new CabError('cab-corrupt', `folder ${folder.index}: LZX window of 2^${windowBits} bytes is outside 2^15…2^21`);
      return () => lzx.for(windowBits);
    }
    case 'quantum': return new CabError('cab-method', `folder ${folder.index} uses Quantum compression, which is not supported (Windows never writes it for logs)`);
    default: return new CabError('cab-method', `folder ${folder.index} uses unknown compression type 0x${c.type.toString(16).padStart(4, '0')}`);
  }
}
