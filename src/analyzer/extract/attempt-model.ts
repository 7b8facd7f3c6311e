/** What an install attempt is: where its outcome came from, what it installed, what else it reported. */
import type { Evidence } from './evidence.ts';

/** Which kind of line recorded the outcome; the higher the precedence, the more it is "the" result. */
export type OutcomeSource =
  | 'history' // WindowsUpdate.log `LogHistory called … resultMapped=`
  | 'event' // event 19/20, in any export
  | 'reporting-event' // ReportingEvents.log or a legacy `REPORT EVENT:`
  | 'cbs-error' // `CBS called Error with`
  | 'exit-code' // `* END * … Exit code = 0x8…` of an install
  | 'command-result' // DISM `processed the command line but failed`, console `Error:`
  | 'servicing-error' // the first failing CBS/CSI/SP line of an episode
  | 'session-result' // a servicing session or command that completed: CBS `Exec: Processing complete … S_OK`, DISM `The operation completed successfully`
  | 'setupdiag'; // SetupDiag's verdict: the last, wrapping error of an upgrade

export const PRECEDENCE: Record<OutcomeSource, number> = {
  history: 6,
  event: 5,
  'reporting-event': 5,
  'command-result': 4,
  'cbs-error': 3,
  'exit-code': 2,
  'servicing-error': 1,
  'session-result': 1,
  setupdiag: 0,
};

export interface UpdateRef {
  id?: string;
  kb?: string;
  title?: string;
  /** package file or identity being installed, and the phase, when the log says */
  package?: string;
  phase?: string;
}

export interface Companion {
  code: string;
  form: string;
  evidence: Evidence;
}

export interface Attempt {
  file: string;
  kind: 'update' | 'servicing';
  update: UpdateRef;
  start?: Evidence;
  status: 'failed' | 'succeeded';
  code?: string;
  /** succeeded, and a restart completes it (`resultMapped=80242014`, event 21/22) */
  restartPending?: boolean;
  source: OutcomeSource;
  outcome: Evidence;
  /** other failure codes of the same attempt, in order: wrappers, companions, later errors */
  companions: Companion[];
  /** a failure in another log at the same moment (set by the correlation step) */
  related?: { file: string; line: number; code?: string };
  /** the outcome lines of the same install in other files of the bundle (set by the join step) */
  joined?: Evidence[];
  ms?: number;
}

export interface OutcomeInput {
  status: 'failed' | 'succeeded';
  code?: string;
  restartPending?: boolean;
  source: OutcomeSource;
  evidence: Evidence;
  ms?: number;
  update?: UpdateRef;
  /** a record of its own (one event, one ReportingEvents row): never merged with a neighbour */
  separate?: boolean;
}
