/** What a redaction did, for the report file in the export and for the page. */
import type { UnreadableReason } from '../input/index.ts';
import type { KindCounts } from './kinds.ts';

export interface RedactionSummary {
  counts: KindCounts;
  /** redacted names of the files in the export */
  files: string[];
  /** files that could not be redacted and were left out (names redacted) */
  leftOut: { name: string; reason: UnreadableReason }[];
}
