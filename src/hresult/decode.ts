/**
 * User text → every reading of it, the most likely first. Numbers are read as
 * `parseInput` proposes; names are looked up exactly, then by substring.
 */
import type { CodeIndex, IndexedName } from './code-index.ts';
import { decodeValue, type Reading } from './lookup.ts';
import { parseInput, type ReadingForm } from './parse-input.ts';
import { decodeSetupExtend, type SetupExtend } from './setup-extend.ts';

export type InputForm = ReadingForm | 'name' | 'name-substring';

export interface DecodedReading extends Reading {
  /** how the input was read to get this value */
  form: InputForm;
  /** the part of the input it was read from */
  text: string;
}

export interface DecodeResult {
  input: string;
  normalized: string;
  readings: DecodedReading[];
  setup?: { result: DecodedReading; extend: SetupExtend };
  /** number of names shown over all readings, weak ones included (Err.exe's "N matches") */
  matchCount: number;
}

/** Substring hits are capped: `:ERROR` would otherwise list thousands. */
export const MAX_SUBSTRING_HITS = 40;

function findNames(query: string, mode: 'exact' | 'substring' | 'auto', index: CodeIndex): { names: IndexedName[]; exact: boolean } {
  const key = query.toUpperCase();
  const exact = index.byName.get(key) ?? [];
  if (mode === 'exact' || (mode === 'auto' && exact.length)) return { names: exact, exact: true };
  const hits: IndexedName[] = [];
  // byName is keyed upper-case already: no per-call case folding of 8,000 names
  for (const [name, list] of index.byName) {
    if (!name.includes(key)) continue;
    hits.push(...list);
    if (hits.length >= MAX_SUBSTRING_HITS) break;
  }
  return { names: hits.slice(0, MAX_SUBSTRING_HITS), exact: false };
}

/** Readings with a strong match first; among equals, 8-digit input reads as hex first. */
function rank(reading: DecodedReading): number {
  if (reading.form === 'name') return 0;
  if (reading.primary) return reading.form === 'hex' && reading.text.replace(/^0x/i, '').length >= 8 ? 1 : 2;
  return reading.matches.length ? 3 : 4;
}

export function decode(input: string, index: CodeIndex): DecodeResult {
  const parsed = parseInput(input);
  const readings: DecodedReading[] = [];
  const add = (value: number, form: InputForm, text: string) => {
    if (readings.some((r) => r.value === value >>> 0 && r.form === form)) return;
    readings.push({ ...decodeValue(value, index), form, text });
  };
  for (const n of parsed.numbers) add(n.value, n.form, n.text);
  for (const q of parsed.names) {
    const { names, exact } = findNames(q.query, q.mode, index);
    for (const n of names) add(n.page, exact ? 'name' : 'name-substring', n.name);
  }
  // stable sort keeps Err.exe's order (decimal before hex) among equals
  const ordered = readings
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
  // the same value reached twice (typed as hex and as its name) is shown once
  const unique = ordered.filter((r, i) => ordered.findIndex((o) => o.value === r.value) === i);
  const result: DecodeResult = {
    input,
    normalized: parsed.normalized,
    readings: unique,
    matchCount: unique.reduce((sum, r) => sum + r.matches.length, 0),
  };
  if (parsed.setup) {
    const head = unique.find((r) => r.value === parsed.setup!.result);
    if (head) result.setup = { result: head, extend: decodeSetupExtend(parsed.setup.extend) };
  }
  return result;
}
