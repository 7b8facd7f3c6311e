import type { Knowledge } from '../knowledge.ts';

/** The first (most specific) symbolic name of a code, when the catalog has one. */
export function nameOf(knowledge: Knowledge, code: string | undefined): string | undefined {
  return code ? knowledge.codes[code]?.names[0] : undefined;
}

export function isWrapper(knowledge: Knowledge, code: string): boolean {
  return knowledge.codes[code]?.wrapper === true;
}

/** Severity, facility and code bits: what can be said of a value no header names (0x802400FF). */
export function structureOf(code: string): { severity: 0 | 1; facility: number; code: number } {
  const value = parseInt(code.slice(2), 16) >>> 0;
  return { severity: value >>> 31 ? 1 : 0, facility: (value >>> 16) & 0x7ff, code: value & 0xffff };
}
