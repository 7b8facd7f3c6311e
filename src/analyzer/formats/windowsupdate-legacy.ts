import { extractBareCodes, isFailureCode, normalizeCode } from '../extract/codes.ts';
import { readInstallMessage } from '../extract/install-message.ts';
import { packageRef } from '../extract/kbs.ts';
import { leadingStamp, type Stamp } from '../extract/time.ts';
import type { Evidence } from '../extract/evidence.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import { noteSearch } from './update-searches.ts';
import { reportsFailure, share, type Line, type LogFormat } from './types.ts';

/**
 * WindowsUpdate.log of Windows XP … 8.1: `2016-09-08\t10:48:43:109\t 848\t604\tMisc\tWARNING: …`
 * (colon before the milliseconds, hexadecimal thread id). Copies from web pages turn the
 * tabs into spaces or hard-wrap the lines, so separators are `[\t ]+` and a line that does
 * not start with a date continues the previous one.
 */
const STAMP = /^\d{4}-\d{2}-\d{2}[\t ]+\d{2}:\d{2}:\d{2}:\d{3}[\t ]+\d+[\t ]+[0-9a-f]+[\t ]+\w+/i;
const STARTS_WITH_DATE = /^\d{4}-\d{2}-\d{2}[\t ]/;
/** A line of Windows 10's log (`2020/11/19 10:12:33.1234567 …`) pasted or collected after these: its own line, not a continuation. */
const STARTS_WITH_ANY_DATE = /^\d{4}[-/]\d{2}[-/]\d{2}[\t ]/;

const CBS_ERROR = /CBS called Error with (0x[0-9a-f]{8})/i;
// Markers are tested with `includes`: `.*` between two literals backtracks quadratically on hostile lines.
const EXIT_CODE = /Exit code = (0x8[0-9a-f]{7})/i;
/** The agent's `* START *` of an install, or its CBS handler's `:: START ::  Handler: CBS Install` (wusa.exe's). */
const isStart = (text: string) => (text.includes('* START *') || text.includes('*START*') || text.includes(':: START ::')) && text.includes('Install');
/** The package a CBS handler installs: `CBS package identity: Package_for_KB3177467~31bf3856ad364e35~amd64~~6.1.1.1`. */
const CBS_IDENTITY = /CBS package identity: (\S+)/;
/** How a search ended: `WARNING: WU client failed Searching for update with error 0x80072efd`, or `* Found 3 updates and 66 categories in search; …`. */
const SEARCH_FAILED = /failed Searching for update with error (0x[0-9a-f]{8})/i;
const SEARCH_FOUND = /Found \d+ updates and \d+ categories in search/;
/**
 * A search's start (`** START **  Agent: Finding updates [CallerId = …]`), and whether it asks no
 * server: `* Online = No; …` (what the agent has cached), or `+ Offline serviceId = {…}` (a scan
 * package, wsusscan.cab, which the standalone installer wusa.exe searches).
 */
const SEARCH_START = /START \*\*\s+Agent: Finding updates/;
const OFFLINE = /\* Online = No\b|\+ Offline serviceId = /;
const isEnd = (text: string) => (text.includes('* END *') || text.includes('*  END  *') || text.includes('*END*')) && text.includes('Install');

export const windowsUpdateLegacy: LogFormat = {
  kind: 'windowsupdate-legacy',
  // Hard-wrapped copies hold few lines that start with a date: judge those lines only.
  detect: (sample) => share(sample.filter((l) => STARTS_WITH_DATE.test(l)), STAMP),
  continues: (line) => !STARTS_WITH_ANY_DATE.test(line),
  parser: (facts) => new LegacyParser(facts),
};

class LegacyParser {
  /** the search running reads only what the agent has cached (`Online = No`): its success says nothing of reaching the server */
  private offlineSearch = false;

  constructor(private readonly facts: FileFacts) {}

  line({ text, no, codes }: Line): void {
    const at = leadingStamp(text);
    const ev = this.facts.evidence(no, text, at);
    const tracker = this.facts.updates;
    const consumed = new Set<string>();
    if (isStart(text)) tracker.start(ev, true);
    this.search(text, ev, at);

    let o: RegExpExecArray | null;
    const report = text.indexOf('REPORT EVENT:');
    const message = report >= 0 ? readInstallMessage(text) : undefined;
    if (report >= 0) for (const hit of extractBareCodes(text.slice(report))) this.facts.countCode(hit, no, text, undefined);
    // What is being installed, which the attempt's failure lines do not say: the report of its start, the handler's package.
    if (message?.status === 'started') tracker.note({ title: message.title, kb: message.kb });
    if ((o = CBS_IDENTITY.exec(text))) tracker.note(packageRef(o[1]));
    if (message && message.status !== 'started') {
      const code = message.code ?? bareResult(text.slice(report));
      const failed = message.status === 'failed';
      tracker.outcome({
        status: message.status,
        ...(failed && code ? { code } : {}),
        source: 'reporting-event',
        evidence: ev,
        ms: at?.ms,
        update: { title: message.title, kb: message.kb },
        separate: true,
      });
      if (code) consumed.add(code);
    } else if ((o = CBS_ERROR.exec(text))) {
      const code = normalizeCode(o[1]);
      tracker.outcome({ status: 'failed', code, source: 'cbs-error', evidence: ev, ms: at?.ms });
      consumed.add(code);
    } else if (isEnd(text) && (o = EXIT_CODE.exec(text))) {
      const code = normalizeCode(o[1]);
      tracker.outcome({ status: 'failed', code, source: 'exit-code', evidence: ev, ms: at?.ms });
      consumed.add(code);
    }
    for (const c of codes) {
      if (consumed.has(c.code) || !reportsFailure(c)) continue;
      tracker.companion(c.code, c.form, ev, at?.ms);
    }
  }

  /** A search's start, whether it asks the server, and how it ended: an offline search that worked does not end a run of failed ones. */
  private search(text: string, ev: Evidence, at: Stamp | undefined): void {
    if (SEARCH_START.test(text)) this.offlineSearch = false;
    else if (OFFLINE.test(text)) this.offlineSearch = true;
    const failed = SEARCH_FAILED.exec(text);
    if (failed) noteSearch(this.facts.searches, normalizeCode(failed[1]), ev, at);
    else if (!this.offlineSearch && SEARCH_FOUND.test(text)) noteSearch(this.facts.searches, undefined, ev, at);
  }
}

function bareResult(record: string): string | undefined {
  return extractBareCodes(record).find((hit) => isFailureCode(hit.code))?.code;
}
