import type { Markers } from '../../extract/markers.ts';
import { TokenScanner } from './token-scanner.ts';
import { tokenTable, type TokenTable } from './token-table.ts';

/**
 * The token table for a line filter's sources (triggers, content patterns) and a format's
 * marker words, or undefined when the token line layer cannot read with them (a source that
 * does not start with literals, too many literals, no WebAssembly SIMD): the regex line layer
 * reads the file then, with the same results.
 */
export function tokenReading(filterSources: readonly string[], patternSources: readonly string[], markers: Markers): TokenTable | undefined {
  if (!TokenScanner.available) return undefined;
  // Every file of a format with the same patterns has the same table: made once, not per file.
  const key = JSON.stringify([filterSources, patternSources, markers.words, markers.placed]);
  if (!tables.has(key)) {
    if (tables.size >= MAX_TABLES) tables.clear();
    tables.set(key, tokenTable(filterSources, patternSources, markers));
  }
  return tables.get(key);
}

const MAX_TABLES = 32;
const tables = new Map<string, TokenTable | undefined>();
