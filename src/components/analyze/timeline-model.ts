/**
 * The install attempts of a report laid out for the timeline: one row per update (and one per
 * servicing episode's package), points at their dates, and day ticks for the axis.
 * Framework-free; the SVG is drawn from this by timeline.ts.
 */
import type { AttemptReport, Report } from '../../analyzer/index.ts';
import { setAsideOf } from '../../analyzer/diagnose/set-aside.ts';

export interface TimelinePoint {
  /** milliseconds on the log's own clock (local times read as UTC, as the analyzer does) */
  ms: number;
  time: string;
  status: AttemptReport['status'];
  /** a failure the verdict sets aside (set-aside.ts): no failure of this machine's updates */
  aside?: true;
  code?: string;
  name?: string;
  file: string;
  line: number;
}

export interface TimelineRow {
  /** the update as the log names it, or undefined when it does not */
  update?: string;
  servicing: boolean;
  points: TimelinePoint[];
}

export interface Timeline {
  rows: TimelineRow[];
  start: number;
  end: number;
  /**
   * midnight of each day on the axis, at most `maxTicks` of them, evenly spread; `label` as the
   * axis writes it: the month and day where all are of one year, with the year where they are not
   * (the month alone where the span is over a year), so that 2020 is not read as 2024
   */
  ticks: { ms: number; day: string; label: string }[];
}

const DAY = 86_400_000;

/** `2022-10-28 13:50:06` or `2022-10-28T13:50:06Z` → ms, read as UTC like the analyzer does. */
export function timeMs(time: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})/.exec(time);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : undefined;
}

/** A failure the verdict sets aside (set-aside.ts). */
export const setAsideFailure = (a: AttemptReport, servicing: boolean): boolean => a.status === 'failed' && setAsideOf(servicing ? 'servicing' : 'update', a.update) !== undefined;

/** The failed install attempts the verdict weighs: not those it sets aside (a Store app's). */
export const weighedFailures = (report: Pick<Report, 'attempts'>): AttemptReport[] => report.attempts.filter((a) => a.status === 'failed' && !setAsideFailure(a, false));

export const updateLabel = (a: AttemptReport): string | undefined => a.update.kb ?? a.update.title ?? a.update.package ?? a.update.id;

export function buildTimeline(report: Pick<Report, 'attempts' | 'servicing'>, maxTicks = 8): Timeline | undefined {
  const rows = new Map<string, TimelineRow>();
  const add = (a: AttemptReport, servicing: boolean) => {
    const ms = a.outcome.time ? timeMs(a.outcome.time) : undefined;
    if (ms === undefined) return;
    const update = updateLabel(a);
    const key = `${servicing ? 's' : 'a'}:${update ?? ''}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { update, servicing, points: [] }));
    row.points.push({ ms, time: a.outcome.time!, status: a.status, ...(setAsideFailure(a, servicing) ? { aside: true as const } : {}), code: a.code, name: a.name, file: a.outcome.file, line: a.outcome.line });
  };
  for (const a of report.attempts) add(a, false);
  for (const a of report.servicing) add(a, true);
  if (!rows.size) return undefined;

  const all = [...rows.values()];
  for (const row of all) row.points.sort((x, y) => x.ms - y.ms);
  // Updates first, then servicing episodes; within each, by their first point.
  all.sort((x, y) => Number(x.servicing) - Number(y.servicing) || x.points[0].ms - y.points[0].ms);
  const times = all.flatMap((r) => r.points.map((p) => p.ms));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const start = Math.floor(first / DAY) * DAY;
  const end = Math.max(Math.ceil(last / DAY) * DAY, start + DAY);
  const days = Math.round((end - start) / DAY);
  const every = Math.max(1, Math.ceil(days / Math.max(1, maxTicks - 1)));
  const ticks: Timeline['ticks'] = [];
  const tickAt = (ms: number) => {
    const day = new Date(ms).toISOString().slice(0, 10);
    return { ms, day, label: day };
  };
  for (let ms = start; ms <= end; ms += every * DAY) ticks.push(tickAt(ms));
  // The axis reaches the last day: a step that stops short of it (2020-02 … 2023-09 for data to
  // 2024-05) ends on it instead, or gains it where half a step or more is left and room remains.
  const short = end - ticks[ticks.length - 1].ms;
  if (short > 0) {
    if (short * 2 >= every * DAY && ticks.length < maxTicks) ticks.push(tickAt(end));
    else ticks[ticks.length - 1] = tickAt(end);
  }
  const years = new Set(ticks.map((t) => t.day.slice(0, 4)));
  // All of one year: the first tick says which, the others the month and day.
  for (const [i, tick] of ticks.entries()) tick.label = years.size === 1 ? (i ? tick.day.slice(5) : tick.day) : days > 366 ? tick.day.slice(0, 7) : tick.day;
  return { rows: all, start, end, ticks };
}

/** Points drawn as one dot: those of one outcome at one place on the row, with how many. */
export interface TimelineStack {
  /** where the dot is drawn: beside the others of its place when outcomes differ there */
  x: number;
  kind: PointKind;
  points: TimelinePoint[];
  /** the one code all its points have, if they have one */
  code?: string;
}

export type PointKind = 'succeeded' | 'aside' | 'failed';

/** How a point is drawn: a success, a failure set aside, a failure. */
export const pointKind = (p: TimelinePoint): PointKind => (p.status === 'succeeded' ? 'succeeded' : p.aside ? 'aside' : 'failed');

/**
 * A row's points gathered where their dots would cover each other (within `apart` units of the
 * first at `x(ms)`), then one dot per outcome among them, side by side `spread` apart in the
 * order their outcomes first came, each with its number: a driver's two failures and the success
 * a minute later drew one failed dot over the success, and five attempts of one minute read as one.
 */
export function stackPoints(points: readonly TimelinePoint[], x: (ms: number) => number, apart = 12, spread = 13): TimelineStack[] {
  const stacks: TimelineStack[] = [];
  let place: TimelinePoint[] = [];
  let placeX = 0;
  const close = () => {
    const kinds = new Map<PointKind, TimelinePoint[]>();
    for (const p of place) {
      const kind = pointKind(p);
      const list = kinds.get(kind);
      if (list) list.push(p);
      else kinds.set(kind, [p]);
    }
    [...kinds].forEach(([kind, pts], i) => {
      const codes = new Set(pts.map((p) => p.code));
      const code = codes.size === 1 ? pts[0].code : undefined;
      stacks.push({ x: placeX + (i - (kinds.size - 1) / 2) * spread, kind, points: pts, ...(code ? { code } : {}) });
    });
  };
  for (const p of [...points].sort((a, b) => a.ms - b.ms)) {
    const at = x(p.ms);
    if (place.length && at - placeX <= apart) place.push(p);
    else {
      if (place.length) close();
      [place, placeX] = [[p], at];
    }
  }
  if (place.length) close();
  return stacks;
}
