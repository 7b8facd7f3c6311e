import type { InputRecord } from '../scan/session.ts';
import type { FilesApart } from '../report/verdict-model.ts';

/** Files further apart than this are of different times: a machine's logs of one failure are weeks apart at most. */
export const APART_DAYS = 180;
const DAY = 86_400_000;

/** A log time (`2022-10-28 13:50:06`, `2022-10-28T13:50:06Z`) as days on one scale; a zone's hours do not matter at this size. */
const dayOf = (time: string): number => Date.parse(`${time.slice(0, 10)}T00:00:00Z`) / DAY;

/**
 * The widest gap between the times the files cover, when it is APART_DAYS or more: the file that
 * ends before it and the one that begins after. A bundle of a 2011 CBS.log and a 2016
 * WindowsUpdate.log was read as one machine's failure, with no word that the two are five years apart.
 */
export function filesApart(records: readonly InputRecord[]): FilesApart | undefined {
  const spans = records
    .flatMap((r) => (r.status === 'analyzed' && r.facts?.firstTime && r.facts.lastTime ? [{ file: r.file, from: r.facts.firstTime, to: r.facts.lastTime }] : []))
    .sort((a, b) => dayOf(a.from) - dayOf(b.from));
  let widest: FilesApart | undefined;
  let before = spans[0];
  for (const span of spans.slice(1)) {
    const days = Math.round(dayOf(span.from) - dayOf(before.to));
    if (days >= APART_DAYS && days > (widest?.days ?? 0)) widest = { days, before: { file: before.file, to: before.to }, after: { file: span.file, from: span.from } };
    if (dayOf(span.to) > dayOf(before.to)) before = span;
  }
  return widest;
}
