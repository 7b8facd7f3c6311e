import { isFailureCode, normalizeCode } from '../extract/codes.ts';
import { readInstallMessage } from '../extract/install-message.ts';
import { stamp } from '../extract/time.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import { share, type Line, type LogFormat } from './types.ts';
import { noteSearch } from './update-searches.ts';

/**
 * ReportingEvents.log: one tab-separated record per line —
 * {event guid} · time with offset · 1 · `182 [AGENT_INSTALLING_FAILED]` · category ·
 * {update guid} · revision · result (bare hex, 0 = success) · client · Success/Failure ·
 * operation · message · (cV).
 */
/** The correlation vector Windows 10 and later append (`w3Fd8MIdE0yBSbdX.0.9.1.0.0.1.0`): no part of the message. */
const CORRELATION_VECTOR = /^[A-Za-z0-9+/]{16}(?:\.\d+)+$/;

const RECORD = /^\{[0-9a-f-]{36}\}\t(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}):(\d{3})[+-]\d{4}\t/i;

export const reportingEvents: LogFormat = {
  kind: 'reportingevents',
  detect: (sample) => share(sample, RECORD),
  parser: (facts) => new ReportingEventsParser(facts),
};

class ReportingEventsParser {
  constructor(private readonly facts: FileFacts) {}

  line({ text, no, codes }: Line): void {
    const m = RECORD.exec(text);
    if (!m) return;
    const fields = text.split('\t');
    const at = stamp(m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
    const ev = this.facts.evidence(no, text, at);
    const result = fields[7]?.trim() ?? '';
    const code = /^[0-9a-f]{1,8}$/i.test(result) ? normalizeCode(result) : undefined;
    if (code && !codes.some((c) => c.code === code)) this.facts.countCode({ code, form: 'bare', index: 0 }, no, text, undefined);

    const operation = fields[10] ?? '';
    const failed = /failure/i.test(fields[9] ?? '') || /FAILED/.test(fields[3] ?? '');
    const last = fields.length > 12 && CORRELATION_VECTOR.test(fields[fields.length - 1].trim()) ? -1 : undefined;
    const message = readInstallMessage(fields.slice(11, last).join('\t'));
    const update = { id: fields[5]?.replace(/[{}]/g, '').toUpperCase(), title: message?.title, kb: message?.kb };
    // A search's end, for each service searched: `147 [AGENT_DETECTION_FINISHED]`, `148 [AGENT_DETECTION_FAILED]` with its code.
    if (/^14[78] \[AGENT_DETECTION_(?:FINISHED|FAILED)\]/.test(fields[3] ?? '')) noteSearch(this.facts.searches, failed ? code : undefined, ev, at);
    // `181 [AGENT_INSTALLING_STARTED]` says an install began, not how it ended: its outcome is a later record.
    const started = message?.status === 'started' || /_STARTED\]/.test(fields[3] ?? '');
    if (/install/i.test(operation) && !/uninstall/i.test(operation) && !started) {
      this.facts.updates.outcome({
        status: failed ? 'failed' : 'succeeded',
        ...(failed && code ? { code } : {}),
        source: 'reporting-event',
        evidence: ev,
        ms: at?.ms,
        update,
        separate: true,
      });
    } else if (failed && code && isFailureCode(code)) {
      this.facts.updates.companion(code, 'bare', ev, at?.ms);
    }
    // A record that ends an operation well (`147 [AGENT_DETECTION_FINISHED]`, a download or an install
    // that succeeded) outlives the failures before it, as `* END * … Exit code = 0x00000000` does.
    if (!failed && !started && /^success$/i.test(fields[9]?.trim() ?? '') && !(code && isFailureCode(code))) this.facts.lastSuccess = { line: no, text };
  }
}
