/** A timestamp read from a log: as written, normalized, and as a number for windows of time. */
export interface Stamp {
  /** `YYYY-MM-DD HH:MM:SS` local time, or ISO 8601 with `Z` when the log says UTC */
  time: string;
  /** milliseconds on a common scale (local times are read as if UTC; only differences matter) */
  ms: number;
}

const p2 = (n: string) => n.padStart(2, '0');

export function stamp(y: string, mo: string, d: string, h: string, mi: string, s: string, frac = '', utc = false): Stamp | undefined {
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number((frac + '000').slice(0, 3)));
  if (Number.isNaN(ms) || +mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 60) return undefined;
  const base = `${y}-${p2(mo)}-${p2(d)}`;
  const clock = `${p2(h)}:${p2(mi)}:${p2(s)}`;
  return { time: utc ? `${base}T${clock}Z` : `${base} ${clock}`, ms };
}

/** `2022/10/28 13:50:06.27`, `2022-10-28 13:50:06`, `2018.10.21 12:08:49`, `2022-11-06\t08:22:57:447`, ISO with `Z`. */
const ANY_STAMP = /^\s{0,4}(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})[T\t ]{1,8}(\d{1,2})[:.](\d{2})[:.](\d{2})(?:[.:,](\d{1,7}))?(Z)?/;

export function leadingStamp(line: string): Stamp | undefined {
  const plain = plainStamp(line);
  if (plain) return plain;
  const m = ANY_STAMP.exec(line);
  return m ? stamp(m[1], m[2], m[3], m[4], m[5], m[6], m[7], !!m[8]) : undefined;
}

const digit = (line: string, at: number): number => line.charCodeAt(at) - 48;
const isDigit = (line: string, at: number): boolean => {
  const c = line.charCodeAt(at); // NaN past the end
  return c >= 48 && c <= 57;
};
const two = (line: string, at: number): number => digit(line, at) * 10 + digit(line, at + 1);
const isDateSeparator = (c: string): boolean => c === '-' || c === '/' || c === '.';

/** The digits of `YYYY-MM-DD HH:MM:SS`, with the separators checked by the caller. */
function digitsInPlace(line: string): boolean {
  for (let at = 0; at < 19; at += at === 3 || at === 6 || at === 9 || at === 12 || at === 15 ? 2 : 1) if (!isDigit(line, at)) return false;
  return true;
}

/** The second of the last line read: consecutive lines mostly share it, and only its fraction is read again. */
let lastSecond = '';
let lastMs = 0;

/**
 * The common shape, `YYYY-MM-DD HH:MM:SS` or `YYYY/MM/DD HH:MM:SS.fffffff` at the start of
 * the line, read with character checks: CBS.log and WindowsUpdate.log lines start so, and the
 * regex with its strings costs more than the rest of the line. Anything else is undefined,
 * and the regex decides.
 */
function plainStamp(line: string): Stamp | undefined {
  const same = lastSecond !== '' && line.startsWith(lastSecond);
  if (!same && !readSecond(line)) return undefined;
  let end = 19;
  let frac = 0;
  const mark = line[19];
  if ((mark === '.' || mark === ':' || mark === ',') && isDigit(line, 20)) {
    // Up to seven digits, of which the first three are milliseconds.
    frac = digit(line, 20) * 100;
    if (isDigit(line, 21)) frac += digit(line, 21) * 10;
    if (isDigit(line, 21) && isDigit(line, 22)) frac += digit(line, 22);
    end = 21;
    while (end < 27 && isDigit(line, end)) end++;
  }
  const ms = lastMs + frac;
  const utc = line[end] === 'Z';
  // As written when it is already the normal form, which most lines are (the same string for a second's lines).
  if (!utc && line[10] === ' ' && line[4] === '-' && line[7] === '-') return { time: lastSecond, ms };
  const base = `${line.slice(0, 4)}-${line.slice(5, 7)}-${line.slice(8, 10)}`;
  return { time: utc ? `${base}T${line.slice(11, 19)}Z` : `${base} ${line.slice(11, 19)}`, ms };
}

/** Checks and reads the first 19 characters as the new last second; false when they are not one. */
function readSecond(line: string): boolean {
  const gap = line[10];
  if (line.length < 19 || line[13] !== ':' || line[16] !== ':' || !isDateSeparator(line[4]) || !isDateSeparator(line[7])) return false;
  if ((gap !== ' ' && gap !== 'T' && gap !== '\t') || !digitsInPlace(line)) return false;
  const mo = two(line, 5), d = two(line, 8), h = two(line, 11), mi = two(line, 14), s = two(line, 17);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return false;
  lastSecond = line.slice(0, 19);
  lastMs = Date.UTC(two(line, 0) * 100 + two(line, 2), mo - 1, d, h, mi, s);
  return true;
}
