import type { LogKind } from '../../catalog/types.ts';
import { isFailureCode, type CodeHit } from '../extract/codes.ts';
import type { NoiseEntry } from '../diagnose/noise.ts';
import type { Markers } from '../extract/markers.ts';
import type { FileFacts } from '../scan/file-facts.ts';

/** A log kind, or `text` for readable text in no known format (codes are still counted). */
export type FormatKind = LogKind | 'text';

export interface LineCode extends CodeHit {
  /** set when this occurrence matched the noise list */
  noise?: NoiseEntry;
}

/** A code that reports a failure on its line: a failure value, not routine there, not a `gle=` last-error value. */
export const reportsFailure = (c: LineCode): boolean => !c.noise && c.form !== 'gle' && isFailureCode(c.code);

export interface Line {
  text: string;
  /** 1-based line number in the file (the first line of a joined line) */
  no: number;
  codes: LineCode[];
  /** the marker words the line holds, as bits of the format's `markers` (or LINE_MARKERS) */
  marks: number;
  /** whether the line ends an operation with success (`endsWithSuccess`), as the line processor found for the file */
  success: boolean;
  /**
   * When the token line layer read the line: the scan's bytes of the text it stands in (one per
   * UTF-16 code unit, 0x80 for any past ASCII), and `start`, where the line starts in them. A
   * character read from them costs less than `charCodeAt` on `text`, a slice of the decoded text.
   * Undefined from the regex line layer; like the line, not to be kept.
   */
  bytes: Uint8Array | undefined;
  start: number;
}

export interface LineParser {
  /** Read what `line` holds, and keep its fields, not the object (its bytes are reused for the next text). */
  line(line: Line): void;
  end?(): void;
}

/** One log format: how to recognise it from content, and how to read its lines. */
export interface LogFormat {
  kind: FormatKind;
  /** 0 … 1: how sure this format is, judged from the first non-empty lines of a file */
  detect(sample: readonly string[]): number;
  /**
   * Regex source for the lines this parser needs besides lines with codes, KBs or
   * servers. Without a trigger the parser sees every line (small formats, or formats
   * whose records span lines).
   */
  trigger?: string;
  /** search `trigger` apart from the generic trigger: faster for some words (see lineFilter in scan/triggers.ts) */
  triggerApart?: boolean;
  /** the words its parser tests on `line.marks`: `LINE_MARKERS.with(…)`, found in one pass per line */
  markers?: Markers;
  /** true for a line that continues the previous one (hard-wrapped copies); only without a trigger */
  continues?(line: string): boolean;
  parser(facts: FileFacts): LineParser;
}

/** Share of sample lines matching `re`. */
export function share(sample: readonly string[], re: RegExp): number {
  if (!sample.length) return 0;
  let n = 0;
  for (const line of sample) if (re.test(line)) n++;
  return n / sample.length;
}
