import type { Report } from './model.ts';

/**
 * A warning as one line: `file:line: message`. A reader's own message names its file already
 * (`System.evtx: byte 0: the log was not closed cleanly …`), and is not prefixed twice.
 */
export function warningLine(w: Report['warnings'][number]): string {
  if (!w.file || w.message.startsWith(`${w.file}:`)) return w.message;
  return `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
}
