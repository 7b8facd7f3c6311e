import type { Attempt } from '../extract/attempts.ts';

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
  const open: Attempt[] = [];
  const recovered: Recovery[] = [];
  for (const failure of attempts) {
    if (failure.status !== 'failed') continue;
    const fixedBy = successes.find((s) => later(s, failure) && sameThing(failure, s));
    if (fixedBy) recovered.push({ failure, fixedBy });
    else open.push(failure);
  }
  return { open, recovered };
}

function sameThing(failure: Attempt, success: Attempt): boolean {
  if (failure.kind === 'servicing' || success.kind === 'servicing') {
    if (failure.kind !== success.kind || failure.file !== success.file) return false;
    // A session-wide success covers every package; a package's success covers only that package.
    return !success.update.package || !failure.update.package || success.update.package === failure.update.package;
  }
  const a = failure.update;
  const b = success.update;
  return (!!a.id && a.id === b.id) || (!!a.kb && a.kb === b.kb) || (!!a.title && a.title === b.title);
}

/** After, by log time when both have one in the same clock (zoned or not), else by line in the same file. */
function later(success: Attempt, failure: Attempt): boolean {
  const s = success.outcome;
  const f = failure.outcome;
  if (s.time && f.time && s.time.endsWith('Z') === f.time.endsWith('Z') && s.time !== f.time) return s.time > f.time;
  return s.file === f.file && s.line > f.line;
}
