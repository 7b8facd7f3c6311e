import { leadingStamp } from '../extract/time.ts';
import { CANCELLED_BY_USER } from '../diagnose/set-aside.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import { reportsFailure, type LineCode } from './types.ts';

/**
 * setupact.log's lines that say setup is undoing the new OS, with no code of their own: the setup
 * platform giving up after a failure it cannot recover from (then `Rollback: … Undoing changes`),
 * and the rollback tool of a clean install started from WinPE. `Initiating rollback/uninstall` is
 * not one: a user going back to the earlier version writes it too.
 */
const ROLLBACK_STARTED = /\bSP\s+Cannot recover the system\.|\bTOOL\s+Starting OS Rollback\b/;

/**
 * Lines of a rollback under way, written only while setup undoes the new OS: its checkpoints
 * rolled back one by one, and the logs moved into the Rollback folder. A setuperr.log of that
 * folder may hold nothing else. On a setup that goes on, the same service writes only its
 * checkpoints' `Finalize` lines, which are none of these. A rollback begun by `Initiating
 * rollback/uninstall` may be a user going back: its lines are no failure unless a start above says so.
 */
const ROLLBACK_INITIATED = /\bInitiating rollback\/uninstall\b/;
const ROLLBACK_UNDER_WAY = /\b(?:RollbackExecuteSequence|ExecuteRollbackSequence)\b|\bOSRollbackService::\w+::(?:Rollback|MoveOrCopy\w*|ExtractCrashDump)\b/;

/** Setup's window confirming that the user cancelled setup (`CInstallUI::ConfirmCanceled: User cancel confirmed`). */
const USER_CANCELLED = /\bUser cancel confirmed\b/;

/** Setup's last programs ending well, once or twice a run: the deployment and the first-run screens' loader. */
const SETUP_DONE = /\b(?:WinDeploy|OOBELdr)\.exe exiting with code \[0x0\]/;

/** The Windows a run of setup installs, as its host names it first: `SetupHost: Setup build version is: 10.0.22621.1 (ni_release.220506-1250)`. */
const SETUP_BUILD = /SetupHost: Setup build version is: (\d+\.\d+\.\d+\.\d+)/;

/** A run of setup starting (`SetupHost Logging Begin`, or the bare `SetupHost::Initialize` before its settings): a log may hold several. */
const RUN_STARTED = /SetupHost Logging Begin|SetupHost::Initialize$/;

/**
 * What only Windows Setup's own logs say, read for ServicingParser: a rollback, which is a failure
 * with no code; a user's cancel, after which every failure is setup winding down at the user's
 * request (`0x800704D3` ERROR_REQUEST_ABORTED on line after line), an episode of its own that the
 * verdict sets aside (set-aside.ts); and the extend code a failure is reported with.
 */
export class SetupRun {
  /** a rollback's start was read (ROLLBACK_STARTED, or ROLLBACK_INITIATED, which is no failure) */
  private rollbackStarted = false;
  private cancelled = false;

  /** `ended`: called when an outcome is recorded here, with whether it is a failure */
  constructor(
    private readonly facts: FileFacts,
    private readonly ended: (failed: boolean) => void,
  ) {}

  /** Reads a line; true when it is taken here and the parser is to read no more of it. `first`: its first failure code's index, or -1. */
  line(text: string, no: number, codes: readonly LineCode[], first: number): boolean {
    this.facts.setupExtend(no, text);
    if (first < 0 && RUN_STARTED.test(text)) this.rollbackStarted = this.cancelled = false;
    // what its failures are of: the Windows this run installs (an episode named, not "update not named")
    const build = first < 0 ? SETUP_BUILD.exec(text) : null;
    if (build) this.facts.servicing.note({ title: `Windows ${build[1]} (Windows Setup)` });
    if (this.cancelled) return first >= 0 && this.windingDown(text, no, codes);
    if (first >= 0) return false;
    if (SETUP_DONE.test(text)) return this.done(text, no);
    if (USER_CANCELLED.test(text)) return this.cancel(text, no);
    if (ROLLBACK_STARTED.test(text)) return this.rollback(text, no);
    if (ROLLBACK_INITIATED.test(text)) return (this.rollbackStarted = true);
    // Its later lines are the same rollback: only a log that lacks its start (a setuperr.log) reads one from them.
    return !this.rollbackStarted && ROLLBACK_UNDER_WAY.test(text) && this.rollback(text, no);
  }

  /** Setup undoing the new OS: the upgrade or install failed, and this log does not say with which code. */
  private rollback(text: string, no: number): true {
    this.record(text, no);
    this.rollbackStarted = true;
    return true;
  }

  /**
   * Setup ending well (`WinDeploy.exe exiting with code [0x0]`), kept even with no failure before it
   * in this file: setuperr.log's errors are outlived by it in setupact.log of the same folder (recovery.ts).
   */
  private done(text: string, no: number): true {
    const at = leadingStamp(text);
    this.facts.lastSuccess = { line: no, text };
    // Each is a point of its own: the loader's end, minutes after the deployment's first, outlives what failed between.
    this.facts.servicing.outcome({ status: 'succeeded', source: 'session-result', evidence: this.facts.evidence(no, text, at), ms: at?.ms, separate: true });
    this.ended(false);
    return true;
  }

  private cancel(text: string, no: number): true {
    this.record(text, no, CANCELLED_BY_USER);
    this.cancelled = true;
    return true;
  }

  /** A failure after the cancel: the cancel's episode holds its codes, at the line's time. */
  private windingDown(text: string, no: number, codes: readonly LineCode[]): true {
    const at = leadingStamp(text);
    const tracker = this.facts.servicing;
    tracker.touch(at?.ms);
    const evidence = this.facts.evidence(no, text, at);
    for (const c of codes) if (reportsFailure(c)) tracker.companion(c.code, c.form, evidence, at?.ms);
    return true;
  }

  private record(text: string, no: number, phase?: string): void {
    const at = leadingStamp(text);
    this.facts.servicing.outcome({ status: 'failed', source: 'servicing-error', evidence: this.facts.evidence(no, text, at), ms: at?.ms, ...(phase ? { update: { phase } } : {}) });
    this.ended(true);
  }
}
