/**
 * A result saved as JSON and opened again: the report itself (never the logs), checked on the
 * way back in so a stray file gives a clear message instead of a half-drawn page.
 */
import { REPORT_SCHEMA, REPORT_VERSION, type Report } from '../../analyzer/index.ts';

export type ReadResult = { report: Report } | { error: 'json' } | { error: 'schema' } | { error: 'version'; found: string };

export function reportToJSON(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** `update-triage-report-2022-10-28.json`, dated by the newest outcome in the report, else today. */
export function reportFileName(report: Report, today: Date = new Date()): string {
  const times = [...report.attempts, ...report.servicing].map((a) => a.outcome.time).filter((t): t is string => !!t).sort();
  const date = times.at(-1)?.slice(0, 10) ?? today.toISOString().slice(0, 10);
  return `update-triage-report-${date}.json`;
}

export function readReport(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'json' };
  }
  if (!value || typeof value !== 'object' || (value as { schema?: unknown }).schema !== REPORT_SCHEMA) return { error: 'schema' };
  const version = (value as { version?: unknown }).version;
  if (version !== REPORT_VERSION) return { error: 'version', found: String(version) };
  const report = value as Report;
  // The parts the page draws from must be there, or the file was edited by hand.
  const lists = ['inputs', 'codes', 'attempts', 'servicing', 'kbs', 'builds', 'wsus', 'findings', 'runbooks', 'warnings'] as const;
  if (!lists.every((key) => Array.isArray(report[key]))) return { error: 'schema' };
  const verdict = report.verdict as Partial<Report['verdict']> | undefined;
  if (!verdict?.coverage || !(['recovered', 'unresolved', 'outlived', 'next'] as const).every((key) => Array.isArray(verdict[key]))) return { error: 'schema' };
  return { report };
}
