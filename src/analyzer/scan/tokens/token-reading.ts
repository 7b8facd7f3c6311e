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
  return TokenScanner.available ? tokenTable(filterSources, patternSources, markers) : undefined;
}
