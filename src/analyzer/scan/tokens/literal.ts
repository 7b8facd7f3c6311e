import { isLetter } from '../../extract/line-bytes.ts';

/** A literal the token scan looks for. */
export interface Literal {
  text: string;
  /** ASCII letters match in either case */
  fold?: boolean;
  /** eight hex digits must follow */
  hex8?: boolean;
  /** the characters that may follow a two-character literal (its fingerprint's third byte, and checked by the scan); 0x80 stands for any past ASCII; any when absent */
  third?: string;
}

/** Longest literal: verification reads it, and eight hex digits after it, past a slice's end. */
export const MAX_LITERAL_BYTES = 32;

/**
 * A literal's fingerprint: for each of its first three positions, the low and high nibbles of
 * the bytes it may hold there, as 16-bit masks `[low0, high0, low1, high1, low2, high2]`. The scan
 * passes a byte where both its nibbles are in the masks.
 */
export function fingerprintMasks({ text, fold, hex8, third }: Literal): number[] {
  // after `0x`, a hex digit must come
  const follows = third ?? (hex8 ? '0123456789abcdefABCDEF' : undefined);
  const masks = [0, 0, 0, 0, 0, 0];
  const add = (k: number, c: number) => {
    for (const v of fold && isLetter(c) ? [c & ~32, c | 32] : [c]) {
      masks[2 * k] |= 1 << (v & 15);
      masks[2 * k + 1] |= 1 << (v >> 4);
    }
  };
  add(0, text.charCodeAt(0));
  add(1, text.charCodeAt(1));
  if (text.length > 2) add(2, text.charCodeAt(2));
  else if (follows !== undefined) for (let i = 0; i < follows.length; i++) add(2, follows.charCodeAt(i));
  else masks[4] = masks[5] = 0xffff; // any byte
  return masks;
}

