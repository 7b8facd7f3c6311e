/**
 * A pasted value that is almost a SHA-256: a run of hex digits one digit short or long (a digit
 * dropped or doubled as the hash was copied by hand), or a SHA-1's 40 digits. Said as what it is,
 * and, one digit off a recorded hash, as a mismatch of that KB with the place of the digit.
 */
import type { HashRecord } from './hash-match.ts';

/** Invisible characters a copy from a document or chat may carry inside a value. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** The longest run of hex digits, neighbours at most one space or colon apart. */
const HEX_RUN = /[0-9A-Fa-f](?:[ :]?[0-9A-Fa-f])*/g;

/** The text as the hash finders read it: NFKC, invisible characters taken out. */
export const visibleText = (text: string): string => text.normalize('NFKC').replace(INVISIBLE, '');

export type AlmostHash =
  | { kind: 'sha1'; digits: number }
  | { kind: 'length'; digits: number; near?: { record: HashRecord; position: number; dropped: boolean } };

/** What the text's longest hex run is, when it is no SHA-256 but looks meant as a hash (40, or 60–68 digits). */
export function almostHash(text: string, records: readonly HashRecord[]): AlmostHash | undefined {
  let run = '';
  for (const m of visibleText(text).matchAll(HEX_RUN)) {
    const digits = m[0].replace(/[ :]/g, '');
    if (digits.length > run.length) run = digits;
  }
  const typed = run.toUpperCase();
  if (typed.length === 40) return { kind: 'sha1', digits: 40 };
  if (typed.length < 60 || typed.length > 68 || typed.length === 64) return undefined;
  for (const record of records) {
    const expected = record.sha256?.toUpperCase();
    const position = expected ? oneDigitApart(typed, expected) : undefined;
    if (position !== undefined) return { kind: 'length', digits: typed.length, near: { record, position, dropped: typed.length < 64 } };
  }
  return { kind: 'length', digits: typed.length };
}

/** The 1-based position at which one digit was dropped from `expected` (or one added to it) to give `typed`. */
function oneDigitApart(typed: string, expected: string): number | undefined {
  const [short, long] = typed.length < expected.length ? [typed, expected] : [expected, typed];
  if (long.length - short.length !== 1) return undefined;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1) ? i + 1 : undefined;
}
