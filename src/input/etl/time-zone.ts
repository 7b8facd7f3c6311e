import type { Bytes } from './bytes.ts';

/**
 * The writer's TIME_ZONE_INFORMATION, kept in every .etl header. Get-WindowsUpdateLog prints
 * local times of the machine that runs it; run where the trace was written (its documented
 * use), that is this zone. Reading the zone from the trace gives the same lines wherever the
 * analyzer runs. Like Windows without dynamic time zones, the rule applies to every year.
 */
export interface TimeZone {
  /** minutes to add to local standard time to get UTC */
  bias: number;
  standard: Transition;
  daylight: Transition;
}

interface Transition {
  /** extra bias while this part of the year is in force */
  bias: number;
  /** SYSTEMTIME rule: month 0 = no daylight saving time */
  year: number;
  month: number;
  dayOfWeek: number;
  day: number;
  hour: number;
  minute: number;
}

export function readTimeZone(b: Bytes, o: number): TimeZone {
  const rule = (at: number, biasAt: number): Transition => ({
    bias: b.i32(biasAt),
    year: b.u16(at),
    month: b.u16(at + 2),
    dayOfWeek: b.u16(at + 4),
    day: b.u16(at + 6),
    hour: b.u16(at + 8),
    minute: b.u16(at + 10),
  });
  // Bias, StandardName[32], StandardDate, StandardBias, DaylightName[32], DaylightDate, DaylightBias
  return { bias: b.i32(o), standard: rule(o + 68, o + 84), daylight: rule(o + 152, o + 168) };
}

const MINUTE = 600_000_000n; // FILETIME ticks

/** FILETIME in UTC → FILETIME in the zone's local time. */
export function toLocal(utc: bigint, zone: TimeZone): bigint {
  return utc + BigInt(localOffsetMinutes(zone, toUnixMs(utc))) * MINUTE;
}

/** How many minutes the zone's local time runs ahead of UTC at `utcMs` (UTC+8 → 480). */
export function localOffsetMinutes(zone: TimeZone, utcMs: number): number {
  return -(zone.bias + (inDaylightTime(utcMs, zone) ? zone.daylight.bias : zone.standard.bias));
}

function inDaylightTime(t: number, zone: TimeZone): boolean {
  if (!zone.standard.month || !zone.daylight.month) return false;
  const { start, end } = daylightPeriod(zone, yearOf(t - zone.bias * 60_000));
  return start < end ? t >= start && t < end : t >= start || t < end;
}

/** The year of a time in ms; the last year's bounds are kept, as events come in time order. */
let lastYear = { from: 0, to: -1, year: 0 };
function yearOf(ms: number): number {
  if (ms >= lastYear.from && ms < lastYear.to) return lastYear.year;
  const y = new Date(ms).getUTCFullYear();
  lastYear = { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), year: y };
  return y;
}

const periods = new WeakMap<TimeZone, Map<number, { start: number; end: number }>>();

/** When daylight time starts and ends in `year`, in UTC milliseconds; computed once per zone and year. */
function daylightPeriod(zone: TimeZone, year: number): { start: number; end: number } {
  let years = periods.get(zone);
  if (!years) periods.set(zone, (years = new Map()));
  let period = years.get(year);
  if (!period) {
    // Daylight time starts at a local standard time, and ends at a local daylight time.
    const start = transitionMs(zone.daylight, year) + (zone.bias + zone.standard.bias) * 60_000;
    const end = transitionMs(zone.standard, year) + (zone.bias + zone.daylight.bias) * 60_000;
    years.set(year, (period = { start, end }));
  }
  return period;
}

/** A transition in `year`, as milliseconds of local wall time read as if UTC. */
function transitionMs(rule: Transition, year: number): number {
  if (rule.year) return Date.UTC(rule.year, rule.month - 1, rule.day, rule.hour, rule.minute);
  // Day-in-month form: the `day`-th `dayOfWeek` of the month, 5 meaning the last one.
  const first = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
  let date = 1 + ((rule.dayOfWeek - first + 7) % 7) + (rule.day - 1) * 7;
  const days = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  while (date > days) date -= 7;
  return Date.UTC(year, rule.month - 1, date, rule.hour, rule.minute);
}

const UNIX_EPOCH = 116_444_736_000_000_000n;

export const toUnixMs = (filetime: bigint): number => Number((filetime - UNIX_EPOCH) / 10_000n);

const p2 = (n: number) => String(n).padStart(2, '0');

/** `2025/10/08 14:03:26.9403720`: the stamp Get-WindowsUpdateLog writes (invariant date separator). */
export function formatStamp(filetime: bigint): string {
  const ticks = ((filetime % 10_000_000n) + 10_000_000n) % 10_000_000n;
  const second = filetime - ticks;
  if (second !== lastSecond.filetime) lastSecond = { filetime: second, text: secondText(second) };
  return `${lastSecond.text}.${String(ticks).padStart(7, '0')}`;
}

/** Events come many to a second: the text up to the second is made once per second. */
let lastSecond = { filetime: -1n, text: '' };

function secondText(filetime: bigint): string {
  const d = new Date(toUnixMs(filetime));
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}
