import { describe, expect, it } from 'vitest';
import { undoCallTranslation } from '../../../../src/input/cab/lzx/e8.ts';

const FILE_SIZE = 12_000_000; // makecab's default translation size

/** What the encoder does to a CALL at `at` whose relative target is `relative`: stores the absolute target. */
function call(at: number, relative: number): number[] {
  const absolute = (at + relative) | 0;
  return [0xe8, absolute & 0xff, (absolute >>> 8) & 0xff, (absolute >>> 16) & 0xff, (absolute >>> 24) & 0xff];
}

const int32At = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

describe('x86 CALL translation', () => {
  it('turns absolute targets back into relative ones, counting positions across frames', () => {
    const frame = new Uint8Array(64);
    frame.set(call(32768 + 4, 100), 4); // a forward call, in the second frame
    frame.set(call(32768 + 20, -30), 20); // a backward call
    undoCallTranslation(frame, 32768, FILE_SIZE);
    expect(int32At(frame, 5)).toBe(100);
    expect(int32At(frame, 21)).toBe(-30);
  });

  it('leaves values outside the translated range, and the last 10 bytes of a frame, as they are', () => {
    const frame = new Uint8Array(32);
    frame.set([0xe8, 0x00, 0x00, 0x00, 0x40], 0); // 0x40000000: past the file size
    frame.set(call(25, 7), 25 - 3); // starts inside the last 10 bytes
    const before = frame.slice();
    undoCallTranslation(frame, 0, FILE_SIZE);
    expect(frame).toEqual(before);
  });

  it('skips the four bytes after an 0xE8 it handled, even when they hold 0xE8 themselves', () => {
    const frame = new Uint8Array(40);
    frame.set([0xe8, 0xe8, 0x00, 0x00, 0x00], 0); // target 0xE8 from position 0: becomes 0xE8 - 0 = 0xE8
    frame.set(call(5, 1), 5);
    undoCallTranslation(frame, 0, FILE_SIZE);
    expect(int32At(frame, 1)).toBe(0xe8);
    expect(int32At(frame, 6)).toBe(1);
  });
});
