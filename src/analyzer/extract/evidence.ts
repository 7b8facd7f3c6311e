import { ownCopy } from './own-copy.ts';

/** A line that supports a fact: which file, which line (1-based), and the text. */
export interface Evidence {
  file: string;
  line: number;
  text: string;
  time?: string;
  /** what the line means, in both languages, when the log stores no message (events read from .evtx) */
  message?: { 'zh-CN': string; en: string };
}

/** Lines in the report are cut to this length; the line number leads to the rest. */
export const EVIDENCE_CHARS = 400;

export function evidence(file: string, line: number, text: string, time?: string): Evidence {
  const cut = ownCopy((text.length > EVIDENCE_CHARS ? text.slice(0, EVIDENCE_CHARS) + '…' : text).trim());
  return time ? { file, line, text: cut, time: ownCopy(time) } : { file, line, text: cut };
}
