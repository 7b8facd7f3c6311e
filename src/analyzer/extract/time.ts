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
  const m = ANY_STAMP.exec(line);
  return m ? stamp(m[1], m[2], m[3], m[4], m[5], m[6], m[7], !!m[8]) : undefined;
}
