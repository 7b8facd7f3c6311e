/**
 * What the events of Microsoft-Windows-WindowsUpdateClient mean for an install's
 * timeline (log-formats §2.f; the message table of wuaueng.dll). An event id is a
 * number that names the message, never a result: only the `errorCode` field and the
 * code in the message text are results.
 */
export const INSTALL_SUCCEEDED = 19;
export const INSTALL_FAILED = 20;
export const INSTALL_STARTED = 43;

export type EventOutcome = 'succeeded' | 'failed' | 'started';

/** The point an event marks on its update's timeline, if any. */
export function eventOutcome(id: number | undefined): EventOutcome | undefined {
  if (id === INSTALL_SUCCEEDED) return 'succeeded';
  if (id === INSTALL_FAILED) return 'failed';
  return id === INSTALL_STARTED ? 'started' : undefined;
}
