import type { Attempt } from '../extract/attempts.ts';
import { evidence, type Evidence } from '../extract/evidence.ts';
import type { CodeTally } from '../scan/file-facts.ts';
import type { FactsData } from '../scan/session.ts';
import type { Recovery } from './recovery.ts';
import { downloadStillFailing } from '../formats/update-downloads.ts';

/** A failure's outcome line, as `file:line`: an attempt joined into another keeps its line in `joined`. */
const lineKey = (e: Evidence) => `${e.file}:${e.line}`;

/** Where each failure a later success outlived was written (its outcome line and those joined to it), and that success. */
export function recoveredLines(recovered: readonly Recovery[]): Map<string, Evidence> {
  const lines = new Map<string, Evidence>();
  for (const { failure, fixedBy } of recovered) for (const line of [failure.outcome, ...(failure.joined ?? [])]) lines.set(lineKey(line), fixedBy.outcome);
  return lines;
}

/**
 * A failure code no attempt accounts for, written before an operation in the same log ended with
 * success: unless an update's download failed with it and nothing later downloaded or installed
 * that update, as the success of another operation does not stand for it.
 */
export function outlivedInFile(tally: CodeTally, facts: Pick<FactsData, 'lastSuccess' | 'downloads'>): boolean {
  return !!facts.lastSuccess && tally.lastSignal !== undefined && facts.lastSuccess.line > tally.lastSignal && !downloadStillFailing(facts.downloads, tally.code);
}

/**
 * The line that makes a code's finding history, or undefined while the code is open. As the
 * verdict reads the same facts: a code held by failed attempts (as their outcome, or, unless
 * `outcomeOnly`, beside it) is history once every one of them is recovered; one held only by
 * attempts that succeeded is history at the last of them, unless a download failed with it and is
 * still open; one no attempt holds, when an operation of the same log ended with success after its
 * last occurrence. `attempts`: the file's, both trackers'.
 */
export function codeClearedBy(code: string, outcomeOnly: boolean, facts: FactsData, attempts: readonly Attempt[], recovered: Map<string, Evidence>): Evidence | undefined {
  const holds = (a: Attempt) => a.code === code || (!outcomeOnly && a.companions.some((c) => c.code === code));
  const failed = attempts.filter((a) => a.status === 'failed' && holds(a));
  if (failed.length) {
    const fixes = failed.map((a) => recovered.get(lineKey(a.outcome)));
    return fixes.every((fix) => fix) ? fixes[fixes.length - 1] : undefined;
  }
  if (outcomeOnly || downloadStillFailing(facts.downloads, code)) return undefined;
  const succeeded = attempts.filter((a) => a.status === 'succeeded' && holds(a));
  if (succeeded.length) return succeeded[succeeded.length - 1].outcome;
  const tally = facts.codes.get(code);
  return tally && outlivedInFile(tally, facts) ? evidence(facts.file, facts.lastSuccess!.line, facts.lastSuccess!.text) : undefined;
}
