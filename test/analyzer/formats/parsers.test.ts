import { describe, expect, it } from 'vitest';
import { analyze, renderText } from '../../../src/analyzer/index.ts';
import { cbs } from '../../../src/analyzer/formats/cbs.ts';
import { windowsUpdate } from '../../../src/analyzer/formats/windowsupdate.ts';
import { lineFilter } from '../../../src/analyzer/scan/triggers.ts';
import { analyzeText, bytesInput, caseKnowledge } from '../helpers.ts';

const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('format parsers', () => {
  it('ReportingEvents.log (UTF-16 LE): one attempt per install record, with the bare result code', async () => {
    const text = [
      '{2C3C39FA-FC0F-4F44-9049-D2AA53B27FFB}\t2017-12-12 19:46:19:636+0900\t1\t182 [AGENT_INSTALLING_FAILED]\t101\t{BFC8A103-FD5F-4458-9935-231D9F79E2C1}\t203\t80242015\tUpdateOrchestrator\tFailure\tContent Install\tInstallation Failure: Windows failed to install the following update with error 0x80242015: Cumulative Update (KB4051033)',
      '{16D57C29-A552-4B80-80E9-A353C6D90CBE}\t2023-01-06 09:45:55:528-0500\t1\t183 [AGENT_INSTALLING_SUCCEEDED]\t101\t{A188C2E0-209F-486C-9D51-9953B1D2612E}\t200\t0\tMoUpdateOrchestrator\tSuccess\tContent Install\tInstallation Successful: Windows successfully installed the following update: Security Intelligence Update - KB2267602 (Version 1.381.1819.0)\taS8pKHUwl0i6mrKJ.1.2.3.0',
    ].join('\r\n');
    const report = await analyze([bytesInput('ReportingEvents.log', utf16le(text), 33)], caseKnowledge());
    expect(report.inputs[0]).toMatchObject({ format: 'reportingevents', encoding: 'utf-16le' });
    expect(report.attempts.map((a) => [a.status, a.code, a.update.kb, a.outcome.time])).toEqual([
      ['failed', '0x80242015', 'KB4051033', '2017-12-12 19:46:19'],
      ['succeeded', undefined, 'KB2267602', '2023-01-06 09:45:55'],
    ]);
  });

  it('ReportingEvents.log: an install\'s start is no outcome, and the correlation vector Windows 10 and later append is no part of the title', async () => {
    // github.com/dcheva/NMS2023, SoftwareDistribution/ReportingEvents.log (a Store app), and the record above
    const text = [
      '{2246BD16-3455-467B-BC4D-FBFCE06C6B4C}\t2023-06-17 20:20:23:379+0300\t1\t181 [AGENT_INSTALLING_STARTED]\t101\t{83CB05B1-36CD-4EF9-A9C6-136D4B522E64}\t1\t0\tAcquisition;Microsoft.GamingApp_8wekyb3d8bbwe\tSuccess\tContent Install\tInstallation Started: Windows has started installing the following update: 9NKNC0LD5NN6-Microsoft.Xbox.TCUI\tw3Fd8MIdE0yBSbdX.0.9.1.0.0.1.0',
      '{7FB18F02-D3CE-41CE-B27A-63300E6909D8}\t2023-06-17 20:20:23:681+0300\t1\t183 [AGENT_INSTALLING_SUCCEEDED]\t101\t{83CB05B1-36CD-4EF9-A9C6-136D4B522E64}\t1\t0\tAcquisition;Microsoft.GamingApp_8wekyb3d8bbwe\tSuccess\tContent Install\tInstallation Successful: Windows successfully installed the following update: 9NKNC0LD5NN6-Microsoft.Xbox.TCUI\tw3Fd8MIdE0yBSbdX.0.9.1.0.0.3.0',
      '{16D57C29-A552-4B80-80E9-A353C6D90CBE}\t2023-01-06 09:45:55:528-0500\t1\t183 [AGENT_INSTALLING_SUCCEEDED]\t101\t{A188C2E0-209F-486C-9D51-9953B1D2612E}\t200\t0\tMoUpdateOrchestrator\tSuccess\tContent Install\tInstallation Successful: Windows successfully installed the following update: Security Intelligence Update - KB2267602 (Version 1.381.1819.0)\taS8pKHUwl0i6mrKJ.1.2.3.0',
      '{2C3C39FA-FC0F-4F44-9049-D2AA53B27FFB}\t2017-12-12 19:46:19:636+0900\t1\t182 [AGENT_INSTALLING_FAILED]\t101\t{BFC8A103-FD5F-4458-9935-231D9F79E2C1}\t203\t80242015\tUpdateOrchestrator\tFailure\tContent Install\tInstallation Failure: Windows failed to install the following update with error 0x80242015: Cumulative Update (KB4051033)',
    ].join('\r\n');
    const report = await analyze([bytesInput('ReportingEvents.log', utf16le(text))], caseKnowledge());
    expect(report.attempts.map((a) => [a.status, a.update.title])).toEqual([
      ['failed', 'Cumulative Update (KB4051033)'],
      ['succeeded', 'Security Intelligence Update - KB2267602 (Version 1.381.1819.0)'],
      ['succeeded', '9NKNC0LD5NN6-Microsoft.Xbox.TCUI'],
    ]);
  });

  it('ReportingEvents.log: a record that ends an operation well outlives the failed detections before it; a started one does not', async () => {
    // github.com/dcheva/NMS2023, SoftwareDistribution/ReportingEvents.log, lines 1706, 1708 and 1713 (corpus re-dc-01)
    const failed = '{79FB8FA8-B496-47D4-8EAB-0416DB7B3E01}\t2023-07-05 10:17:44:621+0300\t1\t148 [AGENT_DETECTION_FAILED]\t101\t{8B24B027-1DEE-BABB-9A95-3517DFB9C552}\t0\t80072ee2\tMoUpdateOrchestrator\tFailure\tSoftware Synchronization\tWindows Update Client failed to detect with error 0x80072ee2.\tiSWcZP4TDUu2JfVJ.0.1.1.0.3.0';
    const started = '{96213D47-BCA8-4273-BB3C-AC9747F03941}\t2023-07-05 12:21:48:496+0300\t1\t167 [AGENT_DOWNLOAD_STARTED]\t101\t{C7B927C8-6B48-4E6D-8C0B-8F0DA7ED9959}\t201\t0\tMoUpdateOrchestrator\tSuccess\tContent Download\tDownload started.\tKxUP6yjodkygm9lb.13.1.4.0';
    const finished = '{A3C6084E-09B3-4EA0-9CBC-E76643885D94}\t2023-07-07 16:42:14:100+0300\t1\t147 [AGENT_DETECTION_FINISHED]\t101\t{9482F4B4-E343-43B6-B170-9A65BC822C77}\t0\t0\t<<PROCESS>>: DllHost.exe\tSuccess\tSoftware Synchronization\tWindows Update Client successfully detected 1 updates.\tLu6xRUIWT0eYQae4.1.0.0.4.0';
    const verdict = async (...lines: string[]) => (await analyze([bytesInput('ReportingEvents.log', utf16le(lines.join('\r\n')))], caseKnowledge())).verdict;
    const recovered = await verdict(failed, started, finished);
    expect([recovered.state, recovered.outlived.map((m) => m.code), recovered.unresolved]).toEqual(['healthy', ['0x80072EE2'], []]);
    const open = await verdict(failed, started);
    expect([open.state, open.unresolved.map((m) => m.code)]).toEqual(['inconclusive', ['0x80072EE2']]);
  });

  it('legacy WindowsUpdate.log: a hard-wrapped piece joins its line, a Windows 10 line after it stays a line of its own', async () => {
    // The first two lines: karthikvemula/maven Windows/WindowsUpdate.log, line 171, wrapped as a web page wraps it; the third: sample real-10, line 5.
    const text = [
      '2018-05-21\t20:27:47:376\t1008\t680\tPT\tWARNING: SyncServerUpdatesInternal',
      ' failed: 0x8024000b',
      '2020/11/19 15:27:27.5122378 3304  2188  EEHandler       *FAILED* [80070032] EvaluateManifestBasedRule failed for update 3DDB8AF4-BC5E-4275-BCEB-F6084A5747BE.1, idExpr=57',
    ].join('\r\n');
    const report = await analyzeText('WindowsUpdate.log', text, caseKnowledge());
    expect(report.inputs[0].format).toBe('windowsupdate-legacy');
    expect(report.codes.map((c) => [c.code, c.files.map((f) => f.count), report.inputs[0].codes?.find((x) => x.code === c.code)?.evidence[0].line])).toEqual([
      ['0x8024000B', [1], 1],
      ['0x80070032', [1], 3],
    ]);
  });

  it('CBS.log: CSI\'s Win32 error by name is the catalog\'s code for that name; a name it does not know is no code', async () => {
    // An advanced installer failing as a Microsoft support article on 0x800f0922 quotes it (its id and times are this test's).
    const text = [
      '2024-05-13 22:31:56, Error      [0x018003] CSI    00000c71 (F) Failed execution of queue item Installer: Task Scheduler ({3a9a7f5c-0000-0000-0000-000000000000}) with HRESULT HRESULT_FROM_WIN32(ERROR_NOT_FOUND).  Failure will not be ignored',
      '2024-05-13 22:31:57, Error      [0x018003] CSI    00000c72 (F) Failed execution of queue item Installer: Generic Command ({3a9a7f5c-0000-0000-0000-000000000001}) with HRESULT HRESULT_FROM_WIN32(ERROR_NO_SUCH_NAME_HERE).',
    ].join('\r\n');
    const report = await analyzeText('CBS.log', text, caseKnowledge());
    expect(report.inputs[0].codes?.map((c) => [c.code, c.count, c.forms])).toEqual([['0x80070490', 1, { win32: 1 }]]);
    expect(report.rootCause?.code).toBe('0x80070490');
  });

  it('Event Viewer XML: event 20 with errorCode and updateTitle', async () => {
    const xml =
      '<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-WindowsUpdateClient"/><EventID>20</EventID><TimeCreated SystemTime="2022-10-27T00:38:51.0819050Z"/></System><EventData><Data Name="errorCode">0x8024001e</Data><Data Name="updateTitle">2022-08 Cumulative Update for Windows 10 Version 1809 for x64-based Systems (KB5016623)</Data></EventData></Event></Events>';
    const report = await analyzeText('System.xml', xml, caseKnowledge());
    expect(report.attempts).toEqual([expect.objectContaining({ status: 'failed', code: '0x8024001E', source: 'event', update: expect.objectContaining({ kb: 'KB5016623' }) })]);
    expect(report.attempts[0].outcome.time).toBe('2022-10-27T00:38:51Z');
  });

  it('the case event 20 message in Chinese (half-width comma) counts as a failed attempt', async () => {
    const text = '安装失败: Windows 安装下列更新失败, 错误为 0x8024001E: 2022-适用于 Windows 10 Version 1809 的 08 累积更新, 适合基于 x64 的系统 (KB5016623)';
    const report = await analyzeText('event.txt', text);
    expect(report.attempts).toEqual([expect.objectContaining({ code: '0x8024001E', update: expect.objectContaining({ kb: 'KB5016623' }) })]);
  });

  it('SetupDiag text: its error is kept as a low-precedence outcome, the setupact first error wins', async () => {
    const diag = ['Matching Profile found: FindRollbackFailure - 3A43C9B5-05B3-4F7C-A955-88F991BB5A48', 'Last Phase = Safe OS', 'Error = 0x8007000D-0x2000C'].join('\r\n');
    const setup = '2023-05-23 00:32:46, Error                 SP     Operation failed: Apply WIM file PathForNewOSFile, index 6 to D:\\$WINDOWS.~BT\\NewOS. Error: 0x80070570[gle=0x000000b7]';
    const report = await analyze([bytesInput('SetupDiagResults.log', diag), bytesInput('setupact.log', setup)], caseKnowledge());
    expect(report.servicing.map((s) => [s.source, s.code, s.update.phase])).toEqual([
      ['setupdiag', '0x8007000D', 'SetupDiag: FindRollbackFailure'],
      ['servicing-error', '0x80070570', undefined],
    ]);
    expect(report.rootCause?.code).toBe('0x80070570');
  });

  // github.com/Dheebakkumar/Food-Restaurant (commit f2b3415e), $WINDOWS.~BT/Sources/Rollback/setupact.log, lines 1-4 (with its BOM);
  // github.com/baslr/w10-logs (commit c3c77410), Rollback/setupact.log, lines 1, 26-29.
  const WINPE_ROLLBACK = [
    '\ufeff2022-12-23 08:05:03, Info       [0x0e00cf] TOOL   Starting OS Rollback... (launched with command line [/CleanInstallFromWinPE /noui /BTFolder:C:\\$WINDOWS.~BT\\Sources])',
    '2022-12-23 08:05:03, Info       [0x0e00d1] TOOL   OS Rollback: NoUI switch.',
    '2022-12-23 08:05:03, Info                  TOOL   OS Rollback: Rolling back clean install launched from WinPE...',
    '2022-12-23 08:05:07, Info       [0x064149] IBSLIB RollbackExecuteSequence in progress...',
  ];
  const INITIATED = '2021-05-18 03:11:02, Info                  SP     Initiating rollback/uninstall, phase = 0';
  const GAVE_UP = [
    '2021-05-18 03:11:03, Info                  SP     Cannot recover the system.',
    '2021-05-18 03:11:03, Info                  SP     Rollback: (2) Showing splash window with restoring text: Undoing changes made to your computer...',
    '2021-05-18 03:11:03, Info                  SP     SetupPlatfrom: Executing Execute.PreRollback commands',
    '2021-05-18 03:11:03, Info       [0x064149] IBSLIB RollbackExecuteSequence in progress...',
  ];

  it('setupact.log: setup undoing the new OS is a failure with no code, never a healthy machine', async () => {
    for (const [lines, at] of [[WINPE_ROLLBACK, 1], [[INITIATED, ...GAVE_UP], 2]] as const) {
      const report = await analyzeText('setupact.log', lines.join('\r\n'));
      expect(report.inputs[0].format).toBe('setupact');
      expect(report.servicing.map((s) => [s.status, s.code, s.outcome.line])).toEqual([['failed', undefined, at]]);
      expect(report.verdict.state).toBe('inconclusive');
      expect(report.rootCause).toBeNull();
      // The code is in what setup wrote before it rolled back: that is asked for first.
      expect(report.verdict.next).toEqual(['setup-logs', 'windowsupdate-log', 'cbs-log', 'event-log']);
    }
  });

  it('setupact.log: a rollback begun with no word of a failure may be a user going back, and is no failure', async () => {
    const report = await analyzeText('setupact.log', [INITIATED, ...GAVE_UP.slice(1)].join('\r\n'));
    expect(report.servicing).toEqual([]);
    // no failure, and no result of anything either: it cannot tell, and names no cause
    expect(report.verdict).toMatchObject({ state: 'inconclusive', noResult: true });
    expect(report.rootCause).toBeNull();
  });

  // github.com/baslr/w10-logs (commit c3c77410), Rollback/setuperr.log, lines 1-3 (with its BOM): the rollback's own errors, and no line of its start.
  const ROLLBACK_ERRORS = [
    '\ufeff2021-05-18 03:11:07, Error      [0x064183] IBSLIB OSRollbackService::CCheckpoint::MoveOrCopyDirectory: ObliterateOrMoveDirectoryTree(C:\\$WINDOWS.~BT\\Sources\\Panther) failed.[gle=0x00000005]',
    '2021-05-18 03:12:23, Error                 SP     Failed to merge telemetry file: . hr = 0X80070057',
    '2021-05-18 03:12:23, Error                 SP     Failed to merge telemetry file: C:\\$WINDOWS.~BT\\Sources\\Panther\\WinRETel.etl.001. hr = 0X80070057',
  ];

  it('setuperr.log of a rollback: the rollback\'s own lines stand for its start, which that log lacks', async () => {
    const report = await analyzeText('setuperr.log', ROLLBACK_ERRORS.join('\r\n'));
    expect(report.inputs[0].format).toBe('setupact');
    expect(report.servicing.map((s) => [s.status, s.code, s.outcome.line])).toEqual([['failed', undefined, 1]]);
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.next[0]).toBe('setup-logs');
  });

  it('setupact.log: the lines of a rollback read once, from its start, and not at all after a rollback a user may have begun', async () => {
    const gaveUp = await analyzeText('setupact.log', [INITIATED, ...GAVE_UP, ROLLBACK_ERRORS[0].slice(1)].join('\r\n'));
    expect(gaveUp.servicing.map((s) => [s.status, s.code, s.outcome.line])).toEqual([['failed', undefined, 2]]);
    const goingBack = await analyzeText('setupact.log', [INITIATED, ...GAVE_UP.slice(1), ROLLBACK_ERRORS[0].slice(1)].join('\r\n'));
    expect(goingBack.servicing).toEqual([]);
    expect(goingBack.verdict).toMatchObject({ state: 'inconclusive', noResult: true });
  });

  // github.com/copyleft21/samsung (commit e69d83a9), setupact.log, lines 207-211, 232 and 389: a Media Creation Tool run its user cancelled.
  const CANCELLED = [
    '2024-03-28 11:54:40, Info                  MOUPG  CInstallUI::ShowMessageBox: Showing MessageBox',
    '2024-03-28 11:54:45, Info                  MOUPG  CInstallUI::ConfirmCanceled: User cancel confirmed',
    '2024-03-28 11:54:45, Info                  MOUPG  CInstallUI::ShowExitingSetup: Posted MSG_INSTALLUI_SWITCH_TO_PROGRESS_PAGE',
    '2024-03-28 11:54:45, Info                  MOUPG  CInstallUI::OnProgressChanged: Cancel is requested. Returning ERROR_REQUEST_ABORTED',
    '2024-03-28 11:54:45, Error                 MOUPG  CInstallUI::OnProgressChanged(575): Result = 0x800704D3',
    '2024-03-28 11:55:30, Error                 MOUPG  CDlpTask::ExecuteActions(3454): Result = 0x800704D3',
    '2024-03-28 11:55:48, Error                 MOUPG  CSetupHost::Execute(433): Result = 0x800704C7',
  ];

  it('setupact.log: a run its user cancelled is one episode, set aside with the errors of its winding down', async () => {
    const report = await analyzeText('setupact.log', CANCELLED.join('\r\n'));
    expect(report.servicing.map((s) => [s.status, s.code, s.outcome.line, s.update.phase])).toEqual([['failed', undefined, 2, 'Windows Setup: cancelled by the user']]);
    expect(report.servicing[0].companions.map((c) => c.code)).toEqual(['0x800704D3', '0x800704C7']);
    expect(report.verdict).toMatchObject({ state: 'healthy', unresolved: [], userCancelled: { failed: 1, evidence: expect.objectContaining({ line: 2 }) } });
    expect(report.rootCause).toBeNull();
    expect(renderText(report, 'en')).toContain('Windows Setup was cancelled by its user (the first at setupact.log:2), and the errors after that are of the cancel');
    expect(renderText(report, 'zh-CN')).toContain('Windows 安装程序被用户取消（第一次见 setupact.log:2）');
    // the episode's phase, which the analyzer words itself, in the reader's language
    expect(renderText(report, 'zh-CN')).toContain('阶段 Windows 安装程序：用户取消了安装');
    expect(renderText(report, 'zh-CN')).not.toContain('cancelled by the user');
    expect(renderText(report, 'en')).toContain('phase Windows Setup: cancelled by the user');
  });

  it('setupact.log: a run of setup started after the cancel is read as any other', async () => {
    // copyleft21/samsung setupact.log, line 2: a run's first line; the failure after it is made here
    const again = ['2024-03-29 09:00:00, Info                  MOUPG  SetupHost::Initialize', '2024-03-29 09:05:00, Error                 MOUPG  CSetupManager::ExecuteDownlevelMode(406): Result = 0x80070005'];
    const report = await analyzeText('setupact.log', [...CANCELLED, ...again].join('\r\n'));
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause?.code).toBe('0x80070005');
  });

  it('setupact.log: a failure before the cancel still counts', async () => {
    const failing = '2024-03-28 11:53:10, Error                 MOUPG  CSetupManager::ExecuteDownlevelMode(406): Result = 0x80070005';
    const report = await analyzeText('setupact.log', [failing, ...CANCELLED].join('\r\n'));
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause?.code).toBe('0x80070005');
  });

  it('CBS.log: an episode names the DPX phase or command started last, ended or not, and a phase started again is the same phase', async () => {
    const at = (clock: string, level: string, source: string, text: string) => `2022-10-27 ${clock}, ${level.padEnd(22)}${source.padEnd(7)}${text}`;
    const done = (clock: string) => at(clock, 'Info', 'CBS', 'Exec: Processing complete, session(Corruption Detecting): 31033559_4117744417 [HRESULT = 0x00000000 - S_OK]');
    const log = [
      at('08:30:00', 'Info', 'DPX', 'Started DPX phase: Resume and Download Job'),
      at('08:30:01', 'Info', 'DPX', 'Ended DPX phase: Resume and Download Job'),
      at('08:30:02', 'Error', 'CBS', 'Failed to resolve package [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]'),
      done('08:30:03'),
      at('08:40:00', 'Info', 'DPX', 'Started DPX phase: Apply Deltas Provided In File'),
      at('08:40:01', 'Info', 'DPX', 'Started DPX phase: Apply Deltas Provided In File'),
      at('08:40:02', 'Info', 'DISM', 'DISM.EXE: Executing command line: dism.exe /online /add-package'),
      at('08:40:03', 'Info', 'CBS', 'Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]'),
      done('08:40:04'),
      at('08:50:00', 'Info', 'DPX', 'Started DPX phase: Apply Deltas Provided In File'),
      at('08:50:01', 'Info', 'DPX', 'Ended DPX phase: Apply Deltas Provided In File'),
      at('08:50:02', 'Info', 'DPX', 'Ended DPX phase: Resume and Download Job'),
      at('08:50:03', 'Info', 'CBS', 'Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]'),
    ].join('\r\n');
    const report = await analyze([bytesInput('CBS.log', log)], caseKnowledge());
    expect(report.servicing.filter((s) => s.status === 'failed').map((s) => [s.code, s.update.phase])).toEqual([
      ['0x800F0831', 'DPX: Resume and Download Job'],
      ['0x800F0821', 'dism.exe /online /add-package'],
      ['0x800F0821', 'DPX: Apply Deltas Provided In File'],
    ]);
  });

  it("CBS.log's own trigger reads the DPX phases started, not those ended, which change nothing the parser notes", () => {
    const filter = lineFilter(cbs.trigger!, [], cbs.triggerApart) as RegExp;
    const read = (message: string) => {
      filter.lastIndex = 0;
      return filter.test(`2022-10-27 08:30:00, Info                  DPX    ${message}`);
    };
    expect(read('Started DPX phase: Apply Deltas Provided In File')).toBe(true);
    expect(read('Ended DPX phase: Apply Deltas Provided In File')).toBe(false);
    // read for what else it holds, as any line
    expect(read('Ended DPX phase: Apply Deltas Provided In File [HRESULT = 0x800f0821 - CBS_E_ABORT]')).toBe(true);
  });

  it("WindowsUpdate.log's own trigger reads the CBS calls its parser notes, progress and errors, not the others", () => {
    const [generic, own] = lineFilter(windowsUpdate.trigger!, [], windowsUpdate.triggerApart) as RegExp[];
    const read = (message: string) => {
      const line = `2022/10/27 08:38:34.3565937 4932  23416 Handler         ${message}`;
      return [generic, own].some((filter) => ((filter.lastIndex = 0), filter.test(line)));
    };
    expect(read('CBS called Progress with state=3, ticks=30, total=100')).toBe(true);
    expect(read('CBS called Error with 0x80070570,')).toBe(true);
    expect(read('CBS called Terminate')).toBe(false);
  });

  it('CBS.log: a session completed after a failure is a success on the timeline, and one with no failure before it is none', async () => {
    const at = (clock: string, text: string) => `2022-10-27 ${clock}, Info                  CBS    ${text}`;
    // the session line as real-62 has it
    const done = (clock: string) => at(clock, 'Exec: Processing complete.  Session: 31176359_247790115, Package: , Identifier:  [HRESULT = 0x00000000 - S_OK]');
    const healthy = [done('08:30:00'), done('08:31:00')].join('\r\n');
    expect((await analyze([bytesInput('CBS.log', healthy)], caseKnowledge())).servicing).toEqual([]);
    const failed = at('08:30:01', 'Failed to resolve package [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]');
    const log = [done('08:30:00'), failed, done('08:30:02'), done('08:31:00')].join('\r\n');
    const report = await analyze([bytesInput('CBS.log', log)], caseKnowledge());
    expect(report.servicing.map((s) => [s.status, s.outcome.line])).toEqual([
      ['failed', 2],
      ['succeeded', 3],
    ]);
    // a store check that only detects (real-43, line 75) has fixed nothing when it completes: it outlives no failure
    const detected = at('08:30:02', 'Exec: Processing complete, session(Corruption Detecting): 31034772_2677689037 [HRESULT = 0x00000000 - S_OK]');
    // nor does its session's end, the next line of real-43
    const finalized = at('08:30:02', 'Session: 31034772_2677689037 finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]');
    const scan = await analyze([bytesInput('CBS.log', [failed, detected, finalized].join('\r\n'))], caseKnowledge());
    expect(scan.servicing.map((s) => [s.status, s.outcome.line])).toEqual([['failed', 1]]);
  });

  it('DISM.log: a command result is the outcome with its source, failure codes around it its companions', async () => {
    const log = [
      '2023-02-01 02:25:07, Info                  DISM   DISM.EXE: Executing command line: dism.exe /online /cleanup-image /restorehealth',
      // A failure code with no failure word: a companion held for the outcome, not an outcome.
      '2023-02-01 02:25:08, Info                  DISM   DISM Package Manager: PID=6968 TID=6156 Source not reached. [HRESULT = 0x800f0954]',
      '2023-02-01 02:25:09, Info                  DISM   DISM.EXE: Image session has processed the command line but failed. HRESULT=0x800F081F',
      // A warning's failure is a companion too, written as it stands.
      '2023-02-01 02:25:10, Warning               DISM   DISM Provider Store: PID=6968 TID=6156 Error: the operation failed - [HRESULT = 0x80070002]',
    ].join('\n');
    const report = await analyzeText('DISM.log', log);
    expect(report.servicing.map((s) => [s.status, s.code, s.source, s.outcome.line, s.companions.map((c) => [c.code, c.form, c.evidence.line])])).toEqual([
      ['failed', '0x800F081F', 'command-result', 3, [['0x800F0954', '0x', 2], ['0x80070002', '0x', 4]]],
    ]);
  });

  it('DISM.log: a failure a warning reports is a step on the way, the companion of the outcome that follows', async () => {
    // github.com/iideerii/wendangyuedu (commit b0c97398), dism.log lines 1154-1157: .NET 3.5 enabled with a /Source that does not exist
    const log = [
      '2023-07-05 23:29:20, Warning               DISM   DISM Package Manager: PID=5964 TID=8036 CBS AddSource failed with HRESULT=0x80070003! - CDISMPackageManager::Internal_Finalize',
      '2023-07-05 23:29:21, Info                  DISM   DISM Package Manager: PID=5964 TID=10200  Error in operation: source for package or file not found, ResolveSource() unsuccessful. (CBS HRESULT=0x800f081f) - CCbsConUIHandler::Error',
      '2023-07-05 23:29:23, Error                 DISM   DISM Package Manager: PID=5964 TID=8036 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f081f)',
    ].join('\r\n');
    const report = await analyzeText('dism.log', log);
    expect(report.servicing.map((s) => [s.status, s.code, s.outcome.line, s.companions.map((c) => [c.code, c.evidence.line])])).toEqual([['failed', '0x800F081F', 2, [['0x80070003', 1]]]]);
    expect(report.rootCause?.code).toBe('0x800F081F');
  });

  // github.com/Appostarsi/WinErros (commit eb5b04d1), dism_5_23.log lines 6077, 6184-6185, 6229, 6926, 7033, 7038, 7077, 7099 and 7247
  const DISM_RUNS = {
    restoreFails: [
      '2023-05-23 02:23:03, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth',
      '2023-05-23 02:23:06, Info                  DISM   DISM Package Manager: PID=15940 TID=11164  Error in operation: (null) (CBS HRESULT=0x800f0821) - CCbsConUIHandler::Error',
      '2023-05-23 02:23:06, Error                 DISM   DISM Package Manager: PID=15940 TID=3152 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0821)',
      '2023-05-23 02:23:06, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
    ],
    scanFails: [
      '2023-05-23 02:37:33, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /scanhealth',
      '2023-05-23 02:38:46, Error                 DISM   DISM Package Manager: PID=10160 TID=6292 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800706be)',
      '2023-05-23 02:38:46, Error                 DISM   DISM.EXE: DISM Package Manager processed the command line but failed. HRESULT=800706BE',
      '2023-05-23 02:38:46, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
    ],
    restoreWorks: [
      '2023-05-23 02:39:58, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth',
      '2023-05-23 02:45:10, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
    ],
  };

  it('DISM.log: a command whose session closes with no failing line worked, and outlives an earlier failure of the same command only', async () => {
    const repaired = await analyzeText('dism.log', [...DISM_RUNS.restoreFails, ...DISM_RUNS.restoreWorks].join('\r\n'));
    expect(repaired.servicing.map((s) => [s.status, s.code, s.update.phase, s.outcome.line])).toEqual([
      ['failed', '0x800F0821', 'dism  /online /cleanup-image /restorehealth', 2],
      ['succeeded', undefined, 'dism  /online /cleanup-image /restorehealth', 6],
    ]);
    expect(repaired.verdict.state).toBe('recovered');
    // A scan that failed is not outlived by a repair that worked: the scan was not run again.
    const scanned = await analyzeText('dism.log', [...DISM_RUNS.scanFails, ...DISM_RUNS.restoreWorks].join('\r\n'));
    expect(scanned.verdict.state).toBe('failing');
    expect(scanned.rootCause?.code).toBe('0x800706BE');
    // A session that closes after its command failed is no success.
    const failedTwice = await analyzeText('dism.log', [...DISM_RUNS.restoreFails, ...DISM_RUNS.restoreFails].join('\r\n'));
    expect(failedTwice.servicing.every((s) => s.status === 'failed')).toBe(true);
  });

  it('DISM.log: each run of DISM is an attempt of its own, however soon after the last one it starts', async () => {
    // github.com/iideerii/wendangyuedu (commit b0c97398), dism.log lines 1223, 1337, 1403 and 1517: two runs 22 seconds apart
    const log = [
      '2023-07-05 23:33:39, Info                  DISM   DISM.EXE: Executing command line: "C:\\Windows\\system32\\Dism.exe" /Online /Enable-Feature /FeatureName:NetFx3 /All /LimitAccess /Source:c:\\sources\\sxs',
      '2023-07-05 23:33:40, Error                 DISM   DISM Package Manager: PID=10416 TID=8332 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f081f)',
      '2023-07-05 23:34:01, Info                  DISM   DISM.EXE: Executing command line: "C:\\Windows\\system32\\Dism.exe" /Online /Enable-Feature /FeatureName:NetFx3 /All /LimitAccess /Source:C:\\path\\to\\dotnetfx3installer.exe',
      '2023-07-05 23:34:02, Error                 DISM   DISM Package Manager: PID=1388 TID=1424 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f081f)',
    ].join('\r\n');
    const report = await analyzeText('dism.log', log);
    expect(report.servicing.map((s) => [s.status, s.code, s.start?.line, s.outcome.line])).toEqual([
      ['failed', '0x800F081F', 1, 2],
      ['failed', '0x800F081F', 3, 4],
    ]);
    expect(report.rootCause?.count).toBe(2);
  });

  it('DISM.log: a DISM API session is named by the program that calls it, not by an earlier DISM.exe command', async () => {
    // github.com/jvsalisbury/HTMLForm, dism.log (Windows 11 build 26100): lines 241, 3389 and 3460
    const log = [
      '2025-12-11 14:51:42, Info                  DISM   DISM.EXE: Executing command line: DISM  /online /Import-DefaultAppAssociations:".\\DesktopFileAssociations.xml"',
      '2025-12-12 00:14:59, Info                  DISM   API: PID=7576 TID=4768 DismApi.dll: Parent process command line: taskhostw.exe - DismInitializeInternal',
      '2025-12-12 00:15:22, Error                 DISM   DISM Package Manager: PID=7784 TID=7860 Failed to create a CBS package identity. - CDISMPackageManager::Internal_CreatePackageByName(hr:0x80010108)',
    ].join('\r\n');
    const report = await analyzeText('dism.log', log);
    expect(report.servicing.map((s) => [s.code, s.update.phase])).toEqual([['0x80010108', 'taskhostw.exe']]);
    // a program's DISM call failing is DISM work, not an update's install
    expect(report.verdict.dismOnly).toBe(true);
  });

  it('DISM.log: a package added by hand that fails is an update\'s install, not DISM work alone', async () => {
    // constructed in the shape of real-60's lines: the case's package added with /Add-Package
    const log = [
      '2022-10-27 09:02:11, Info                  DISM   DISM.EXE: Executing command line: dism /online /add-package /packagepath:C:\\temp\\windows10.0-kb5016623-x64.cab',
      '2022-10-27 09:03:40, Error                 DISM   DISM Package Manager: PID=4112 TID=4480 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x80070570)',
    ].join('\r\n');
    const report = await analyzeText('dism.log', log);
    expect(report.verdict.state).toBe('failing');
    expect(report.verdict.dismOnly).toBeUndefined();
  });

  it('DISM.log: a failure after a command\'s session closed is not that command\'s', async () => {
    // github.com/semenovaolya/2020FF305 (commit 9c66cea2), irusyaev/dism.txt lines 1733 and 1866; the error line after them is made up
    const log = [
      '2014-11-17 12:45:59, Info                  DISM   DISM.EXE: Executing command line: C:\\Windows\\SysNative\\dism.exe /norestart /online /enable-feature /featurename:Internet-Explorer-Optional-amd64',
      '2014-11-17 12:46:15, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=yes.',
      '2014-11-17 14:23:44, Error                 CBS    Failed to resolve package [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]',
    ].join('\r\n');
    const report = await analyzeText('dism.log', log);
    expect(report.servicing.map((s) => [s.status, s.code, s.update.phase ?? null])).toEqual([['failed', '0x800F0805', null]]);
  });

  it('a wrapper outcome is replaced by the underlying code of the same attempt', async () => {
    const log = [
      '2024/01/10 10:00:00.0000000 100 200 Handler\tCBS called Progress with state=2, ticks=30, total=1000',
      '2024/01/10 10:00:05.0000000 100 200 Handler\tCBS called Error with 0x80070643,',
      '2024/01/10 10:00:06.0000000 100 200 Agent\tLogHistory called. idUpdate={3911FF81-80A6-49F3-B1E7-E7FBC1E67FEB}.200, resultMapped=8024200B, resultUnMapped=80070643',
    ].join('\n');
    const report = await analyzeText('WindowsUpdate.log', log, caseKnowledge());
    expect(report.attempts).toHaveLength(1);
    expect(report.attempts[0]).toMatchObject({ code: '0x8024200B', source: 'history' });
    expect(report.rootCause).toMatchObject({ code: '0x80070643', basis: 'attempt-outcome' });
    expect(report.rootCause?.wrappers[0]).toMatchObject({ code: '0x8024200B', role: 'wrapper' });
  });

  it('a package identity of the cumulative update gives the OS build and its KB', async () => {
    const cbs = '2022-10-27 08:37:09, Info                  CBS    Appl: detect Parent, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7, Parent: Microsoft-Windows-Client-LanguagePack-Package';
    const report = await analyzeText('CBS.log', cbs, caseKnowledge());
    expect(report.builds).toEqual([expect.objectContaining({ build: '17763.3287', kb: 'KB5016623', date: '2022-08-09' })]);
    expect(report.packages.map((p) => p.identity)).toEqual(['Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7']);
  });

  it('Event Viewer tab-separated export rows', async () => {
    const txt = [
      'Level\tDate and Time\tSource\tEvent ID\tTask Category',
      'Error\t2022/10/27 8:38:51\tMicrosoft-Windows-WindowsUpdateClient\t20\tWindows Update Agent\tInstallation Failure: Windows failed to install the following update with error 0x8024001E: 2022-08 Cumulative Update (KB5016623).',
      'Information\t2022/10/27 8:30:00\tMicrosoft-Windows-WindowsUpdateClient\t43\tWindows Update Agent\tInstallation Started: Windows has started installing the following update: 2022-08 Cumulative Update (KB5016623)',
    ].join('\r\n');
    const report = await analyzeText('System.txt', txt);
    expect(report.attempts.map((a) => [a.status, a.code, a.update.kb])).toEqual([['failed', '0x8024001E', 'KB5016623']]);
  });

  it('SetupDiag XML: the profile and the error of FailureDetails', async () => {
    const xml = [
      '<?xml version="1.0" encoding="utf-16"?>',
      '<SetupDiag xmlns="https://docs.microsoft.com/windows/deployment/upgrade/setupdiag">',
      '  <ProfileName>FindSPFatalError</ProfileName>',
      '  <FailureDetails>Err = 0x00000057, LastOperation = Gather data, LastPhase = Downlevel</FailureDetails>',
      '</SetupDiag>',
    ].join('\r\n');
    const report = await analyzeText('SetupDiagResults.xml', xml);
    expect(report.inputs[0].format).toBe('setupdiag');
    expect(report.servicing).toEqual([expect.objectContaining({ code: '0x00000057', source: 'setupdiag', update: { phase: 'SetupDiag: FindSPFatalError' } })]);
  });

  it('WindowsUpdate.log: the handler result alone makes an attempt; a later LogHistory of the same install takes over', async () => {
    const handlerOnly = '2023/05/22 08:12:35.2478483 6724  5160  Handler         Completed install of CBS update with type=1, requiresReboot=0, installerError=1, hr=0x800f0922';
    const alone = await analyzeText('WindowsUpdate.log', handlerOnly);
    expect(alone.attempts).toEqual([expect.objectContaining({ code: '0x800F0922', source: 'exit-code' })]);
    const both = await analyzeText('WindowsUpdate.log', [handlerOnly, '2023/05/22 08:12:35.9000000 6724  5160  Agent           LogHistory called. idUpdate={3911FF81-80A6-49F3-B1E7-E7FBC1E67FEB}.200, resultMapped=8024200B, resultUnMapped=800F0922'].join('\n'));
    expect(both.attempts).toHaveLength(1);
    expect(both.attempts[0]).toMatchObject({ code: '0x8024200B', source: 'history' });
    expect(both.attempts[0].companions.map((c) => c.code)).toEqual(['0x800F0922']);
  });

  // Lines of a public Windows 11 WindowsUpdate.log: github.com/ZayrexDev/stuff, commit 83b202ae, WindowsUpdate.log (lines 8577, 10977, 11385-11386, 14100).
  const NEWER_HISTORY = [
    '2025/01/05 16:36:48.0492378 26136 7244  Agent           LogHistory called for Caller=Update;ScanForUpdatesForUser, idUpdate=0FE9B276-1904-4C51-A604-B9D791936B3D.1, operation = Install, resultMapped=240006, resultUnMapped=0',
    '2025/01/06 14:22:58.5378561 3784  27320 Agent           LogHistory called for Caller=Windows Defender, idUpdate=4F451E47-52A2-4EB1-B760-BE92E6151A32.200, operation = Install, resultMapped=0, resultUnMapped=0',
  ];
  const TITLES = [
    '2025/01/06 14:27:39.8344757 22760 22080 ComApi          Title=LEN International (Europe) GmbH - Display - LEN L2262wA, ProductName=(null), UpdateId=5CE5DA54-75A4-4D1C-A7CE-AFCC056F6F47.2, FlightId=(null), DeploymentID=213557750, DeploymentAction=OptionalInstall, ClientMetadata: audience=(null), admin=(null), update=(null)',
    '2025/01/06 14:27:39.8351279 22760 22080 ComApi          Title=Windows 11, version 24H2, ProductName=Client.OS.RS2.amd64, UpdateId=AD27E52B-9E18-408A-9DF2-8688E5273FBF.1, FlightId=RS:224DE, DeploymentID=515738843, DeploymentAction=OptionalInstall, ClientMetadata: audience={"Id":"AutoAcceptEULA","AutoAcceptEULA":true}, admin=(null), update=(null)',
  ];
  const HANDLER_RESULT = '2025/01/06 15:12:15.8737649 20956 22036 Handler         Install complete for update ID: AD27E52B-9E18-408A-9DF2-8688E5273FBF.1 Return code is 0x80070002. Requires Reboot:No';

  it('WindowsUpdate.log: LogHistory as newer agents write it, where a success code (WU_S_ALREADY_INSTALLED) is no failure', async () => {
    const report = await analyzeText('WindowsUpdate.log', NEWER_HISTORY.join('\r\n'));
    expect(report.attempts.map((a) => [a.status, a.code, a.update.id, a.source])).toEqual([
      ['succeeded', undefined, '0FE9B276-1904-4C51-A604-B9D791936B3D', 'history'],
      ['succeeded', undefined, '4F451E47-52A2-4EB1-B760-BE92E6151A32', 'history'],
    ]);
  });

  it('WindowsUpdate.log: an install handler\'s result for one update is an outcome, titled as the log titled its id', async () => {
    const alone = await analyzeText('WindowsUpdate.log', HANDLER_RESULT);
    expect(alone.attempts).toEqual([expect.objectContaining({ status: 'failed', code: '0x80070002', source: 'exit-code', update: { id: 'AD27E52B-9E18-408A-9DF2-8688E5273FBF' } })]);
    // The title written last (`Title = …`, the driver) is another update's: the id's own title wins.
    const driverLast = '2025/01/06 15:09:11.8488653 6840  8612  Agent             Title = LEN International (Europe) GmbH - Display - LEN L2262wA';
    const titled = await analyzeText('WindowsUpdate.log', [...TITLES, driverLast, HANDLER_RESULT].join('\r\n'));
    expect(titled.attempts.map((a) => a.update.title)).toEqual(['Windows 11, version 24H2']);
    // The same line with a success code put in (made here: the log holds no successful handler result).
    const success = HANDLER_RESULT.replace('0x80070002', '0x00000000');
    expect((await analyzeText('WindowsUpdate.log', success)).attempts.map((a) => [a.status, a.code])).toEqual([['succeeded', undefined]]);
  });
});
