import type { AttemptReport } from './model.ts';

/** Failed attempts of one result code: how many, and when the first and the last ended. */
export interface FailureTally {
  /** the code as the first of its attempts gives it; undefined for failures whose log gives no code */
  code?: string;
  name?: string;
  count: number;
  first?: string;
  last?: string;
}

/**
 * Failed install attempts counted by their result code: what the engineer in the case counted by
 * hand (4 × 0x80070570, 1 × 0x8024001E, 1 × 0x80070490). Each attempt counts once, whatever else
 * its lines mention, and a code counts as one whatever case its hex digits are written in. Most
 * frequent first; ties by the earliest `first`, so the order is stable. `timeOf` sets how precise
 * `first` and `last` are: the analyzer page keeps whole times, a reply whole days.
 */
export function tallyFailures(attempts: readonly AttemptReport[], timeOf: (time: string) => string = (time) => time): FailureTally[] {
  const rows = new Map<string, FailureTally>();
  for (const a of attempts) {
    if (a.status !== 'failed') continue;
    const key = a.code?.toLowerCase() ?? '';
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { ...(a.code ? { code: a.code } : {}), ...(a.name ? { name: a.name } : {}), count: 0 }));
    row.count++;
    const time = a.outcome.time && timeOf(a.outcome.time);
    if (time && (!row.first || time < row.first)) row.first = time;
    if (time && (!row.last || time > row.last)) row.last = time;
  }
  return [...rows.values()].sort((x, y) => y.count - x.count || (x.first ?? '').localeCompare(y.first ?? ''));
}
