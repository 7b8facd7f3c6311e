import { isDigit, PAST_ASCII } from './line-bytes.ts';

/** A timestamp read from a log: as written, normalized, and as a number for windows of time. */
export interface Stamp {
  /** `YYYY-MM-DD HH:MM:SS` local time, or ISO 8601 with `Z` when the log says UTC */
  time: string;
  /** milliseconds on a common scale (local times are read as if UTC; only differences matter) */
  ms: number;
  /** `time`'s timeOrder: times are compared by it */
  order: number;
}

const p2 = (n: string) => n.padStart(2, '0');

export function stamp(y: string, mo: string, d: string, h: string, mi: string, s: string, frac = '', utc = false): Stamp | undefined {
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number((frac + '000').slice(0, 3)));
  if (Number.isNaN(ms) || +mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 60) return undefined;
  const base = `${y}-${p2(mo)}-${p2(d)}`;
  const clock = `${p2(h)}:${p2(mi)}:${p2(s)}`;
  const time = utc ? `${base}T${clock}Z` : `${base} ${clock}`;
  return { time, ms, order: timeOrder(time) };
}

/**
 * A number that orders normal times (`Stamp.time`: `YYYY-MM-DD HH:MM:SS`, or with `T` and `Z`) as
 * their strings compare, or NaN for any other string. Numbers compare in a few instructions;
 * two strings sliced from a log's text go through the runtime, which on a dense CBS.log cost
 * about a twentieth of the whole analysis (FileFacts.seen).
 */
export function timeOrder(time: string): number {
  const n = time.length;
  const t = n === 20 && time.charCodeAt(10) === 84 && time.charCodeAt(19) === 90;
  if (!(n === 19 && time.charCodeAt(10) === 32) && !t) return NaN;
  if (time.charCodeAt(4) !== 45 || time.charCodeAt(7) !== 45 || time.charCodeAt(13) !== 58 || time.charCodeAt(16) !== 58) return NaN;
  let date = 0, clock = 0;
  for (const i of DATE_DIGITS) {
    const d = time.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    date = date * 10 + d;
  }
  for (const i of CLOCK_DIGITS) {
    const d = time.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    clock = clock * 10 + d;
  }
  // The strings differ first in the date, then at the separator (a space sorts before `T`), then in the clock.
  return (date * 2 + (t ? 1 : 0)) * 1_000_000 + clock;
}
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const CLOCK_DIGITS = [11, 12, 14, 15, 17, 18];

/** `2022/10/28 13:50:06.27`, `2022-10-28 13:50:06`, `2018.10.21 12:08:49`, `2022-11-06\t08:22:57:447`, ISO with `Z`. */
const ANY_STAMP = /^\s{0,4}(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})[T\t ]{1,8}(\d{1,2})[:.](\d{2})[:.](\d{2})(?:[.:,](\d{1,7}))?(Z)?/;

/**
 * The stamp at the start of `line`. `bytes` and `start`, where the line's characters stand as
 * bytes (a `Line` read by the token line layer has them), spare reading them from the string.
 */
export function leadingStamp(line: string, bytes?: Uint8Array, start = 0): Stamp | undefined {
  const plain = bytes ? plainStamp(bytes, start, line) : plainStamp(headBytes(line), 0, line);
  if (plain) return plain;
  const m = ANY_STAMP.exec(line);
  return m ? stamp(m[1], m[2], m[3], m[4], m[5], m[6], m[7], !!m[8]) : undefined;
}

/** A ConfigMgr (CMTrace) record's time, at its end: `…]LOG]!><time="08:53:19.672+240" date="07-14-2021" component=…`. */
const CMTRACE_STAMP = /<time="(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?[+-]\d{1,4}" date="(\d{1,2})-(\d{1,2})-(\d{4})"/;

/** The time a line was written: its leading stamp, or a ConfigMgr record's fields (local time, as the log writes it). */
export function lineStamp(line: string): Stamp | undefined {
  const lead = leadingStamp(line);
  if (lead) return lead;
  const m = line.includes('<time="') ? CMTRACE_STAMP.exec(line) : null;
  return m ? stamp(m[7], m[5], m[6], m[1], m[2], m[3], m[4]) : undefined;
}

/** Longest common stamp: `YYYY/MM/DD HH:MM:SS.fffffffZ`. */
const HEAD = 28;
const head = new Uint8Array(HEAD);

/** The first characters of `line` as the scan's bytes would hold them (0 past its end), for plainStamp. */
function headBytes(line: string): Uint8Array {
  const n = Math.min(HEAD, line.length);
  for (let i = 0; i < n; i++) head[i] = Math.min(line.charCodeAt(i), PAST_ASCII);
  head.fill(0, n);
  return head;
}

/** The two digits at `at` as a number, or -1. */
function pair(bytes: Uint8Array, at: number): number {
  const tens = bytes[at] - 48;
  const ones = bytes[at + 1] - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}
const isDateSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46; // - / .
const isGap = (c: number): boolean => c === 32 || c === 84 || c === 9; // space, T, tab

/**
 * The second of the last line read, as numbers and in the normal local form: consecutive lines
 * often share it, and then share its string and its milliseconds. Comparing numbers read
 * from the line costs less than comparing the line with the string.
 */
let lastLocal = '';
let lastMs = 0;
/** timeOrder of `lastLocal`, from the numbers read */
let lastOrder = 0;
let lastDate = -1;
let lastClock = -1;
let lastSeparators = -1;
/** Midnight of the last date read: a day's lines need no `Date.UTC` each. */
let lastDayMs = 0;
/** The stamp of the last second read with no fraction, once one was asked for. */
let lastWhole: Stamp | undefined;

/**
 * The common shape, `YYYY-MM-DD HH:MM:SS` or `YYYY/MM/DD HH:MM:SS.fffffff` at the start of
 * the line (at `s` in `bytes`), read with character checks: CBS.log and WindowsUpdate.log lines
 * start so, and the regex with its strings costs more than the rest of the line. Anything else
 * is undefined, and the regex decides. Bytes past the line's end are a line end or zero, which
 * no check takes for a digit or a separator.
 */
function plainStamp(bytes: Uint8Array, s: number, line: string): Stamp | undefined {
  if (line.length < 19 || !readSecond(bytes, s, line)) return undefined;
  let end = 19;
  let frac = 0;
  const mark = bytes[s + 19];
  if ((mark === 46 || mark === 58 || mark === 44) && isDigit(bytes[s + 20])) {
    // Up to seven digits, of which the first three are milliseconds.
    frac = (bytes[s + 20] - 48) * 100;
    if (isDigit(bytes[s + 21])) frac += (bytes[s + 21] - 48) * 10;
    if (isDigit(bytes[s + 21]) && isDigit(bytes[s + 22])) frac += bytes[s + 22] - 48;
    end = 21;
    while (end < 27 && isDigit(bytes[s + end])) end++;
  }
  const ms = lastMs + frac;
  const utc = bytes[s + end] === 90 && end < line.length; // Z
  if (utc) return { time: `${dateOf(line)}T${line.slice(11, 19)}Z`, ms, order: lastOrder + 1_000_000 };
  // A whole second's stamp is the same object on each of its lines: stamps are never changed.
  if (frac === 0) return (lastWhole ??= { time: lastLocal, ms, order: lastOrder });
  return { time: lastLocal, ms, order: lastOrder };
}

const dateOf = (line: string): string => `${line.slice(0, 4)}-${line.slice(5, 7)}-${line.slice(8, 10)}`;

/** `-`, `-` and a space: the separators of `YYYY-MM-DD HH:MM:SS`, packed as in readSecond. */
const NORMAL_SEPARATORS = 45 | (45 << 8) | (32 << 16);

/** Checks and reads the first 19 characters as the last second; false when they are not one. */
function readSecond(bytes: Uint8Array, s: number, line: string): boolean {
  if (bytes[s + 13] !== 58 || bytes[s + 16] !== 58) return false;
  const dash = bytes[s + 4], dash2 = bytes[s + 7], gap = bytes[s + 10];
  if (!isDateSeparator(dash) || !isDateSeparator(dash2) || !isGap(gap)) return false;
  const century = pair(bytes, s), year = pair(bytes, s + 2), mo = pair(bytes, s + 5), d = pair(bytes, s + 8);
  const h = pair(bytes, s + 11), mi = pair(bytes, s + 14), sec = pair(bytes, s + 17);
  if ((century | year | h | mi | sec) < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return false;
  const date = ((century * 100 + year) * 100 + mo) * 100 + d;
  const clock = (h * 100 + mi) * 100 + sec;
  const separators = dash | (dash2 << 8) | (gap << 16);
  if (date === lastDate && clock === lastClock && separators === lastSeparators) return true;
  // Date.UTC(y, mo, d, h, mi, s) is midnight of its day plus the clock, exactly (whole milliseconds).
  if (date !== lastDate) lastDayMs = Date.UTC(century * 100 + year, mo - 1, d);
  // As written when it is already the normal form, which most lines are; else written anew
  // (`2022/10/27 …` → `2022-10-27 …`) once per second, so its lines share the string.
  lastLocal = separators === NORMAL_SEPARATORS ? line.slice(0, 19) : `${dateOf(line)} ${line.slice(11, 19)}`;
  lastMs = lastDayMs + h * 3_600_000 + mi * 60_000 + sec * 1000;
  lastOrder = date * 2_000_000 + clock;
  lastDate = date;
  lastClock = clock;
  lastSeparators = separators;
  lastWhole = undefined;
  return true;
}
