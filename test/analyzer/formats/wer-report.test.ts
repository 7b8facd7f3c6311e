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
});
