import { extractKbs } from '../extract/kbs.ts';
import { isFailureCode, normalizeCode } from '../extract/codes.ts';
import type { OutcomeInput, OutcomeSource, UpdateRef } from '../extract/attempts.ts';
import type { Evidence } from '../extract/evidence.ts';
import { UpdateTitles } from '../extract/update-titles.ts';
import { leadingStamp } from '../extract/time.ts';
import { LINE_MARKERS } from '../extract/markers.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import { reportsFailure, share, type Line, type LineCode, type LogFormat } from './types.ts';
import { DOWNLOAD_WORDS, noteDownload } from './update-downloads.ts';
import { noteSearch } from './update-searches.ts';

/**
 * WindowsUpdate.log written by Get-WindowsUpdateLog (Windows 10 and later):
 * `2022/10/27 08:38:34.3565937 4932  23416 Agent           LogHistory called …`.
 * The date separator follows the culture of the machine that ran the cmdlet (`/`, `-`, `.`);
 * PIDs of five digits and more break the column alignment, so fields are split on spaces.
 */

const CBS_ERROR = /CBS called Error with (0x[0-9a-f]{8})/i;
/**
 * The agent's history record of an install, in the form of older agents
 * (`LogHistory called. idUpdate={…}.200, resultMapped=8024200b, …`) and of newer ones
 * (`LogHistory called for Caller=MoUpdateOrchestrator, idUpdate=….200, operation = Install, resultMapped=0, …`).
 */
const HISTORY = /LogHistory called(?:\.| for Caller=[^,]*,) idUpdate=\{?([0-9a-f-]{36})\}?(?:\.(\d+))?, (?:operation = \w+, )?resultMapped=([0-9a-f]{1,8})/i;
/** An install handler's result for one update: `Install complete for update ID: AD27E52B-….1 Return code is 0x80070002. Requires Reboot:No`. */
const HANDLER_RESULT = /Install complete for update ID: \{?([0-9a-f-]{36})\}?(?:\.\d+)? Return code is (0x[0-9a-f]{8})/i;
// No `.*` between two literals: on a long line full of the first one that backtracks quadratically.
// The markers are tested with `includes`, the code with a regex that starts at its own literal.
const EXIT_CODE = /Exit code = (0x8[0-9a-f]{7})/i;
/** A search's end holds its exit code: `* END * Finding updates CallerId = …, Id = 25, Exit code = 0x8024402C (cV = …)`. */
const ANY_EXIT_CODE = /Exit code = (0x[0-9a-f]{8})/i;
const EXIT_IS = 'Exit code = ';
const HR = /\bhr=(0x[0-9a-f]{1,8})\b/i;
const TITLE = /\bTitle = (.+)$/;
const RESTART_PENDING = '0x80242014';
const PACKAGE = /CBS package identity: (\S+)/;
// ComApi's count of an install call's updates: `Install call complete (succeeded = 1, succeeded with errors = 0, failed = 0, …`
const CALL_SUMMARY = /Install call complete \(succeeded = (\d+), succeeded with errors = (\d+), failed = (\d+)/;

/** The words the parser tests on each line (see markers.ts). */
const WORDS = ['CBS called Progress', '* START *', 'Install', '* END *', 'Completed install of CBS update', 'Install call complete (', 'CBS called Error', 'LogHistory', 'Title = ', 'CBS package identity', 'Install complete for update ID', 'Title=', 'UpdateId = '];
const MARKERS = LINE_MARKERS.with([...WORDS, ...DOWNLOAD_WORDS]);
const [PROGRESS, START, INSTALL, END, COMPLETED, SUMMARY, CBS_ERROR_CALL, LOG_HISTORY, TITLE_IS, IDENTITY, HANDLER_DONE, TITLE_FOR_ID, LISTED_ID] = WORDS.map((w) => MARKERS.bit(w));
const [DOWNLOAD_FAILED, DOWNLOADED, ALREADY_DOWNLOADED] = DOWNLOAD_WORDS.map((w) => MARKERS.bit(w));

export const windowsUpdate: LogFormat = {
  kind: 'windowsupdate',
  detect: (sample) => share(sample, /^\d{4}[/.-]\d{2}[/.-]\d{2} \d{2}[:.]\d{2}[:.]\d{2}\.\d{7}\s+\d+\s+\d+\s+\S+/),
  // A download's failure line holds its code, so the generic trigger reads it; its success lines hold none.
  trigger: 'CBS called Progress|CBS called Error|LogHistory|\\* START \\*|\\* END \\*|Title = |Title=|UpdateId = |CBS package identity|Completed install|Install call complete|successfully, updateId = |already downloaded and are valid',
  triggerApart: true,
  markers: MARKERS,
  parser: (facts) => new WindowsUpdateParser(facts),
};

class WindowsUpdateParser {
  private readonly titles = new UpdateTitles();
  /** the first `* START *` of an install since the last result: an install the log may end in the middle of */
  private installStarted?: Evidence;

  constructor(private readonly facts: FileFacts) {}

  line({ text, no, codes, marks, bytes, start: from }: Line): void {
    const tracker = this.facts.updates;
    if (marks & TITLE_FOR_ID) this.titles.note(text);
    if (marks & LISTED_ID) this.titles.noteListedId(text, no);
    if (marks & (DOWNLOAD_FAILED | DOWNLOADED | ALREADY_DOWNLOADED)) noteDownload(this.facts.downloads, text, (marks & DOWNLOAD_FAILED) !== 0);
    // No marker word of its own: one more literal for the scan cost every line more than the few `* END *` lines tested here.
    if (marks & END && text.includes('Finding updates')) this.searchEnded(text, no, bytes, from);
    // Read before this line changes the tracker. Most lines hold none: no array for them.
    let failures: LineCode[] | undefined;
    for (const c of codes) if (reportsFailure(c) && !tracker.holds(c.code)) (failures ??= []).push(c);
    const progress = (marks & PROGRESS) !== 0 && tracker.needsStart();
    const start = (marks & START) !== 0 && (marks & INSTALL) !== 0;
    const end = (marks & END) !== 0 && (marks & INSTALL) !== 0;
    const completed = (marks & COMPLETED) !== 0;
    const summary = (marks & SUMMARY) !== 0;
    const marker = start || end || completed || summary || (marks & (CBS_ERROR_CALL | LOG_HISTORY | TITLE_IS | IDENTITY | HANDLER_DONE)) !== 0;
    // Most lines that get here change nothing; time and evidence are built only for the others.
    if (!marker && !progress && !failures) return;
    const message = text;
    const at = leadingStamp(text, bytes, from);
    const ev = this.facts.evidence(no, text, at);
    // The code an outcome on this line used: at most one, not repeated as its companion.
    let consumed: string | undefined;

    const outcomesBefore = tracker.outcomes;
    if (progress) tracker.start(ev, false, at?.ms);
    else if (start) {
      tracker.start(ev, true, at?.ms);
      // An app package's install (`* START *   AppX Install`) is no update: the verdict sets Store apps aside.
      if (!text.includes('AppX Install')) this.installStarted ??= ev;
    }

    let o: RegExpExecArray | null;
    // Both patterns start with their marker word: no marker, no match.
    if (marks & TITLE_IS && (o = TITLE.exec(message))) {
      const title = o[1].trim();
      tracker.note({ title, kb: extractKbs(title).pop() }, no, at?.ms);
      this.titles.noteListedTitle(title, no);
    }
    if (marks & IDENTITY && (o = PACKAGE.exec(message))) tracker.note({ package: o[1], kb: extractKbs(o[1]).pop() }, no, at?.ms);

    if ((o = CBS_ERROR.exec(message))) {
      const code = normalizeCode(o[1]);
      tracker.outcome({ status: 'failed', code, source: 'cbs-error', evidence: ev, ms: at?.ms });
      consumed = code;
    } else if ((o = HISTORY.exec(message))) {
      const code = normalizeCode(o[3]);
      tracker.outcome(updateResult(code, 'history', ev, at?.ms, this.update(o[1])));
      this.untitleIfAnother(o[1].toUpperCase());
      consumed = code;
    } else if (marks & HANDLER_DONE && (o = HANDLER_RESULT.exec(message))) {
      // The handler's own result, as `Completed install of CBS update … hr=` is for CBS updates.
      const code = normalizeCode(o[2]);
      tracker.outcome(updateResult(code, 'exit-code', ev, at?.ms, this.update(o[1])));
      consumed = code;
    } else if (end && (o = EXIT_CODE.exec(message))) {
      const code = normalizeCode(o[1]);
      tracker.outcome({ status: 'failed', code, source: 'exit-code', evidence: ev, ms: at?.ms });
      consumed = code;
    } else if (completed && (o = HR.exec(message))) {
      // The handler's own result: lowest precedence, so `LogHistory` of the same attempt wins.
      const code = normalizeCode(o[1]);
      const failed = code !== '0x00000000';
      tracker.outcome({ status: failed ? 'failed' : 'succeeded', ...(failed ? { code } : {}), source: 'exit-code', evidence: ev, ms: at?.ms });
      consumed = code;
    } else if (summary && (o = CALL_SUMMARY.exec(message))) {
      // No code on this line: a failure's code comes from the lines around it.
      const failed = +o[3] > 0;
      if (failed || +o[1] + +o[2] > 0) tracker.outcome({ status: failed ? 'failed' : 'succeeded', source: 'exit-code', evidence: ev, ms: at?.ms });
    }

    if (failures) for (const c of failures) if (c.code !== consumed) tracker.companion(c.code, c.form, ev, at?.ms);
    if (tracker.outcomes !== outcomesBefore) this.installStarted = undefined;
  }

  /**
   * A search's end, by the exit code on its line. Some agents wrote the code on the line before
   * (`Exit code = 0x80070426`, then `* END * Finding updates CallerId = Update;taskhostw  Id = 25`):
   * such an end is not counted either way. Whether a search went online (its `Online = No; …` line)
   * is not read here: the line filter would have to read those lines, which nothing else needs, in
   * every log. An offline search that works then ends a run of failures, and the verdict falls back
   * to what it said before searches were read, a code with no outcome: never a false failing.
   */
  private searchEnded(text: string, no: number, bytes: Uint8Array | undefined, from: number): void {
    // Most searches work, one after another (a generated log ends one every 1.6 KB): only the last
    // of a row that worked is made evidence, when a failure follows it or the log ends.
    const exit = text.indexOf(EXIT_IS);
    if (exit >= 0 && text.startsWith('0x00000000', exit + EXIT_IS.length) && !this.facts.searches.failed) {
      this.workedNo = no;
      this.workedText = text;
      return;
    }
    const own = ANY_EXIT_CODE.exec(text);
    if (!own) return;
    const code = normalizeCode(own[1]);
    this.noteSearchWorked();
    const at = leadingStamp(text, bytes, from);
    noteSearch(this.facts.searches, code, this.facts.evidence(no, text, at), at);
  }

  /** the last search that worked and is not noted yet (searchEnded): its line */
  private workedNo = 0;
  private workedText?: string;

  private noteSearchWorked(): void {
    const text = this.workedText;
    if (text === undefined) return;
    this.workedText = undefined;
    const at = leadingStamp(text);
    noteSearch(this.facts.searches, undefined, this.facts.evidence(this.workedNo, text, at), at);
  }

  /** An install started and the log ended before any result of it: whether it worked cannot be told. */
  end(): void {
    this.noteSearchWorked();
    if (this.installStarted) this.facts.unfinished = this.installStarted;
  }

  /**
   * The result of update `id` whose attempt took, from the lines around it, a title the log gave
   * another update (an app being downloaded while the .NET rollup's result is written): that title
   * and its KB are not this update's, and are taken off.
   */
  private untitleIfAnother(id: string): void {
    const attempt = this.facts.updates.attempts.at(-1);
    const title = attempt?.update.title;
    if (!attempt || attempt.update.id !== id || !title || this.titles.of(id) !== undefined || !this.titles.titlesAnother(title, id)) return;
    if (attempt.update.kb === extractKbs(title).pop()) delete attempt.update.kb;
    delete attempt.update.title;
  }

  /** An update named by its id, with the title the log gave that id (UpdateTitles) and the KB in it. */
  private update(id: string): UpdateRef {
    const key = id.toUpperCase();
    // An install's result ends the story of the update's download too.
    this.facts.downloads.delete(key);
    const title = this.titles.of(key);
    const kb = title && extractKbs(title).pop();
    return title ? (kb ? { id: key, title, kb } : { id: key, title }) : { id: key };
  }
}

/**
 * The outcome of one update's result code: WU_E_UH_POSTREBOOTSTILLPENDING is an install that a
 * restart completes, and a success code (`0x00240006`, WU_S_ALREADY_INSTALLED) is no failure.
 * Built as one literal: spreading a helper's result, of three shapes, cost a dense WindowsUpdate.log a fifth more time.
 */
function updateResult(code: string, source: OutcomeSource, evidence: Evidence, ms: number | undefined, update: UpdateRef): OutcomeInput {
  const pending = code === RESTART_PENDING;
  const failed = !pending && isFailureCode(code);
  return { status: failed ? 'failed' : 'succeeded', ...(failed || pending ? { code } : {}), ...(pending ? { restartPending: true } : {}), source, evidence, ms, update };
}
