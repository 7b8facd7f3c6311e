import type { Attempt } from '../extract/attempts.ts';
import { dismAction } from './dism-action.ts';
import { STAGE } from '../formats/event-meaning.ts';
import { setupLogName } from './setup-log-name.ts';

export interface Recovery {
  failure: Attempt;
  /** the later success of the same thing */
  fixedBy: Attempt;
}

/**
 * Places each failure on the timeline of what it failed on: an update (by id, KB or
 * title, in any log), or a servicing episode (the log it was written to). A later success
 * of the same thing — a retry that installed, a session that committed after a failed
 * probe — makes the failure history. The rest are still open.
 */
export function splitRecovered(attempts: readonly Attempt[]): { open: Attempt[]; recovered: Recovery[] } {
  const successes = attempts.filter((a) => a.status === 'succeeded');
  const sessions = sessionsByFile(successes);
  const open: Attempt[] = [];
  const recovered: Recovery[] = [];
  for (const failure of attempts) {
    if (failure.status !== 'failed') continue;
    const fixedBy = failure.kind === 'servicing' ? firstFix(failure, sessions.get(logOf(failure.file))) : successes.find((s) => later(s, failure) && sameThing(failure, s));
    if (fixedBy) recovered.push({ failure, fixedBy });
    else open.push(failure);
  }
  return { open, recovered };
}

/** A file's servicing successes in the attempts' order, and whether they stand in order of (time, line) with one kind of clock. */
interface Sessions {
  list: Attempt[];
  ordered: boolean;
}

/**
 * The log a servicing attempt was written to. Setup writes its errors to setuperr.log and to
 * setupact.log of the same folder, so the two are one run's log: an error in the one is outlived by
 * setup ending well in the other (a Panther folder's setupact.log may hold only the last phases).
 */
const logOf = (file: string): string => setupLogName(file)?.pair ?? file;

/** Only a servicing success of the same log can outlive a servicing failure. */
function sessionsByFile(successes: readonly Attempt[]): Map<string, Sessions> {
  const byFile = new Map<string, Sessions>();
  for (const s of successes) {
    if (s.kind !== 'servicing') continue;
    const group = byFile.get(logOf(s.file)) ?? { list: [], ordered: true };
    const last = group.list[group.list.length - 1];
    group.ordered &&= !!s.outcome.time && (!last || (sameClock(last, s) && !later(last, s)));
    group.list.push(s);
    byFile.set(logOf(s.file), group);
  }
  return byFile;
}

/**
 * The first of a file's sessions that is later than the failure and covers its package, as a
 * search from the start finds it. A big CBS.log holds thousands of failed and completed sessions:
 * in order, the first later one is found by halving, not by walking past every earlier one.
 */
function firstFix(failure: Attempt, sessions: Sessions | undefined): Attempt | undefined {
  if (!sessions) return undefined;
  const { list } = sessions;
  let from = 0;
  // One file and one clock: `later` compares by time, then by line, so the sessions are sorted by it.
  if (sessions.ordered && sameClock(failure, list[0])) {
    let hi = list.length;
    while (from < hi) {
      const mid = (from + hi) >>> 1;
      if (later(list[mid], failure)) hi = mid;
      else from = mid + 1;
    }
  }
  for (let i = from; i < list.length; i++) if (later(list[i], failure) && sameThing(failure, list[i])) return list[i];
  return undefined;
}

const sameClock = (a: Attempt, b: Attempt): boolean => !!a.outcome.time && !!b.outcome.time && a.outcome.time.endsWith('Z') === b.outcome.time.endsWith('Z');

function sameThing(failure: Attempt, success: Attempt): boolean {
  if (failure.kind === 'servicing' || success.kind === 'servicing') {
    if (failure.kind !== success.kind || (failure.file !== success.file && logOf(failure.file) !== logOf(success.file))) return false;
    // One DISM command's success does not outlive another's failure (a package listed after one failed to install),
    // nor the failure of a program calling the DISM API (a feature WMI failed to turn on, then DISM.EXE /ScanHealth).
    const done = dismAction(success.update.phase);
    const failed = dismAction(failure.update.phase);
    if (done !== failed && done !== undefined) return false;
    // A session-wide success covers every package; a package's success covers only that package, not
    // a failure of no package known (a feature's download failing before any package ran).
    return !success.update.package || success.update.package === failure.update.package;
  }
  const a = failure.update;
  const b = success.update;
  // A package staged is not installed: that outlives only a failure to stage it.
  if (b.phase === STAGE && a.phase !== STAGE) return false;
  return (!!a.id && a.id === b.id) || (!!a.kb && a.kb === b.kb) || (!!a.title && a.title === b.title);
}

/** After, by log time when both have one in the same clock (zoned or not), else by line in the same file. */
function later(success: Attempt, failure: Attempt): boolean {
  const s = success.outcome;
  const f = failure.outcome;
  if (s.time && f.time && s.time.endsWith('Z') === f.time.endsWith('Z') && s.time !== f.time) return s.time > f.time;
  return s.file === f.file && s.line > f.line;
}
