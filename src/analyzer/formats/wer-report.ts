import type { EventRecord } from '../../input/index.ts';
import { isFailureCode, normalizeCode } from '../extract/codes.ts';
import type { EventKind } from './event-sentences.ts';

/**
 * Windows Error Reporting's event 1001 in the Application log: one report, its fields in order —
 * bucket, bucket type, event name, response, cab id, then the parameters P1 … P10. Two event
 * names report update failures: `WindowsUpdateFailure3` (P2 the error, as bare hex, and P4 the
 * operation, `Scan` in the reports seen) and `WindowsServicingFailureInfo` (P2 the error and what
 * failed: `0x800F0984 0x800F0984 Matching binary: … missing for component: …`), as the reports of
 * real machines show them (the Application.evtx files of github.com/sesellis/ETWTool and
 * github.com/tugix456/randaodcxjj; wer-report.test.ts holds their fields).
 */
export interface WerFailure {
  kind: Extract<EventKind, 'werUpdateFailed' | 'werServicingFailed'>;
  code: string;
  /** the Windows Update operation (`Scan` …), or what a servicing failure names after its codes */
  detail: string;
  /** the report's id: WER writes the event of one report again as it gives it a cab and archives it */
  report?: string;
}

const WER_PROVIDER = 'Windows Error Reporting';
const NAME = 2;
const P2 = 6;
const P4 = 8;
/** after P10: attached files, store location, analysis symbol, rechecking, then the report id */
const REPORT_ID = 19;

export function werFailure(event: EventRecord): WerFailure | undefined {
  if (event.provider !== WER_PROVIDER || event.eventId !== 1001) return undefined;
  const field = (i: number) => event.data[i]?.value.trim() ?? '';
  const name = field(NAME);
  if (name !== 'WindowsUpdateFailure3' && name !== 'WindowsServicingFailureInfo') return undefined;
  // Read only for the two reports: most of an Application log's WER events are of crashing programs.
  const id = field(REPORT_ID);
  const report = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(id) ? { report: id.toLowerCase() } : {};
  if (name === 'WindowsUpdateFailure3') {
    const code = failure(/^(?:0x)?([0-9a-f]{8})$/i.exec(field(P2))?.[1]);
    return code ? { kind: 'werUpdateFailed', code, detail: field(P4), ...report } : undefined;
  }
  const m = /^0x([0-9a-f]{8})(?:\s+0x[0-9a-f]{8})*\s*(.*)$/i.exec(field(P2));
  const code = failure(m?.[1]);
  return code ? { kind: 'werServicingFailed', code, detail: m![2], ...report } : undefined;
}

const failure = (digits: string | undefined): string | undefined => {
  const code = digits ? normalizeCode(digits) : undefined;
  return code && isFailureCode(code) ? code : undefined;
};
