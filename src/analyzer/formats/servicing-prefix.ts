/**
 * The fixed prefix of a CBS.log / DISM.log / setupact.log line,
 * `2022-10-27 08:38:33, Info                  CBS    Client aborted the install.`. It answers
 * exactly as `SERVICING_LINE` (servicing.ts) does, including its corners, but gives the
 * message as an offset: no match array, no captured strings, for every failing line.
 */

export type ServicingLevel = 'Info' | 'Warning' | 'Error' | 'Perf';

export interface ServicingPrefix {
  level: ServicingLevel;
  /** where the message starts, after the component column when there is one: `line.slice(messageStart)` is the message */
  messageStart: number;
}

/**
 * `SERVICING_LINE` without its message group, so the match ends where the message starts: the
 * same choices are tried in the same order, and padding past 30 characters is left to the message.
 * Sticky, so `test` leaves that end in `lastIndex`.
 */
const PREFIX = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\s{1,30}(?:Info|Warning|Error|Perf)\s{1,30}(?:\S+\s+)?/y;

/**
 * Whether the message holds a line terminator, which fails `SERVICING_LINE`'s `(.*)$` (one in the
 * padding does not: `\s` takes it). Searched for one by one: `indexOf` of one character is far
 * cheaper than a lookahead `(?=.*$)` over the message, and a line of one-byte characters cannot hold the last two.
 */
const holdsTerminator = (line: string, from: number): boolean =>
  line.indexOf('\r', from) >= 0 || line.indexOf('\n', from) >= 0 || line.indexOf('\u2028', from) >= 0 || line.indexOf('\u2029', from) >= 0;

/** The level a letter starts, if any: no padding character starts one. */
function levelStartingWith(c: number): ServicingLevel | undefined {
  return c === 73 ? 'Info' : c === 87 ? 'Warning' : c === 69 ? 'Error' : c === 80 ? 'Perf' : undefined;
}

/** The prefix of a servicing line, or undefined for a line of another shape (a continuation, a copy without its stamp). */
export function readServicingPrefix(line: string): ServicingPrefix | undefined {
  PREFIX.lastIndex = 0;
  if (!PREFIX.test(line)) return undefined;
  const messageStart = PREFIX.lastIndex;
  if (holdsTerminator(line, messageStart)) return undefined;
  // The padding after the stamp's comma, then the level the pattern matched.
  let at = 20;
  let level: ServicingLevel | undefined;
  while (!(level = levelStartingWith(line.charCodeAt(at)))) at++;
  return { level, messageStart };
}
