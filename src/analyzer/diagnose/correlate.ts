import type { Attempt } from '../extract/attempts.ts';
import { localMs, type LocalClock } from './clock-offset.ts';

/** CBS writes its failure a second or two before WindowsUpdate.log records the attempt's result. */
const NEAR_MS = 5 * 60_000;

/**
 * An install attempt borrows the package and KB of a servicing
 * episode (from another file) that failed at the same time: the 10-27 attempt in
 * WindowsUpdate.log is the DPX abort of Windows10.0-KB5016623-x64.cab in CBS.log.
 * Times are compared on the machine's local clock: an event's UTC time only when the
 * bundle taught its clock (`clock-offset.ts`).
 */
export function correlateAttempts(updates: readonly Attempt[], servicing: readonly Attempt[], clock?: LocalClock): void {
  for (const attempt of updates) {
    const at = localMs(attempt, clock);
    if (at === undefined || attempt.related) continue;
    const episode = servicing.find((e) => {
      const when = localMs(e, clock);
      // An attempt that names its KB (event 20 does) only links to an episode of that KB.
      const fits = attempt.update.kb ? e.update.kb === attempt.update.kb : e.update.kb || e.update.package;
      return e.file !== attempt.file && when !== undefined && Math.abs(when - at) <= NEAR_MS && fits;
    });
    if (!episode) continue;
    if (episode.update.kb) attempt.update.kb = episode.update.kb;
    if (episode.update.package) attempt.update.package ??= episode.update.package;
    attempt.related = { file: episode.outcome.file, line: episode.outcome.line, ...(episode.code ? { code: episode.code } : {}) };
  }
}
