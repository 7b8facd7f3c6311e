/**
 * Searches for updates (the agent's detection), as the Windows Update logs record how each ended:
 * Windows 10 and later `* END * Finding updates CallerId = …, Id = …, Exit code = 0x…`, Windows 7
 * and 8.1 `WU client failed Searching for update with error 0x…` or `Found 3 updates and 66
 * categories in search`, and ReportingEvents.log's `147 [AGENT_DETECTION_FINISHED]` and `148
 * [AGENT_DETECTION_FAILED]`. A machine whose searches have failed for a day or more, with none
 * succeeding after, finds no updates at all: that is its update failure when no install failed
 * (diagnose/failing-searches.ts), where one failed search is a machine that was offline for a while.
 */
import type { Evidence } from '../extract/evidence.ts';
import { isFailureCode } from '../extract/codes.ts';
import type { Stamp } from '../extract/time.ts';

/** The searches of one file: the run of failures since the last one that worked, and that one. */
export interface Searches {
  /** failed searches since the last that worked */
  failed: number;
  /** the code the last of them failed with */
  code?: string;
  first?: Evidence;
  last?: Evidence;
  /** when the run began and ended (a common scale, see Stamp.ms) */
  fromMs?: number;
  toMs?: number;
  /** the last search that worked */
  succeeded?: Evidence;
}

/** How long a run of failed searches must last to be a machine that cannot search, not one offline for a while. */
export const SUSTAINED_MS = 24 * 60 * 60 * 1000;

/** Notes a search's end: `code` is what it ended with (none, or a success code, for one that worked). */
export function noteSearch(searches: Searches, code: string | undefined, evidence: Evidence, at: Stamp | undefined): void {
  if (!code || !isFailureCode(code)) {
    Object.assign(searches, { failed: 0, code: undefined, first: undefined, last: undefined, fromMs: undefined, toMs: undefined, succeeded: evidence });
    return;
  }
  if (!searches.failed) Object.assign(searches, { first: evidence, fromMs: at?.ms });
  Object.assign(searches, { failed: searches.failed + 1, code, last: evidence, toMs: at?.ms });
}
