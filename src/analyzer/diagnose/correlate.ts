import type { Attempt } from '../extract/attempts.ts';

/** CBS writes its failure a second or two before WindowsUpdate.log records the attempt's result. */
const NEAR_MS = 5 * 60_000;

/**
 * An install attempt that names no update borrows the package and KB of a servicing
 * episode (from another file) that failed at the same time: the 10-27 attempt in
 * WindowsUpdate.log is the DPX abort of Windows10.0-KB5016623-x64.cab in CBS.log.
 * Log times are local and unzoned, so only logs from the same machine are compared.
 */
export function correlateAttempts(updates: readonly Attempt[], servicing: readonly Attempt[]): void {
  for (const attempt of updates) {
    if (attempt.update.kb || attempt.ms === undefined || attempt.outcome.time?.endsWith('Z')) continue;
    const episode = servicing.find(
      (e) => e.file !== attempt.file && e.ms !== undefined && !e.outcome.time?.endsWith('Z') && Math.abs(e.ms - attempt.ms!) <= NEAR_MS && (e.update.kb || e.update.package),
    );
    if (!episode) continue;
    if (episode.update.kb) attempt.update.kb = episode.update.kb;
    if (episode.update.package) attempt.update.package ??= episode.update.package;
    attempt.related = { file: episode.outcome.file, line: episode.outcome.line, ...(episode.code ? { code: episode.code } : {}) };
  }
}
