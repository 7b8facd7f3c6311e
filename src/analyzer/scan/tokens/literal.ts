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


/** The bytes each of a literal's first three positions may hold: its fingerprint. */
export function fingerprintBytes({ text, fold, hex8, third }: Literal): number[][] {
  const raw = Array.from(text, (c) => c.charCodeAt(0));
  // after `0x`, a hex digit must come
  const follows = third ?? (hex8 ? '0123456789abcdefABCDEF' : undefined);
  const anyByte = Array.from({ length: 256 }, (_, c) => c);
  const sets = [[raw[0]], [raw[1]], raw.length > 2 ? [raw[2]] : follows === undefined ? anyByte : Array.from(follows, (c) => c.charCodeAt(0))];
  return sets.map((set) => [...new Set(set.flatMap((c) => (fold && isLetter(c) ? [c & ~32, c | 32] : [c])))]);
}

