import type { LogKind } from '../../catalog/types.ts';
import type { Localized } from '../../i18n/lang.ts';
import type { Encoding, UnreadableReason } from '../../input/index.ts';
import type { Evidence } from '../extract/evidence.ts';
import type { OutcomeSource, UpdateRef } from '../extract/attempts.ts';
import type { SetupExtendNames } from '../extract/setup-extend.ts';
import type { KbFact } from '../../kb/near-kb.ts';
import type { Verdict } from './verdict-model.ts';

export type { Evidence, OutcomeSource, UpdateRef };
export type * from './verdict-model.ts';

/** Bumped on any change that can break a reader of the JSON; documented in docs/report-format.md. */
export const REPORT_VERSION = 2;
export const REPORT_SCHEMA = 'update-triage/analyze-report';

export interface Report {
  schema: typeof REPORT_SCHEMA;
  version: typeof REPORT_VERSION;
  inputs: InputReport[];
  /** every code across files, most frequent first */
  codes: CodeReport[];
  /** install attempts per update, oldest first */
  attempts: AttemptReport[];
  /** failure episodes in CBS.log, DISM.log, setup logs and SetupDiag results (and the first session that completed after each), oldest first */
  servicing: AttemptReport[];
  kbs: KbReport[];
  packages: { identity: string; kb?: string; evidence: Evidence }[];
  builds: BuildReport[];
  wsus: WsusReport[];
  findings: Finding[];
  /** runbooks the findings point to, most supported first */
  runbooks: { id: string; title?: Localized; findings: number }[];
  /** set when the verdict is `failing` (the cause) or `inconclusive` (a suspect, basis `mention`); null otherwise */
  rootCause: RootCause | null;
  verdict: Verdict;
  warnings: { file?: string; line?: number; message: string }[];
}


export interface InputReport {
  file: string;
  size?: number;
  status: 'analyzed' | 'container' | 'unreadable' | 'refused';
  format?: LogKind | 'text' | 'zip' | 'cab';
  confidence?: number;
  encoding?: Encoding;
  /** read from an ETW trace (.etl), its events as text: `encoding` is that text's, not the file's */
  trace?: true;
  /** a trace's providers whose events were decoded (at most 8), in the order they first wrote */
  providers?: string[];
  lines?: number;
  reason?: UnreadableReason;
  message?: string;
  /** codes in this file with their counts, noise marked */
  codes?: FileCode[];
}

export interface FileCode {
  code: string;
  count: number;
  /** occurrences on the noise list */
  noise: number;
  forms: Record<string, number>;
  evidence: Evidence[];
}

export interface CodeReport {
  code: string;
  names: string[];
  /** no table names the code: the name its log lines print right after it (`[HRESULT = 0x800f0816 - CBS_E_DPX_JOB_STATE_SAVED]`) */
  printed?: string;
  /** the code is HRESULT_FROM_NT of this NTSTATUS (0xD015001A of 0xC015001A): `names` are its names, and its page is the code's */
  ntstatus?: string;
  /** the code is NTSTATUS_FROM_WIN32 of this Win32 error, as its HRESULT (0x8007000D of 0xC007000D and 0xD007000D): `names` are its names, and its page is the code's */
  win32?: string;
  /** a curated article exists (page key is the code) */
  article: boolean;
  title?: Localized;
  count: number;
  /** true when every occurrence was noise */
  noise: boolean;
  noiseWhy?: string;
  /** severity bit clear, and not a Win32 error by its first name (0x00000003 is ERROR_PATH_NOT_FOUND): a success value */
  success: boolean;
  wrapper: boolean;
  /** outcomes of failed attempts or episodes that carry this code */
  outcomes: number;
  files: { file: string; count: number }[];
  /** sign/facility/code read from the bits, for values with no public name */
  structure: { severity: 0 | 1; facility: number; code: number };
}

export interface AttemptReport {
  file: string;
  update: UpdateRef;
  start?: Evidence;
  status: 'failed' | 'succeeded';
  /** the failure code; on a success, only `0x80242014` (installed, restart pending) */
  code?: string;
  name?: string;
  /** succeeded, and a restart completes it */
  restartPending?: true;
  source: OutcomeSource;
  outcome: Evidence;
  /** a failure that a later success of the same thing outlived: history, not the cause */
  recoveredBy?: Evidence;
  companions: { code: string; name?: string; wrapper: boolean; form: string; evidence: Evidence }[];
  /** the servicing failure in another log at the same moment, which lent this attempt its KB */
  related?: { file: string; line: number; code?: string };
  /** the same install as other files of the bundle recorded it (event 20 beside the agent's history line) */
  joined?: Evidence[];
}

export interface KbReport {
  kb: string;
  title?: Localized;
  known: boolean;
  /** not known: the records one typing mistake away (KB6016623 → KB5016623), closest then newest first */
  nearest?: KbFact[];
  files: string[];
  evidence: Evidence;
}

export interface BuildReport {
  build: string;
  kb?: string;
  date?: string;
  evidence: Evidence;
}

export interface WsusReport {
  /** the server, or null when the log shows the setting removed */
  url: string | null;
  evidence: Evidence;
}

export interface Finding {
  /** the rule's id: `runbook:<id>#n` or `code:<0x…>#n` */
  rule: string;
  title: Localized;
  file: string;
  log: LogKind | 'any';
  code?: string;
  evidence: Evidence[];
  /** a later line showing what the rule found is gone (its `cleared` pattern): history, not a lead */
  cleared?: Evidence;
  links: { runbook?: string; article?: string; code?: string; kbs: string[] };
}

export interface RootCause {
  code: string;
  name?: string;
  /** how it was chosen (log-formats priority): an attempt outcome, a servicing episode's first error, or a plain mention */
  basis: 'attempt-outcome' | 'first-error' | 'mention' | 'search';
  /** attempts or episodes with this cause */
  count: number;
  evidence: Evidence[];
  /** codes that only report this failure further up (wrappers, later errors, companions) */
  wrappers: { code: string; name?: string; role: 'wrapper' | 'companion'; evidence: Evidence }[];
  runbooks: string[];
  /** the titles of those runbooks the knowledge has, by id: the text report names each, as the page and reply do */
  runbookTitles?: Record<string, Localized>;
  kbs: string[];
  /**
   * The extend code Windows Setup reported this failure with (`0xC1900101 - 0x30018`): the phase and
   * operation it failed in, named from Microsoft's published table, and the line that reports it.
   */
  setupExtend?: SetupExtendNames & { evidence: Evidence };
}
