import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/analyzer/formats/detect.ts';

const kind = (text: string) => detectFormat(text.split('\n')).format.kind;

describe('detectFormat (by content, never by name)', () => {
  it('tells WindowsUpdate.log in every culture date separator from the legacy format', () => {
    for (const sep of ['/', '-', '.']) {
      expect(kind(`2022${sep}10${sep}27 08:38:34.3565937 4932  23416 Agent           LogHistory called.`)).toBe('windowsupdate');
    }
    expect(kind('2016-09-08\t10:48:43:109\t 848\t604\tMisc\tWARNING: SendRequestUsingProxy failed')).toBe('windowsupdate-legacy');
    expect(kind('2015-10-30 17:12:54:073 880 1160 WS FATAL: OnCallFailure failed with hr=0X80244007')).toBe('windowsupdate-legacy');
  });

  it('tells CBS, DISM and setupact apart by their components', () => {
    expect(kind('2022-10-27 08:38:33, Info                  CBS    Client aborted the install.')).toBe('cbs');
    expect(kind('2023-05-22 12:57:49, Info                  DISM   DISM.EXE: Executing command line: dism /online')).toBe('dism');
    expect(kind('2023-05-23 00:32:46, Error                 SP     Operation failed: Apply WIM file')).toBe('setupact');
    expect(kind('Failed to resolve package [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]')).toBe('cbs');
    // The rollback tool of a clean install from WinPE writes as TOOL (github.com/Dheebakkumar/Food-Restaurant, commit f2b3415e, Rollback/setupact.log line 3).
    expect(kind('2022-12-23 08:05:03, Info                  TOOL   OS Rollback: Rolling back clean install launched from WinPE...')).toBe('setupact');
    // Setup's last phases write no component, the program in brackets instead (VitalSkib/files, commit b2dc2529, setupact.log lines 1-2 and 237)
    const oobe = [
      '2026-02-19 10:38:42, Info                         [windeploy.exe] ------------------------------------------------',
      '2026-02-19 10:38:42, Info                         [windeploy.exe] WinDeploy.exe launched with command-line []...',
      '2026-02-19 10:41:44, Info                         [msoobe.exe] Parsing oobe.xml files...',
    ];
    expect(kind(oobe.join('\n'))).toBe('setupact');
  });

  it('recognises ReportingEvents records', () => {
    expect(kind('{2C3C39FA-FC0F-4F44-9049-D2AA53B27FFB}\t2017-12-12 19:46:19:636+0900\t1\t182 [AGENT_INSTALLING_FAILED]\t101')).toBe('reportingevents');
  });

  it('recognises event exports: wevtutil text, Event Viewer txt/csv (English or Chinese headers), XML', () => {
    expect(kind('Event[424]:\n  Log Name: System\n  Event ID: 20')).toBe('events');
    expect(kind('Level\tDate and Time\tSource\tEvent ID\tTask Category\nError\t10/27/2022 8:38:51 AM\tMicrosoft-Windows-WindowsUpdateClient\t20\tWindows Update Agent\tInstallation Failure')).toBe('events');
    expect(kind('级别,日期和时间,来源,事件 ID,任务类别\n错误,2022/10/27 8:38:51,Microsoft-Windows-WindowsUpdateClient,20,Windows Update Agent,"安装失败"')).toBe('events');
    expect(kind('<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>20</EventID></System></Event></Events>')).toBe('events');
  });

  it('recognises SetupDiag results in text, XML and JSON', () => {
    expect(kind('Matching Profile found: FindRollbackFailure - 3A43C9B5-05B3-4F7C-A955-88F991BB5A48')).toBe('setupdiag');
    expect(kind('<?xml version="1.0" encoding="utf-16"?>\n<SetupDiag xmlns="https://docs.microsoft.com/windows/deployment/upgrade/setupdiag">\n<ProfileName>FindSPFatalError</ProfileName>')).toBe('setupdiag');
    expect(kind('{"Version":"1.6.2107.27002","ProfileName":"FindRollbackFailure","ProfileGuid":"3A43C9B5"}')).toBe('setupdiag');
  });

  it('calls anything else plain text', () => {
    expect(kind('Dear support, the update fails with 0x80070570.')).toBe('text');
    expect(kind('')).toBe('text');
  });
});
