import { extractPackageFiles, extractPackages, packageRef } from '../extract/kbs.ts';
import { leadingStamp, type Stamp } from '../extract/time.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import { LINE_MARKERS } from '../extract/markers.ts';
import { readServicingPrefix } from './servicing-prefix.ts';
import { SetupRun } from './setup-run.ts';
import { dismAction } from '../diagnose/dism-action.ts';
import { setAsideOf } from '../diagnose/set-aside.ts';
import { dismApiStep, UnfinishedOperation } from './unfinished-operation.ts';
import { CHANGE_WORDS, MAX_INSTALLS, reportedInstall } from './package-installs.ts';
import { reportsFailure, type Line, type LineCode, type LineParser } from './types.ts';

/** The words `ServicingParser` tests on each line (see markers.ts), besides LINE_MARKERS' `Package`. */
const WORDS = ['successfully', 'Started DPX phase', 'command line', '.cab', '.msu', '.CAB', 'Image session has been closed', 'Internal', 'Exec: Processing '];
export const SERVICING_MARKERS = LINE_MARKERS.with(WORDS);
const [SUCCESSFULLY, DPX_STARTED_WORDS, COMMAND_LINE, CAB, MSU, CAB_UPPER, SESSION_CLOSED, API_CALL, EXEC] = WORDS.map((w) => SERVICING_MARKERS.bit(w));
const PACKAGE = SERVICING_MARKERS.bit('Package');
const ZERO = SERVICING_MARKERS.bit('0x0');

/**
 * CBS.log, DISM.log and setupact.log share one line shape:
 * `2022-10-27 08:38:33, Info                  CBS    Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]`.
 * Copies may collapse the padding, drop the timestamp (Microsoft's articles) or hold
 * continuation lines (`[gle=0x…]`, WIMGAPI `[1676.1796] [0x80070570] …`).
 * The parser reads it with `readServicingPrefix`; format detection tests this pattern on a sample.
 */
export const SERVICING_LINE = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),\s{1,30}(Info|Warning|Error|Perf)\s{1,30}(?:(\S+)\s+)?(.*)$/;

/** The index of the first failure code at or after `from` (not noise, not a `gle=` value), or -1: a loop, not a filtered array per line. */
function nextFailure(codes: readonly LineCode[], from: number): number {
  for (let i = from; i < codes.length; i++) if (reportsFailure(codes[i])) return i;
  return -1;
}

/** Words of a line that reports a failure, in any of the three logs. */
const FAILURE_WORDS = /\bfail|\babort|\berror\b|corrupt|rollback|\bFATAL\b/i;

const CABINET = /cabinet|Expand|expand|Processing|Installing|Failed|[Pp]ackage/;
/** How a DPX phase is named on the timeline: `DPX: Apply Deltas Provided In File`. */
const DPX = 'DPX: ';
const DPX_STARTED = /Started DPX phase: (.+)/;
const DISM_COMMAND = /Executing command line: (.+)/;
/** A program calling the DISM API names itself as its session starts: `DismApi.dll: Parent process command line: taskhostw.exe - DismInitializeInternal`. */
const DISM_API_CALLER = /Parent process command line: (.+?)(?: - DismInitializeInternal)?$/;
const DISM_RESULT = /processed the command line but failed|^Error:\s/i;
const DISM_SESSION_CLOSED = /DISM\.EXE: Image session has been closed\./;
/**
 * What a DISM command that changes the image does (dismAction's words): one whose log ends before
 * its session closed leaves the machine's state unknown. A query (`/Get-Features`) or a check changes nothing.
 */
const CHANGES_IMAGE = /^(?:add|remove|enable|disable|apply|set)-|^cleanup-image (?:restorehealth|startcomponentcleanup|revertpendingactions)/;
/** CBS `Exec: Processing complete`, `Session: … finalized`; DISM `The operation completed successfully`; setup `Execution phase [Pre OOBE] exiting with HRESULT [0x00000000]`. */
const SESSION_DONE = /Processing complete|finalized\.|The operation completed successfully|exiting with HRESULT/;
/** `Asynchronous Session: … finalized. [S_OK]`: the session handed on to run later (`Exec: Asynchronous operation`), no result of it. */
const ASYNC_HANDOFF = 'Asynchronous Session:';
/**
 * A store check that only detects (`DISM /ScanHealth`, SFC's verification: `Exec: Processing complete,
 * session(Corruption Detecting)`): completing, it has fixed nothing, and the failures it found
 * are what it reports, not something its end outlives.
 */
const DETECT_ONLY = 'session(Corruption Detecting)';

/**
 * Reads failure episodes: the first failing line of a burst is the outcome (Microsoft's
 * advice: work back from the rollback to the first error), later failing lines of the
 * same burst are its wrappers. The package and the DPX phase or command last started are noted.
 */
export class ServicingParser implements LineParser {

  /** what only setup's own logs say (a rollback, a user's cancel), read in a setup log */
  private readonly setup?: SetupRun;

  /** `setupLog`: a setupact.log or setuperr.log (SetupRun) */
  constructor(
    private readonly facts: FileFacts,
    setupLog = false,
  ) {
    if (setupLog) this.setup = new SetupRun(facts, (failed) => (this.failedSinceSuccess = failed));
  }

  line({ text, no, codes, marks, success, bytes, start }: Line): void {
    this.noteContext(text, marks, no);
    const first = nextFailure(codes, 0);
    if (this.setup?.line(text, no, codes, first)) return;
    if (first < 0 && marks & SESSION_CLOSED) return this.closed(text, no);
    if (first < 0) {
      // `… status: 0x0`: the marker words narrow the lines searched to few
      if (marks & PACKAGE && marks & ZERO && text.includes(CHANGE_WORDS)) this.installed(text, no);
      // A success with no failure before it changes nothing: its words are not read.
      if (success && this.failedSinceSuccess && (codes.length || marks & SUCCESSFULLY) && SESSION_DONE.test(text) && !text.includes(ASYNC_HANDOFF) && !this.detectOnly(text)) this.success(text, no);
      return;
    }
    // Only failing lines need their time, level and evidence: most lines stop above.
    const at = leadingStamp(text, bytes, start);
    const named = (marks & PACKAGE) !== 0;
    // A line held at the attempt's own time changes nothing whether it reports a failure or not.
    if (this.failedSinceSuccess && this.facts.servicing.isAt(at?.ms) && this.held(codes, first, no, at, true, named, true)) return;
    const shape = readServicingPrefix(text);
    const message = shape ? text.slice(shape.messageStart) : text;
    // A warning's failure is a step that went wrong on the way, never the outcome (DISM's `CBS AddSource failed
    // with HRESULT=0x80070003!` before the command fails with 0x800F081F): it is the episode's companion.
    const failing = shape?.level === 'Error' || (shape?.level !== 'Warning' && FAILURE_WORDS.test(message));
    if (this.held(codes, first, no, at, failing, named, false)) return;
    const ev = this.facts.evidence(no, text, at);
    const tracker = this.facts.servicing;
    // A DISM command result (`… but failed`, `Error: …`) always holds a failure word too, so it is
    // looked for only on failing lines, where it names the outcome's source.
    const commandResult = failing && DISM_RESULT.test(message);
    const code = codes[first];
    if (failing) {
      this.commandClean = false;
      this.unfinished.end();
      // A failing line often names its package (`… for package: Package_for_KB…`).
      const identity = marks & PACKAGE ? extractPackages(text, 1)[0] : undefined;
      const update = identity ? packageRef(identity) : undefined;
      tracker.outcome({ status: 'failed', code: code.code, source: commandResult ? 'command-result' : 'servicing-error', evidence: ev, ms: at?.ms, update });
      this.failedSinceSuccess = true;
    } else tracker.companion(code.code, code.form, ev, at?.ms);
    for (let i = nextFailure(codes, first + 1); i >= 0; i = nextFailure(codes, i + 1)) tracker.companion(codes[i].code, codes[i].form, ev, at?.ms);
  }

  /**
   * True for a line whose failures the open attempt holds already (AttemptTracker.holdsAt): it
   * moves the attempt's time and the file's span, and nothing is built for it. A burst of one
   * failure repeats it on line after line. `atItsTime`: the line is of the attempt's own time,
   * which the file's span holds already.
   */
  private held(codes: readonly LineCode[], first: number, no: number, at: Stamp | undefined, failing: boolean, named: boolean, atItsTime: boolean): boolean {
    const tracker = this.facts.servicing;
    if (!tracker.holdsAt(codes[first].code, no, at?.ms, failing, named)) return false;
    for (let i = nextFailure(codes, first + 1); i >= 0; i = nextFailure(codes, i + 1)) if (!tracker.holdsAt(codes[i].code, no, at?.ms, false, false)) return false;
    if (at && !atItsTime) this.facts.seen(at);
    if (failing) {
      tracker.touch(at?.ms);
      this.failedSinceSuccess = true;
      this.commandClean = false;
    }
    return true;
  }

  /**
   * A session or command that completed after a failure: the point on the timeline that
   * outlives it. Successes with no failure before them change nothing and are not kept
   * (a big CBS.log completes thousands of sessions): `line` calls this only after a failure.
   */
  private success(text: string, no: number): void {
    this.failedSinceSuccess = false;
    const at = leadingStamp(text);
    const identity = text.includes('Package') ? extractPackages(text, 1)[0] : undefined;
    this.facts.servicing.outcome({
      status: 'succeeded',
      source: 'session-result',
      evidence: this.facts.evidence(no, text, at),
      ms: at?.ms,
      ...(identity ? { update: packageRef(identity) } : {}),
    });
  }

  /** Whether the line ends a store check that only detects, or finalizes its session (`Session: 31034772_2677689037 finalized.`). */
  private detectOnly(text: string): boolean {
    const at = text.indexOf(DETECT_ONLY);
    if (at >= 0) {
      this.detectSession = /^: (\S+)/.exec(text.slice(at + DETECT_ONLY.length))?.[1];
      return true;
    }
    return this.detectSession !== undefined && text.includes(`Session: ${this.detectSession} finalized`);
  }

  /** the session of the last store check that only detected (DETECT_ONLY) */
  private detectSession?: string;

  /** CBS reports an update's package installed: what the logs' coverage names as installed. */
  private installed(text: string, no: number): void {
    const update = reportedInstall(text);
    const installs = this.facts.installs;
    if (update && installs.length < MAX_INSTALLS) installs.push({ update, evidence: this.facts.evidence(no, text, leadingStamp(text)) });
  }

  /**
   * dism.log writes no result of a command that worked (`The operation completed successfully` is
   * on the console only): a DISM.EXE command whose session closes with no failing line since its
   * command line is a success, which outlives an earlier failure of the same command (dismAction).
   */
  private closed(text: string, no: number): void {
    const dismClosed = DISM_SESSION_CLOSED.test(text);
    if (dismClosed) this.unfinished.end();
    if (this.commandClean && dismClosed) {
      // A command that closed with no failing line worked: the log's result of it, which dism.log writes nowhere else.
      this.facts.lastSuccess = { line: no, text };
      if (this.failedSinceSuccess) this.success(text, no);
    }
    this.commandClean = false;
    // The command is over: a later failure with no command line of its own (Disk Cleanup's, a program's) is not of it.
    if (dismClosed) this.facts.servicing.forget();
  }

  private noteContext(text: string, marks: number, no: number): void {
    const tracker = this.facts.servicing;
    // What an `Exec:` worked on ends with it, after its last line (which names it too).
    if (this.execEnded) {
      this.execEnded = false;
      tracker.forget();
      this.packageNoted = undefined;
    }
    let m: RegExpExecArray | null;
    // The phase noted is that of the last phase or command started: noting the same phase again
    // changes nothing, nor does a phase's end, so ends are not read and starts not compared.
    if (marks & DPX_STARTED_WORDS && (m = DPX_STARTED.exec(text))) tracker.notePhase(DPX + m[1].trim());
    // A DISM API session has no command line of its own: the program that calls it is what is running.
    if (marks & COMMAND_LINE) {
      const command = DISM_COMMAND.exec(text);
      if ((m = command ?? DISM_API_CALLER.exec(text))) {
        // Each run of DISM is an attempt of its own, however soon after the last one it starts.
        const at = leadingStamp(text);
        const started = this.facts.evidence(no, text, at);
        tracker.start(started, true, at?.ms);
        const phase = m[1].trim();
        tracker.notePhase(phase);
        // A command that does nothing (`dism /?`) is no success of anything when its session closes.
        const action = command ? dismAction(phase) : undefined;
        this.commandClean = action !== undefined;
        this.unfinished.command(action && CHANGES_IMAGE.test(action) && !setAsideOf('servicing', { phase }) ? started : undefined);
      }
    }
    if (marks & (API_CALL | EXEC)) this.noteOperation(text, marks, no);
    // Package files name the update being expanded (`Windows10.0-KB5016623-x64.cab`).
    if (!(marks & (CAB | MSU | CAB_UPPER)) || !CABINET.test(text)) return;
    const file = extractPackageFiles(text, 1)[0];
    if (file && file !== this.packageNoted) {
      this.packageNoted = file;
      tracker.note(packageRef(file));
    }
  }

  /** A DISM API call or a CBS `Exec:` starting or ending (UnfinishedOperation). */
  private noteOperation(text: string, marks: number, no: number): void {
    const at = () => this.facts.evidence(no, text, leadingStamp(text));
    const api = marks & API_CALL ? dismApiStep(text) : undefined;
    if (api) this.unfinished.apiStep(api.call, api.step, at);
    else if (marks & EXEC) {
      const done = text.includes('Exec: Processing complete');
      const started = !done && text.includes('Exec: Processing started');
      if (done || started) this.unfinished.exec(done, at);
      // The failures of an `Exec:` are its package's, though their lines do not name it: a later
      // success of another package (a feature turned on the next day) is no retry of them.
      const identity = started && marks & PACKAGE ? extractPackages(text, 1)[0] : undefined;
      if (identity) this.facts.servicing.note(packageRef(identity));
      this.execEnded = done;
    }
  }

  /** The log ends: an operation that changes the system with no result yet has none in it. */
  end(): void {
    const line = this.unfinished.line;
    if (line) this.facts.unfinished = line;
  }

  private packageNoted?: string;
  /** the last line ended an `Exec:`: what it noted is forgotten before the next line */
  private execEnded = false;
  /** the operation that changes the system, running with no result yet */
  private readonly unfinished = new UnfinishedOperation();
  private failedSinceSuccess = false;
  /** a DISM.EXE command is running (its command line read, its session not closed) and no line failed since it started */
  private commandClean = false;
}
