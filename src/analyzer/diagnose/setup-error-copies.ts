import type { Attempt } from '../extract/attempt-model.ts';
import type { InputRecord } from '../scan/session.ts';
import { setupLogName } from './setup-log-name.ts';

/**
 * The servicing episodes of the files read, without a setuperr.log's copies. Setup writes each of
 * its errors to setupact.log and again to the setuperr.log beside it, so where both of one folder
 * are read, the setupact.log's reading of that time is the whole one: it has the lines around each
 * error, such as a rollback's start, that setuperr.log lacks (which would make one rollback two
 * episodes, or count a failure after a user's cancel). A setuperr.log's episodes inside the time its
 * setupact.log covers are left out (`copies`); outside it (a setupact.log cut short) they stay.
 * The pair is told by name (setup-log-name.ts), renamed alike or not.
 */
export function servicingEpisodes(analyzed: readonly InputRecord[]): { episodes: Attempt[]; copies: Attempt[] } {
  const setupact = new Map<string, { first?: string; last?: string }>();
  for (const r of analyzed) {
    const name = setupLogName(r.file);
    if (r.format === 'setupact' && name?.kind === 'act') setupact.set(name.pair, { first: r.facts!.firstTime, last: r.facts!.lastTime });
  }
  const episodes: Attempt[] = [];
  const copies: Attempt[] = [];
  for (const r of analyzed) {
    const attempts = r.facts!.servicing.attempts;
    const name = setupLogName(r.file);
    const span = name?.kind === 'err' ? setupact.get(name.pair) : undefined;
    if (!span?.first || !span.last) {
      episodes.push(...attempts);
      continue;
    }
    const { first, last } = span;
    // Both files are written by one setup, with one clock and one time format: their times compare as strings.
    for (const a of attempts) {
      const time = a.outcome.time;
      (time === undefined || time < first || time > last ? episodes : copies).push(a);
    }
  }
  return { episodes, copies };
}
