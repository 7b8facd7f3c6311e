import type { AttemptReport, Report } from '../analyzer/report/model.ts';
import { tallyFailures } from '../analyzer/report/failure-tally.ts';
import { setAsideOf } from '../analyzer/diagnose/set-aside.ts';
import { codeKey } from './data.ts';

/** Failed outcomes of one code: how many, and the first and last day. */
export interface CodeTally {
  code: string;
  name?: string;
  count: number;
  first?: string;
  last?: string;
}

/** The facts a reply states, read from the report once. */
export interface ReplyFacts {
  /** failed install attempts, per file, with their codes by count */
  failures: { file: string; count: number; first?: string; last?: string; codes: CodeTally[] }[];
  succeeded: AttemptReport[];
  servicing: AttemptReport[];
  /** codes met alongside failed attempts (wrappers, later errors), not counted as outcomes */
  companions: { code: string; name?: string; dates: string[] }[];
  kb?: string;
  /** the updates the failures still open name (a KB, else a title), most failed first: more than one, and `kb` is not the only one concerned */
  openUpdates: string[];
  /** the KB number the material wrote one typing mistake from `kb` (the case's KB6016623) */
  kbTypo?: string;
  runbook?: string;
  otherRunbooks: string[];
}

/** The tally's key for failures whose log gives no code. */
export const NO_CODE = '?';

const day = (time?: string): string | undefined => time?.slice(0, 10);

/** A file's failed attempts by code, as the reply gives them: by day, each code in `codeKey`'s form, `NO_CODE` for none. */
const tally = (attempts: AttemptReport[]): CodeTally[] => tallyFailures(attempts, (time) => time.slice(0, 10)).map((row) => ({ ...row, code: row.code ? codeKey(row.code) : NO_CODE }));

/**
 * The KB most failed attempts name, else the one the root cause or the logs name. Where some
 * failures are still open, only theirs vote: a KB a later success installed is history, not the
 * update the reply is about (a store app failing beside a Defender update that failed, then installed).
 */
function chooseKb(report: Report, failed: AttemptReport[]): string | undefined {
  const votes = new Map<string, number>();
  const attempts = [...failed, ...report.servicing];
  const open = attempts.filter((a) => !a.recoveredBy && a.status === 'failed');
  for (const a of open.length ? open : attempts) if (a.update.kb) votes.set(a.update.kb.toUpperCase(), (votes.get(a.update.kb.toUpperCase()) ?? 0) + 1);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? report.rootCause?.kbs[0]?.toUpperCase() ?? report.kbs.find((k) => k.known)?.kb.toUpperCase() ?? typoOf(report)?.nearest?.[0].kb;
}

/** The updates attempts name (their KB, else their title), the most often named first; those that name none are left out. */
function namedUpdates(attempts: AttemptReport[]): string[] {
  const counts = new Map<string, number>();
  for (const a of attempts) {
    const name = a.update.kb?.toUpperCase() ?? a.update.title;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** A KB number no record has, one typing mistake from exactly one record. */
const typoOf = (report: Report) => report.kbs.find((k) => !k.known && k.nearest?.length === 1);

export function replyFacts(report: Report): ReplyFacts {
  // A Store app's failure is set aside by the verdict, which says so itself.
  const failed = report.attempts.filter((a) => a.status === 'failed' && !setAsideOf('update', a.update));
  const files = [...new Set(failed.map((a) => a.file))];
  const failures = files.map((file) => {
    const mine = failed.filter((a) => a.file === file);
    const codes = tally(mine);
    const first = codes.map((c) => c.first).filter(Boolean).sort()[0];
    const last = codes.map((c) => c.last).filter(Boolean).sort().at(-1);
    return { file, count: mine.length, ...(first ? { first } : {}), ...(last ? { last } : {}), codes };
  });
  const outcomes = new Set(failed.map((a) => a.code && codeKey(a.code)));
  const companions = new Map<string, { code: string; name?: string; dates: string[] }>();
  for (const a of failed) {
    for (const c of a.companions) {
      const code = codeKey(c.code);
      if (outcomes.has(code)) continue;
      const entry = companions.get(code) ?? { code, ...(c.name ? { name: c.name } : {}), dates: [] };
      const d = day(a.outcome.time);
      if (d && !entry.dates.includes(d)) entry.dates.push(d);
      companions.set(code, entry);
    }
  }
  const ranked = [...report.runbooks.map((r) => r.id), ...(report.rootCause?.runbooks ?? [])];
  const runbooks = [...new Set(ranked)];
  const kb = chooseKb(report, failed);
  const typo = typoOf(report);
  // A DISM command's failure on another image is set aside by the verdict, which says so itself.
  const servicing = report.servicing.filter((a) => a.status === 'failed' && !setAsideOf('servicing', a.update));
  // Where some are still open, those are what the reply is about: the ones a later success outlived are history.
  const open = servicing.filter((a) => !a.recoveredBy);
  const openUpdates = namedUpdates([...failed.filter((a) => !a.recoveredBy), ...open]);
  return {
    failures,
    succeeded: report.attempts.filter((a) => a.status === 'succeeded'),
    servicing: open.length ? open : servicing,
    companions: [...companions.values()],
    kb,
    openUpdates,
    ...(typo && typo.nearest![0].kb === kb ? { kbTypo: typo.kb } : {}),
    runbook: runbooks[0],
    otherRunbooks: runbooks.slice(1),
  };
}
