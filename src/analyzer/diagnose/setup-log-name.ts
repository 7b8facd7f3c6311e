/**
 * Setup writes setupact.log and setuperr.log side by side, and an upload may rename them alike:
 * `setuperr (1).log` beside `setupact (1).log` from a browser's downloads, `vm1_setuperr.log` beside
 * `vm1_setupact.log`. Which of the two a file is, and the name it shares with its pair (the folder
 * and the name with `setupact`/`setuperr` taken out), or undefined for any other file.
 */
export interface SetupLogName {
  kind: 'act' | 'err';
  /** the same for both files of one run's pair */
  pair: string;
}

const SETUP_LOG = /setup(act|err)(?=[^/\\]*\.log$)/i;

export function setupLogName(file: string): SetupLogName | undefined {
  const m = SETUP_LOG.exec(file);
  if (!m) return undefined;
  return { kind: m[1].toLowerCase() as 'act' | 'err', pair: (file.slice(0, m.index) + 'setup*' + file.slice(m.index + m[0].length)).toLowerCase() };
}
