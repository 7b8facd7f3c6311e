import { localOffsetMinutes, type TimeZone } from '../../input/index.ts';
import type { Attempt } from '../extract/attempts.ts';

const MINUTE = 60_000;
/** Time zones are whole quarter hours from UTC, and at most 14 hours away. */
const QUARTER_HOUR = 15 * MINUTE;
const MAX_OFFSET = 14 * 60 * MINUTE;
/** One install's result is written by the agent, then the event, within this much of each other. */
const PAIR_SLACK = 2 * MINUTE;

/** How far the machine's local clock runs ahead of UTC (ms) at a UTC time (ms). */
export type LocalClock = (utcMs: number) => number;

export const isUtc = (a: Attempt): boolean => a.outcome.time?.endsWith('Z') === true;

/**
 * The machine's local clock, from the bundle itself. Event logs stamp UTC; text logs (and .etl
 * lines, printed in the trace's own zone) stamp local time with no zone.
 *
 * An .etl trace header records the writer's time zone: its bias and its daylight-time rule,
 * which gives the offset at any time (UTC+8 all year for China Standard Time; UTC−8, or UTC−7
 * in summer, for Pacific). That is what Windows itself used to turn UTC into the local times of
 * the text logs, so it wins over a pair of attempts (`learnClockOffset`): a pair is only a
 * coincidence of code and time, and two installs failing with the same code a whole number of
 * quarter hours apart would teach a wrong offset. Traces that name different zones (the zone
 * was changed between them) leave the choice to the pairs. Undefined when nothing says anything.
 */
export function bundleClock(attempts: readonly Attempt[], zones: readonly TimeZone[]): LocalClock | undefined {
  const zone = zones[0];
  if (zone && zones.every((z) => sameZone(z, zone))) return (utcMs) => localOffsetMinutes(zone, utcMs) * MINUTE;
  const offset = learnClockOffset(attempts);
  return offset === undefined ? undefined : () => offset;
}

const sameZone = (a: TimeZone, b: TimeZone) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How far the machine's local clock ran ahead of UTC (ms), learned from attempt pairs: a failed
 * event and a failed local attempt of another file with the same code, whose times differ by a
 * whole quarter hour give or take a couple of minutes, are one install seen twice; the offset
 * most such pairs agree on wins. Undefined when no pair says anything.
 */
export function learnClockOffset(attempts: readonly Attempt[]): number | undefined {
  const votes = new Map<number, number>();
  const utc = attempts.filter((a) => isUtc(a) && a.status === 'failed' && a.code && a.ms !== undefined);
  const local = attempts.filter((a) => !isUtc(a) && a.status === 'failed' && a.code && a.ms !== undefined);
  for (const u of utc) {
    for (const l of local) {
      if (l.file === u.file || l.code !== u.code) continue;
      const diff = l.ms! - u.ms!;
      const zone = Math.round(diff / QUARTER_HOUR) * QUARTER_HOUR;
      if (Math.abs(zone) > MAX_OFFSET || Math.abs(diff - zone) > PAIR_SLACK) continue;
      votes.set(zone, (votes.get(zone) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [zone, n] of votes) if (best === undefined || n > votes.get(best)! || (n === votes.get(best) && Math.abs(zone) < Math.abs(best))) best = zone;
  return best;
}

/** An attempt's time on the local clock of the machine, when that can be known. */
export function localMs(a: Attempt, clock: LocalClock | undefined): number | undefined {
  if (a.ms === undefined) return undefined;
  if (!isUtc(a)) return a.ms;
  return clock === undefined ? undefined : a.ms + clock(a.ms);
}
