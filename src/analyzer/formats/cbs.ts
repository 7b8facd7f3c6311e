import { share, type LogFormat } from './types.ts';
import { SERVICING_LINE, SERVICING_MARKERS, ServicingParser } from './servicing.ts';

/** Components that say which of the three logs a servicing-shaped file is. */
const COMPONENT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\s+\w+\s+(\S+)/;
const CBS_WORDS = /\[HRESULT = 0x[0-9a-f]{8}|CBS_E_|Store corruption|Mark store corruption|WER: Generating failure report|CSI Payload Corrupt|Checking System Update Readiness|CbsExecuteState|Exec: Processing complete/i;
const DISM_WORDS = /Deployment Image Servicing and Management tool|DISM Package Manager|DISM\.EXE:|dism(?:\.exe)? \/online/i;
/** setupact.log's words; the programs of setup's last phases name themselves with no component (`Info   [windeploy.exe] …`). */
const SETUP_WORDS = /^\[\d+\.\d+\] \[0x[0-9a-f]{8}\]|MOUPG|SetupPlatform|Panther|\$WINDOWS\.~BT|\[(?:windeploy|oobeldr|msoobe|setup|SetupHost)\.exe\]/i;

function components(sample: readonly string[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const line of sample) {
    const m = COMPONENT.exec(line);
    if (m) tally[m[1]] = (tally[m[1]] ?? 0) + 1;
  }
  return tally;
}

function servicingScore(sample: readonly string[], own: string[], words: RegExp): number {
  const tally = components(sample);
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  const mine = own.reduce((n, c) => n + (tally[c] ?? 0), 0);
  const shaped = share(sample, SERVICING_LINE);
  const worded = share(sample, words);
  if (total > 0) return Math.min(1, shaped * (mine / total) + worded * 0.3);
  return Math.min(0.75, worded * 1.5);
}

export const cbs: LogFormat = {
  kind: 'cbs',
  detect: (sample) => servicingScore(sample, ['CBS', 'CSI', 'DPX', 'DEPLOY', 'SQM', 'CMI', 'SMI', 'DMI'], CBS_WORDS),
  // An `Exec:`'s start names the package its failures are of, which their own lines do not (ServicingParser).
  trigger: 'Started DPX phase|cabinet|Package_|Executing command line|Exec: Processing started',
  markers: SERVICING_MARKERS,
  parser: (facts) => new ServicingParser(facts),
};

export const dism: LogFormat = {
  kind: 'dism',
  detect: (sample) => servicingScore(sample, ['DISM'], DISM_WORDS),
  // A DISM API call that another program makes has no command line: its `Enter`, `Input parameters` and `Exit` lines stand for one.
  trigger: 'Executing command line|Parent process command line|processed the command line|^Error:|The operation completed successfully|Image session has been closed|Enter Dism|Exit Dism|Input parameters: ',
  markers: SERVICING_MARKERS,
  parser: (facts) => new ServicingParser(facts),
};

export const setupact: LogFormat = {
  kind: 'setupact',
  detect: (sample) => servicingScore(sample, ['SP', 'MOUPG', 'PANTHR', 'CONX', 'IBSLIB', 'SYSPRP', 'MIG', 'BRK', 'CSetup', 'TOOL'], SETUP_WORDS),
  // A rollback's start is a failure with no code, a rollback or cancel a user began is none, a new run ends both, setup's
  // last programs end it well, and its host names the Windows it installs: their lines must reach the parser (SetupRun).
  trigger: ', Error |Cannot recover the system|Starting OS Rollback|Initiating rollback|User cancel confirmed|SetupHost Logging Begin|SetupHost::Initialize|exe exiting with code|Setup build version is',
  markers: SERVICING_MARKERS,
  parser: (facts) => new ServicingParser(facts, true),
};
