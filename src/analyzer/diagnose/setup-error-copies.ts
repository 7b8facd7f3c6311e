import type { Attempt } from '../extract/attempt-model.ts';
import type { InputRecord } from '../scan/session.ts';

/** The folder of a file in a bundle (`x.zip/Panther/setuperr.log` → `x.zip/Panther`), and its lower-cased name. */
function folderAndName(file: string): [string, string] {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return [file.slice(0, cut + 1), file.slice(cut + 1).toLowerCase()];
}

/**
 * The servicing episodes of the files read, without a setuperr.log's copies. Setup writes each of
 * its errors to setupact.log and again to the setuperr.log beside it, so where both of one folder
 * are read, the setupact.log's reading of that time is the whole one: it has the lines around each
 * error, such as a rollback's start, that setuperr.log lacks (which would make one rollback two
 * episodes, or count a failure after a user's cancel). A setuperr.log's episodes inside the time its
 * setupact.log covers are left out; outside it (a setupact.log cut short) they stay.
 */
export function servicingEpisodes(analyzed: readonly InputRecord[]): Attempt[] {
  const setupact = new Map<string, { first?: string; last?: string }>();
  for (const r of analyzed) {
    const [folder, name] = folderAndName(r.file);
    if (r.format === 'setupact' && name === 'setupact.log') setupact.set(folder, { first: r.facts!.firstTime, last: r.facts!.lastTime });
  }
  return analyzed.flatMap((r) => {
    const attempts = r.facts!.servicing.attempts;
    const [folder, name] = folderAndName(r.file);
    const span = name === 'setuperr.log' ? setupact.get(folder) : undefined;
    if (!span?.first || !span.last) return attempts;
    const { first, last } = span;
    // Both files are written by one setup, with one clock and one time format: their times compare as strings.
    return attempts.filter((a) => {
      const time = a.outcome.time;
      return time === undefined || time < first || time > last;
    });
  });
}
