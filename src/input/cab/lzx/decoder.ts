import { CabError } from '../error.ts';
import type { BlockDecoder } from '../block.ts';
import { BitReader, lzxError } from './bit-reader.ts';
import { undoCallTranslation } from './e8.ts';
import { Huffman } from './huffman.ts';
import { readTreeLengths } from './tree-lengths.ts';

const VERBATIM = 1;
const ALIGNED = 2;
const UNCOMPRESSED = 3;
/** x86 call translation covers the first 32768 frames (1 GiB) of output only. */
const TRANSLATED_FRAMES = 32768;
const LENGTH_SYMBOLS = 249;
/** The longest match: a frame's last match may run this far into the next frame. */
const MAX_MATCH = 257;
/** The window starts this small and doubles as output arrives, so a folder that fails early costs little. */
const FIRST_WINDOW = 4 * 1024;
const SLOTS: Record<number, number> = { 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 42, 21: 50 };
const EXTRA = Array.from({ length: 51 }, (_, i) => Math.max(0, Math.min(17, (i >> 1) - 1)));
const BASE = EXTRA.reduce<number[]>((base, extra, i) => [...base, base[i] + (1 << extra)], [0]);

/**
 * LZX as used in cabinets (MS-PATCH "LZX DELTA" without the delta parts; libmspack's notes on
 * CAB LZX). Written here because no maintained LZX decoder exists for JavaScript without
 * native code or Node APIs. Each CFDATA block is one frame of at most 32 KiB; the window,
 * trees, repeated offsets and the bit stream carry over from frame to frame within a folder.
 */
export class LzxDecoder implements BlockDecoder {
  private readonly size: number;
  private window: Uint8Array;
  private bits = new BitReader();
  private readonly main: Huffman;
  private readonly length = new Huffman(LENGTH_SYMBOLS, 12, 'length tree');
  private readonly aligned = new Huffman(8, 7, 'aligned offset tree');
  private readonly pretree = new Huffman(20, 8, 'pretree');
  private readonly mainSymbols: number;
  private started = false;
  private translationSize = 0;
  private blockType = 0;
  private blockLength = 0;
  private blockRemaining = 0;
  private r0 = 1;
  private r1 = 1;
  private r2 = 1;
  private position = 0;
  private frameStart = 0;
  private frames = 0;
  private produced = 0;

  constructor(windowBits: number) {
    this.size = 1 << windowBits;
    this.window = new Uint8Array(Math.min(this.size, FIRST_WINDOW));
    this.mainSymbols = 256 + SLOTS[windowBits] * 8;
    this.main = new Huffman(this.mainSymbols, 12, 'main tree');
  }

  /** Ready for a new folder: the stream starts over (the window's old bytes are never read: no match may reach before the start). */
  reset(): this {
    this.bits = new BitReader();
    this.main.lengths.fill(0);
    this.length.lengths.fill(0);
    this.started = false;
    this.translationSize = 0;
    this.blockType = this.blockLength = this.blockRemaining = 0;
    this.r0 = this.r1 = this.r2 = 1;
    this.position = this.frameStart = this.frames = this.produced = 0;
    return this;
  }

  block(data: Uint8Array, size: number, where: string): Uint8Array {
    try {
      return this.frame(data, size);
    } catch (error) {
      if (error instanceof CabError) throw new CabError(error.reason, `${where}: invalid LZX data: ${error.message}`);
      throw error;
    }
  }

  private frame(data: Uint8Array, size: number): Uint8Array {
    if (this.frameStart + size > this.size) throw lzxError('the frame passes the end of the window');
    this.growWindow(this.frameStart + size + MAX_MATCH);
    const outputStart = this.produced - (this.position - this.frameStart);
    this.bits.nextInput(data);
    if (!this.started) this.readStreamHeader();
    const end = this.frameStart + size;
    while (this.position < end) {
      if (this.blockRemaining === 0) this.readBlockHeader();
      let run = Math.min(this.blockRemaining, end - this.position);
      this.blockRemaining -= run;
      run = this.blockType === UNCOMPRESSED ? this.copy(run) : this.decode(run, this.blockType === ALIGNED);
      // A match may run past the frame (never past its block): the next frame starts inside it.
      if (-run > this.blockRemaining) throw lzxError('a match runs past the end of its block');
      this.blockRemaining += run;
    }
    this.bits.endFrame();
    const out = this.window.slice(this.frameStart, end);
    if (this.translationSize && this.frames < TRANSLATED_FRAMES && size > 10) undoCallTranslation(out, outputStart, this.translationSize);
    this.frames++;
    this.frameStart = end === this.size ? 0 : end;
    if (this.position === this.size) this.position = 0;
    return out;
  }

  /** Until the window first fills, positions equal output offsets: a smaller buffer holds them all. */
  private growWindow(needed: number): void {
    if (this.window.length >= Math.min(needed, this.size)) return;
    const grown = new Uint8Array(Math.min(this.size, Math.max(needed, this.window.length * 2)));
    grown.set(this.window);
    this.window = grown;
  }

  private readStreamHeader(): void {
    this.started = true;
    if (this.bits.read(1)) this.translationSize = this.bits.read(16) * 65536 + this.bits.read(16);
  }

  private readBlockHeader(): void {
    if (this.blockType === UNCOMPRESSED && this.blockLength & 1) this.bits.bytes(1); // pad to a 16-bit boundary
    this.blockType = this.bits.read(3);
    this.blockLength = this.blockRemaining = this.bits.read(16) * 256 + this.bits.read(8);
    switch (this.blockType) {
      case ALIGNED:
        for (let i = 0; i < 8; i++) this.aligned.lengths[i] = this.bits.read(3);
        this.aligned.build();
      // falls through: the other trees follow as in a verbatim block
      case VERBATIM:
        readTreeLengths(this.bits, this.pretree, this.main.lengths, 0, 256);
        readTreeLengths(this.bits, this.pretree, this.main.lengths, 256, this.mainSymbols);
        this.main.build();
        readTreeLengths(this.bits, this.pretree, this.length.lengths, 0, LENGTH_SYMBOLS);
        this.length.build();
        return;
      case UNCOMPRESSED:
        this.bits.alignToBytes();
        this.r0 = this.bits.uint32();
        this.r1 = this.bits.uint32();
        this.r2 = this.bits.uint32();
        return;
      default:
        throw lzxError(`block type ${this.blockType} does not exist`);
    }
  }

  private copy(run: number): number {
    this.window.set(this.bits.bytes(run), this.position);
    this.position += run;
    this.produced += run;
    return 0;
  }

  /** Decodes symbols until `run` bytes are out; returns the (zero or negative) remainder. */
  private decode(run: number, aligned: boolean): number {
    const { window, bits, main, size } = this;
    let position = this.position;
    while (run > 0) {
      const symbol = main.decode(bits);
      if (symbol < 256) {
        window[position++] = symbol;
        run--;
        this.produced++;
        continue;
      }
      let length = (symbol - 256) & 7;
      if (length === 7) length += this.length.decode(bits);
      length += 2;
      const offset = this.offset((symbol - 256) >> 3, aligned);
      if (position + length > size) throw lzxError('a match runs past the end of the window');
      if (offset > this.produced || offset > size) throw lzxError(`a match refers ${offset} bytes back, before the start of the data`);
      let from = position - offset;
      if (from < 0) from += size;
      for (let i = 0; i < length; i++) {
        window[position++] = window[from++];
        if (from === size) from = 0;
      }
      this.produced += length;
      run -= length;
    }
    this.position = position;
    return run;
  }

  private offset(slot: number, aligned: boolean): number {
    if (slot === 0) return this.r0;
    if (slot === 1) {
      const offset = this.r1;
      this.r1 = this.r0;
      return (this.r0 = offset);
    }
    if (slot === 2) {
      const offset = this.r2;
      this.r2 = this.r0;
      return (this.r0 = offset);
    }
    const extra = EXTRA[slot];
    let offset = BASE[slot] - 2;
    if (aligned && extra >= 3) offset += (this.bits.read(extra - 3) << 3) + this.aligned.decode(this.bits);
    else offset += this.bits.read(extra);
    this.r2 = this.r1;
    this.r1 = this.r0;
    return (this.r0 = offset);
  }
}
