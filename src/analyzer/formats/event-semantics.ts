/**
 * What the events of Microsoft-Windows-WindowsUpdateClient mean for an install's
 * timeline (log-formats §2.f; the message table of wuaueng.dll). An event id is a
 * number that names the message, never a result: only the `errorCode` field and the
 * code in the message text are results.
 */
export const INSTALL_SUCCEEDED = 19;
export const INSTALL_FAILED = 20;
export const INSTALL_STARTED = 43;
/** 21, 22: "Restart Required" to complete the installation of the updates named */
const RESTART_REQUIRED = new Set([21, 22]);

export type EventOutcome = 'succeeded' | 'failed' | 'started' | 'restart-required';

export function eventOutcome(id: number | undefined): EventOutcome | undefined {
  if (id === INSTALL_SUCCEEDED) return 'succeeded';
  if (id === INSTALL_FAILED) return 'failed';
  if (id === INSTALL_STARTED) return 'started';
  return id !== undefined && RESTART_REQUIRED.has(id) ? 'restart-required' : undefined;
}
