/**
 * The token table a file's analysis builds for its format: the format's triggers, the content
 * patterns of the rules that apply to it (as a new file's line processor lists them, none found
 * yet) and its marker words. The benchmarks that time the token layer or the scan alone read with it,
 * so that they search what the analysis searches.
 */
import type { Knowledge } from '../../src/analyzer/index.ts';
import type { LogFormat } from '../../src/analyzer/formats/types.ts';
import { FileFacts } from '../../src/analyzer/scan/file-facts.ts';
import { LineProcessor } from '../../src/analyzer/scan/line-processor.ts';
import { Session } from '../../src/analyzer/scan/session.ts';
import { GENERIC_TRIGGER } from '../../src/analyzer/scan/triggers.ts';
import { tokenReading } from '../../src/analyzer/scan/tokens/token-reading.ts';
import type { TokenTable } from '../../src/analyzer/scan/tokens/token-table.ts';

/** The table, and the content patterns in it (the line filter is built with them too). */
export function analysisTokenTable(format: LogFormat, knowledge: Knowledge): { table: TokenTable; patterns: string[] } {
  const processor = new LineProcessor(new FileFacts(format.kind), format, new Session(knowledge));
  const patterns = processor.patternSources();
  const table = tokenReading([GENERIC_TRIGGER, format.trigger ?? ''], patterns, processor.markers);
  if (!table) throw new Error(`${format.kind}: no token table (no WebAssembly SIMD?)`);
  return { table, patterns };
}
