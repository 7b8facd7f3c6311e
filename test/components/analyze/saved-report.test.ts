import { describe, expect, it } from 'vitest';
import { readReport, reportFileName, reportToJSON } from '../../../src/components/analyze/saved-report.ts';
import { caseReport } from './case-report.ts';

describe('saved reports', () => {
  it('read back to the same report', async () => {
    const report = await caseReport();
    expect(readReport(reportToJSON(report))).toEqual({ report });
  });

  it('are named after the newest outcome they hold, else the day of saving', async () => {
    const report = await caseReport();
    expect(reportFileName(report)).toBe('update-triage-report-2022-10-28.json');
    expect(reportFileName({ ...report, attempts: [], servicing: [] }, new Date('2026-11-24T10:00:00Z'))).toBe('update-triage-report-2026-11-24.json');
  });

  it('refuse what is not JSON, another schema, another version, or a report missing its lists', async () => {
    const report = await caseReport();
    expect(readReport('{not json')).toEqual({ error: 'json' });
    expect(readReport('[]')).toEqual({ error: 'schema' });
    expect(readReport(JSON.stringify({ ...report, schema: 'other' }))).toEqual({ error: 'schema' });
    // A report of version 1 (before the verdict) is refused, not drawn half.
    expect(readReport(JSON.stringify({ ...report, version: 1 }))).toEqual({ error: 'version', found: '1' });
    const { findings: _, ...partial } = report;
    expect(readReport(JSON.stringify(partial))).toEqual({ error: 'schema' });
    const { verdict: __, ...noVerdict } = report;
    expect(readReport(JSON.stringify(noVerdict))).toEqual({ error: 'schema' });
  });
});
