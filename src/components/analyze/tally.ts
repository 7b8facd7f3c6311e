/**
 * Failed install attempts counted by their result code: what the engineer in the case counted by
 * hand (4 × 0x80070570, 1 × 0x8024001E, 1 × 0x80070490). Each attempt counts once, whatever
 * else its lines mention. Framework-free.
 */
import type { AttemptReport } from '../../analyzer/index.ts';

export interface TallyRow {
  code?: string;
  name?: string;
  count: number;
  first: string | undefined;
  last: string | undefined;
}

export function tallyFailures(attempts: readonly AttemptReport[]): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  for (const a of attempts) {
    if (a.status !== 'failed') continue;
    const key = a.code ?? '';
    const row = rows.get(key) ?? { code: a.code, name: a.name, count: 0, first: undefined, last: undefined };
    row.count++;
    const time = a.outcome.time;
    if (time && (!row.first || time < row.first)) row.first = time;
    if (time && (!row.last || time > row.last)) row.last = time;
    rows.set(key, row);
  }
  // Most frequent first; ties by the earliest date, so the order is stable.
  return [...rows.values()].sort((x, y) => y.count - x.count || (x.first ?? '').localeCompare(y.first ?? ''));
}
