import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/input/index.ts';
import { werFailure } from '../../../src/analyzer/formats/wer-report.ts';
import { eventText } from '../../../src/analyzer/scan/event-log-sink.ts';
import { analyzeText, caseKnowledge } from '../helpers.ts';

/**
 * Windows Error Reporting's event 1001, with the fields of real reports: a Windows 10 PC whose
 * cumulative update failed (github.com/tugix456/randaodcxjj, Application.evtx, record 805, build
 * 19045) and a Windows 10 PC whose scans failed (github.com/sesellis/ETWTool, evtx/Application.evtx,
 * record 12615, build 14393). The fields after P4 are left out.
 */
const report = (...fields: string[]): EventRecord => ({
  provider: 'Windows Error Reporting',
  eventId: 1001,
  time: '2024-11-11T17:25:12.5413937Z',
  data: fields.map((value) => ({ name: 'Data', value })),
});
const SERVICING = ['', '0', 'WindowsServicingFailureInfo', 'Kullanılamıyor', '0', '10.0.19041.4950:1', '0x800F0984 0x800F0984 Matching binary: MicrosoftAccount.TokenProvider.Core.dll missing for component: amd64_microsoft-windows-c..riencehost.appxmain_31bf3856ad364e35_10.0.19041.1265_none_777e632002d13277'];
const SCAN = ['', '0', 'WindowsUpdateFailure3', 'Not available', '0', '10.0.14393.953', '8024402c', '00000000-0000-0000-0000-000000000000', 'Scan'];

const asXml = (fields: string[]) =>
  `<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Windows Error Reporting"/><EventID Qualifiers="0">1001</EventID><TimeCreated SystemTime="2024-11-11T17:25:12.5413937Z"/><Channel>Application</Channel></System><EventData>${fields.map((f) => `<Data>${f}</Data>`).join('')}</EventData></Event></Events>`;

describe('Windows Error Reporting reports', () => {
  it('reads a servicing failure\'s code and what failed, and Windows Update\'s code and operation', () => {
    expect(werFailure(report(...SERVICING))).toEqual({
      kind: 'werServicingFailed',
      code: '0x800F0984',
      detail: 'Matching binary: MicrosoftAccount.TokenProvider.Core.dll missing for component: amd64_microsoft-windows-c..riencehost.appxmain_31bf3856ad364e35_10.0.19041.1265_none_777e632002d13277',
    });
    expect(werFailure(report(...SCAN))).toEqual({ kind: 'werUpdateFailed', code: '0x8024402C', detail: 'Scan' });
  });

  it('reads no other report: a reset\'s diagnosis (WinPBRDiag, same PC), a success value, another provider', () => {
    expect(werFailure(report('', '0', 'WinPBRDiag', 'Kullanılamıyor', '0', '1', 'X', '9', '0', 'X', 'X', '19045', 'vb_release', '19041', 'vb_release'))).toBeUndefined();
    expect(werFailure(report(...SCAN.slice(0, 6), '00000000', ...SCAN.slice(7)))).toBeUndefined();
    expect(werFailure({ ...report(...SERVICING), provider: 'Application Error' })).toBeUndefined();
  });

  it('an .evtx record is one line of evidence, its multi-line fields joined (the report\'s files, one per line)', () => {
    const files = '\r\n\\\\?\\C:\\WINDOWS\\Logs\\CBS\\CBS.log\r\n\\\\?\\C:\\WINDOWS\\servicing\\Sessions\\Sessions.xml\r\n';
    expect(eventText(report(...SERVICING.slice(0, 6), files))).toBe('Windows Error Reporting 1001 2024-11-11T17:25:12.5413937Z: ; 0; WindowsServicingFailureInfo; Kullanılamıyor; 0; 10.0.19041.4950:1;  \\\\?\\C:\\WINDOWS\\Logs\\CBS\\CBS.log \\\\?\\C:\\WINDOWS\\servicing\\Sessions\\Sessions.xml ');
  });

  it('a servicing failure is a failed operation, the cause; a scan\'s is a suspect, as event 25 is', async () => {
    const failing = await analyzeText('Application.xml', asXml(SERVICING), caseKnowledge());
    expect(failing.verdict.state).toBe('failing');
    expect(failing.rootCause).toMatchObject({ code: '0x800F0984', basis: 'attempt-outcome' });
    expect(failing.rootCause?.evidence[0].message?.en).toMatch(/^Windows Error Reporting: a servicing \(CBS\) operation failed with error 0x800F0984: Matching binary: MicrosoftAccount/);
    const scan = await analyzeText('Application.xml', asXml(SCAN), caseKnowledge());
    expect(scan.attempts).toEqual([]);
    expect([scan.verdict.state, scan.rootCause?.code, scan.rootCause?.basis]).toEqual(['inconclusive', '0x8024402C', 'mention']);
    expect(scan.verdict.unresolved.map((m) => [m.code, m.count, m.evidence[0].text.includes('<Data>WindowsUpdateFailure3</Data>')])).toEqual([['0x8024402C', 1, true]]);
  });
  // One report as WER writes it three times: queued, with its cab, archived (Yamato-Security/hayabusa-sample-evtx, commit 071da2e1,
  // DeepBlueCLI/many-events-application.evtx, records 2169-2171, Windows 7): the fields up to the report id, which all three share.
  const DOWNLOAD = ['', '0', 'WindowsUpdateFailure3', 'Not available', '0', '7.6.7601.19161', '80240057', 'FD42C59B-16CB-4470-9D4B-1A8C49B24C66', 'Download', '200', '0', '0', 'AutomaticUpdates', '{9482F4B4-E343-43B6-B170-9A65BC822C77}', '0', ''];
  const WRITTEN = [
    [...DOWNLOAD, '', '', '0', '14e64b10-7e80-11e6-9c8a-000c290d8d3a', '0'],
    [...DOWNLOAD, 'C:\\ProgramData\\Microsoft\\Windows\\WER\\ReportQueue\\NonCritical_7.6.7601.19161_e7407f475723a361def8787c3ede16752f62_cab_09fdd8fd', '', '0', '14e64b10-7e80-11e6-9c8a-000c290d8d3a', '0'],
    ['2637683353', '29', ...DOWNLOAD.slice(2), 'C:\\ProgramData\\Microsoft\\Windows\\WER\\ReportArchive\\NonCritical_7.6.7601.19161_e7407f475723a361def8787c3ede16752f62_0591f89b', '', '0', '14e64b10-7e80-11e6-9c8a-000c290d8d3a', '0'],
  ];

  it('reads one report written three times as one failure, the first event its evidence; another report is another failure', async () => {
    expect(werFailure(report(...WRITTEN[0]))).toMatchObject({ kind: 'werUpdateFailed', code: '0x80240057', detail: 'Download', report: '14e64b10-7e80-11e6-9c8a-000c290d8d3a' });
    const events = (rows: string[][]) => `<Events>${rows.map((r) => asXml(r).slice('<Events>'.length, -'</Events>'.length)).join('\r\n')}</Events>`;
    const once = await analyzeText('Application.xml', events(WRITTEN), caseKnowledge());
    expect(once.attempts.map((a) => [a.status, a.code, a.update.phase, a.outcome.line])).toEqual([['failed', '0x80240057', 'download', 1]]);
    const other = [...WRITTEN[0].slice(0, -2), '24e64b10-7e80-11e6-9c8a-000c290d8d3a', '0'];
    const twice = await analyzeText('Application.xml', events([...WRITTEN, other]), caseKnowledge());
    expect(twice.attempts.map((a) => a.outcome.line)).toEqual([1, 4]);
  });
});
