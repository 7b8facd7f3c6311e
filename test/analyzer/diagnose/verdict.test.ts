/**
 * The verdict: outcome over history. Inputs are short runs of real log lines (the case,
 * the corpus, loghub's CBS.log) put together to make each timeline, their times aligned.
 */
import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge, renderText } from '../../../src/analyzer/index.ts';
import { analyzeText, bytesInput, caseKnowledge, fixture, fixtureInput } from '../helpers.ts';

const cbs = (...lines: string[]) => analyzeText('CBS.log', lines.join('\r\n'));

describe('verdict', () => {
  it('failing: a failure nothing later outlived names the cause (the case)', async () => {
    const report = await analyze([fixtureInput('case/WindowsUpdate.log'), fixtureInput('case/CBS.log')], caseKnowledge());
    expect(report.verdict).toMatchObject({ state: 'failing', recovered: [], next: [] });
    expect(report.verdict.coverage).toMatchObject({ files: 2, from: '2022-10-12 01:38:27', to: '2022-10-28 13:50:06', failed: 7 });
    expect(report.rootCause?.code).toBe('0x80070570');
    expect(report.verdict.storeApps).toBeUndefined();
    expect(renderText(report, 'en')).toContain('Updates are still failing; the cause follows.');
  });

  it('recovered: a servicing session that fails a probe and then commits is history, not the cause', async () => {
    const report = await cbs(
      '2017-04-09 14:40:12, Info                  CBS    Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]',
      '2017-04-09 14:40:17, Info                  CBS    Session: 30585084_589257473 finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]',
    );
    expect(report.servicing.map((a) => [a.status, a.source])).toEqual([
      ['failed', 'servicing-error'],
      ['succeeded', 'session-result'],
    ]);
    expect(report.verdict.state).toBe('recovered');
    expect(report.verdict.recovered).toEqual([expect.objectContaining({ code: '0x800F0821', failure: expect.objectContaining({ line: 1 }), fixedBy: expect.objectContaining({ line: 2 }) })]);
    expect(report.servicing[0].recoveredBy?.line).toBe(2);
    expect(report.rootCause).toBeNull();
  });

  it('a success that comes first does not outlive a later failure', async () => {
    const report = await cbs(
      '2017-04-09 14:40:17, Info                  CBS    Session: 30585084_589257473 finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]',
      '2017-04-09 14:40:22, Info                  CBS    Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]',
    );
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause).toMatchObject({ code: '0x800F0821', basis: 'first-error' });
  });

  it('recovered only by a success of the same update: another update installing does not fix this one', async () => {
    const event = (id: number, date: string, message: string) =>
      [`Event[${id}]:`, '  Log Name: System', '  Source: Microsoft-Windows-WindowsUpdateClient', `  Date: ${date}`, `  Event ID: ${id}`, '  Description: ', message, ''].join('\r\n');
    const failed = event(20, '2023-05-22T08:22:09.4650000Z', 'Installation Failure: Windows failed to install the following update with error 0x80240009: NVIDIA - Display - 31.0.15.1694.');
    const other = event(19, '2023-05-22T08:23:09.5120000Z', 'Installation Successful: Windows successfully installed the following update: 2023-04 Update for Windows 10 Version 22H2 for x64-based Systems (KB4023057)');
    const same = event(19, '2023-05-22T08:24:09.5120000Z', 'Installation Successful: Windows successfully installed the following update: NVIDIA - Display - 31.0.15.1694');
    expect((await analyzeText('System.txt', failed + other)).verdict.state).toBe('failing');
    const fixed = await analyzeText('System.txt', failed + other + same);
    expect(fixed.verdict.state).toBe('recovered');
    expect(fixed.verdict.coverage.installed.map((i) => i.update.kb ?? i.update.title)).toEqual(['KB4023057', 'NVIDIA - Display - 31.0.15.1694']);
  });

  it('resultMapped=80242014 is an install a restart completes: installed, not failed', async () => {
    const report = await analyze([fixtureInput('corpus/healthy/wu-fs-06-kb4584642-restart.log')], emptyKnowledge());
    expect(report.attempts).toEqual([expect.objectContaining({ status: 'succeeded', code: '0x80242014', restartPending: true, update: expect.objectContaining({ kb: 'KB4584642' }) })]);
    expect(report.verdict).toMatchObject({ state: 'healthy', unresolved: [], next: ['failing-machine-logs'] });
    expect(report.verdict.coverage.installed).toEqual([expect.objectContaining({ restartPending: true })]);
  });

  it('inconclusive: a failure code with no outcome is a suspect, and the verdict says which logs to collect', async () => {
    const line = '2020/11/19 15:27:31.4593237 3304  7028  DownloadManager BITS job {15BD9B72-052C-45DD-ABC3-719819615044} failed, updateId = 4BD20BA5-3C60-4702-8E4E-3A477D30E21A.1, hr = 0x80190193.';
    const report = await analyzeText('WindowsUpdate.log', line);
    expect(report.verdict).toMatchObject({ state: 'inconclusive', unresolved: [expect.objectContaining({ code: '0x80190193', count: 1 })], next: ['cbs-log', 'event-log'] });
    expect(report.rootCause).toMatchObject({ code: '0x80190193', basis: 'mention' });
  });

  it('a value written only as a line\'s last error (`[gle=…]`) is no failure of its own, as no parser takes it for one', async () => {
    // github.com/rickaK77/Setup-Log, setupact.log: CSI's own notes on a registry value it did not find
    const csi = '2022-07-06 08:08:39, Error                 CSI    00000001 (F) STATUS_OBJECT_NAME_NOT_FOUND #40# from Windows::Rtl::SystemImplementation::DirectRegistryProvider::SysQueryValueKey(flags = 0)[gle=0xd0000034]';
    const alone = await analyzeText('CBS.log', csi);
    // no failure of its own, and no result of anything: inconclusive for want of one, not for the value
    expect(alone.verdict).toMatchObject({ state: 'inconclusive', noResult: true, unresolved: [], outlived: [] });
    expect(alone.codes.map((c) => c.code)).toEqual(['0xD0000034']);
    // Written as a result too, it is one.
    const asResult = await analyzeText('CBS.log', `${csi}\n2022-07-06 08:08:40, Info                  CBS    Could not read a value [HRESULT = 0xd0000034]`);
    expect(asResult.verdict.unresolved.map((u) => u.code)).toEqual(['0xD0000034']);
  });

  it('a failure code an operation in the same log later outlived leaves the machine healthy, and is listed', async () => {
    const report = await analyzeText(
      'WindowsUpdate.log',
      [
        '2020/11/19 15:27:31.4593237 3304  7028  DownloadManager BITS job {15BD9B72-052C-45DD-ABC3-719819615044} failed, updateId = 4BD20BA5-3C60-4702-8E4E-3A477D30E21A.1, hr = 0x80190193.',
        '2020/11/19 15:25:46.9997442 3304  9020  Agent           * END * Finding updates CallerId = Update;ScanForUpdates, Id = 5618, Exit code = 0x00000000 (cV = xS24Yd5ZFEOijniv.1.0.1.0.0.2.1)',
      ].join('\r\n'),
    );
    expect(report.verdict).toMatchObject({ state: 'healthy', unresolved: [], outlived: [expect.objectContaining({ code: '0x80190193' })] });
    expect(report.rootCause).toBeNull();
  });

  // Lines 2298, 2670 and 3904 of github.com/findingsanity/Logs (commit 3b83ebea), WindowsUpdate.log: a download the
  // agent gave up on (KB890830, the MSRT), then another update's install that succeeded hours later.
  const DOWNLOAD_FAILED = '2021/07/13 15:04:05.5566469 576   8980  DownloadManager *FAILED* [80D05001] Error occurred while downloading update 4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200; notifying dependent calls.';
  const OTHER_INSTALLED = '2021/07/13 18:08:48.8688284 752   6180  Handler         Completed install of CBS update with type=3, requiresReboot=1, installerError=0, hr=0x0';
  const downloaded = (id: string) => `2021/07/13 18:09:07.5254541 576   12256 DownloadManager DO job {73FB5945-DC9E-4D3D-8963-6A335A35E46F} completed successfully, updateId = ${id}.200`;

  it('a download that failed and that nothing later downloaded or installed is not outlived by another update\'s success', async () => {
    const report = await analyzeText('WindowsUpdate.log', [DOWNLOAD_FAILED, OTHER_INSTALLED].join('\r\n'));
    expect(report.verdict).toMatchObject({ state: 'inconclusive', outlived: [], unresolved: [expect.objectContaining({ code: '0x80D05001', download: true })] });
    expect(report.rootCause).toMatchObject({ code: '0x80D05001', basis: 'mention' });
    expect(renderText(report, 'en')).toContain('An update failed to download, and nothing later in these logs downloaded or installed it');
    expect(renderText(report, 'zh-CN')).toContain('有更新下载失败，而日志中此后再没有下载或安装过它');
    // the cause is said as the download's code, not as the most frequent code of logs with no outcome
    expect(renderText(report, 'en')).toContain("(basis: the code the update's download failed with; nothing later in the logs downloaded or installed it)");
    expect(renderText(report, 'zh-CN')).toContain('(依据：更新下载失败时的代码；此后日志中没有再下载或安装过它)');
  });

  it('a later download of the same update, or its install result, closes a failed download', async () => {
    const again = await analyzeText('WindowsUpdate.log', [DOWNLOAD_FAILED, downloaded('4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE'), OTHER_INSTALLED].join('\r\n'));
    expect(again.verdict).toMatchObject({ state: 'healthy', unresolved: [] });
    // The id is the update's, in any case and with or without braces: another update's download closes nothing.
    const other = await analyzeText('WindowsUpdate.log', [DOWNLOAD_FAILED, downloaded('E3766677-6547-4EC8-9097-4C7E37190DDA'), OTHER_INSTALLED].join('\r\n'));
    expect(other.verdict.state).toBe('inconclusive');
    const history = '2021/07/13 18:10:48.8802765 3736  9756  Agent           LogHistory called. idUpdate={4cdabb4c-49c6-4846-b53d-4cce9dbd02ee}.200, resultMapped=0, resultUnMapped=0';
    const installed = await analyzeText('WindowsUpdate.log', [DOWNLOAD_FAILED, history].join('\r\n'));
    expect(installed.verdict).toMatchObject({ state: 'healthy', unresolved: [] });
  });

  // Lines 14104, 14133 and 14135 of github.com/ZayrexDev/stuff (commit 83b202ae), WindowsUpdate.log: an install call whose summary gives no code.
  const HANDLER_FAILED = '2025/01/06 15:12:15.8738849 20956 22036 Handler         *FAILED* [80070002] Leave deployment handler Install';
  const CALL_FAILED = '2025/01/06 15:12:16.4465521 22820 22524 ComApi          Install call complete (succeeded = 0, succeeded with errors = 0, failed = 1, cancelled = 0, unaccounted = 0';
  const CALL_ERROR = '2025/01/06 15:12:16.4466165 22820 22524 ComApi          Call error code = 0x80240022';
  const wu = (...lines: string[]) => {
    // WU_E_ALL_UPDATES_FAILED sums up a call: the catalog's article marks it a wrapper.
    const knowledge = caseKnowledge();
    knowledge.codes['0x80240022'] = { names: ['WU_E_ALL_UPDATES_FAILED'], wrapper: true };
    return analyzeText('WindowsUpdate.log', lines.join('\r\n'), knowledge);
  };

  it('failing: an install call that failed with no code of its own takes the last code written in its attempt', async () => {
    const report = await wu(HANDLER_FAILED, CALL_FAILED, CALL_ERROR);
    expect(report.attempts.map((a) => [a.status, a.code, a.companions.map((c) => c.code)])).toEqual([['failed', undefined, ['0x80070002', '0x80240022']]]);
    expect(report.verdict.state).toBe('failing');
    // Its evidence is the line that wrote the code, then the call's summary.
    expect(report.rootCause).toMatchObject({ code: '0x80070002', basis: 'attempt-outcome' });
    expect(report.rootCause?.evidence.map((e) => e.line)).toEqual([1, 2]);
    expect(report.rootCause?.wrappers.map((w) => w.code)).toEqual(['0x80240022']);
  });

  it('a code-less failed call with only the call\'s own error code names that code', async () => {
    const report = await wu(CALL_FAILED, CALL_ERROR);
    expect(report.rootCause).toMatchObject({ code: '0x80240022' });
  });

  it('inconclusive, never healthy: a failed call with no code anywhere in its attempt', async () => {
    const report = await wu(CALL_FAILED);
    expect(report.attempts.map((a) => a.status)).toEqual(['failed']);
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.rootCause).toBeNull();
    expect(report.verdict.next).toEqual(['cbs-log', 'event-log']);
    // It says so, not that the logs hold failure codes: they hold none.
    expect(renderText(report, 'en')).toContain('An install or servicing operation failed, but the logs give no code for it');
    expect(renderText(report, 'zh-CN')).toContain('有安装或服务操作失败了，但日志没有写出它的错误代码');
    // Its line and the tally say there is no code, in words.
    expect(renderText(report, 'en')).toMatch(/failed \(no code in the log\) .*WindowsUpdate\.log:1\n {2}= 1 failed: 1 × \(no code in the log\)/);
  });

  it('no readable log at all is inconclusive, never healthy', async () => {
    const report = await analyze([bytesInput('System.evtx', new Uint8Array([0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0]))], emptyKnowledge());
    expect(report.verdict).toMatchObject({ state: 'inconclusive', next: ['windowsupdate-log', 'cbs-log', 'event-log'] });
    expect(report.rootCause).toBeNull();
    expect(renderText(report, 'en')).toContain('None of these files holds a record of a log this tool knows');
  });

  it('a trace none of whose events could be decoded says nothing about the machine: inconclusive, not healthy', async () => {
    const trace = () => fixtureInput('../binary/etl/setup-first-16k.etl');
    const report = await analyze([trace()], emptyKnowledge());
    expect(report.inputs[0]).toMatchObject({ status: 'analyzed', trace: true, lines: 0 });
    expect(report.warnings.map((w) => w.message)).toEqual([expect.stringContaining('45 events are not TraceLogging')]);
    expect(report.verdict.state).toBe('inconclusive');
    expect(renderText(report, 'en')).toContain('None of these files holds a record of a log this tool knows');
    // beside a log that is read, it changes nothing
    const both = await analyze([trace(), fixtureInput('corpus/healthy/wu-fs-06-kb4584642-restart.log')], emptyKnowledge());
    expect(both.verdict.state).toBe('healthy');
  });

  it('an event log with no result of an install is no sign of health, and asks for the logs that have them', async () => {
    // Software Protection's automatic activation in an Application log (NickSmet/ts-evtx, Application.evtx), as XML
    const spp = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-SPP' Guid='{E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156}' EventSourceName='Software Protection Platform Service'/><EventID Qualifiers='49152'>8198</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='2025-06-02T16:47:32.8553181Z'/><EventRecordID>12</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>Application</Channel><Computer>PC-01</Computer><Security/></System><EventData><Data>hr=0x80004005</Data><Data>RuleId=31e71c49-8da7-4a2f-ad92-45d98a1c79ba;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;SkuId=4de7cb65-cdf1-4de9-8ae8-e3cce27b9f2c;NotificationInterval=1440;Trigger=TimerEvent</Data></EventData></Event>";
    const application = () => bytesInput('Application.xml', `<Events>\r\n${spp}\r\n</Events>`);
    const report = await analyze([application()], emptyKnowledge());
    expect(report.inputs[0].format).toBe('events');
    expect(report.verdict).toMatchObject({ state: 'inconclusive', silentEvents: true, next: ['windowsupdate-log', 'cbs-log', 'event-log'] });
    expect(renderText(report, 'en')).toContain('These event logs hold no result of an install or servicing operation in the time they cover');
    expect(renderText(report, 'zh-CN')).toContain('这些事件日志在其涵盖的时间内没有任何安装或服务操作的结果');
    // A System log whose period holds no install (log2timeline/plaso, test_data/evtx/System.evtx, record 1, as XML without its
    // binary data; the computer name replaced) is the System log all the same: it is not asked for again.
    const scm = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service Control Manager' Guid='{555908d1-a6d7-4695-8e1e-26931d2012f4}' EventSourceName='Service Control Manager'/><EventID Qualifiers='16384'>7036</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8080000000000000</Keywords><TimeCreated SystemTime='2010-11-21T03:55:59.6264271Z'/><EventRecordID>1</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>System</Channel><Computer>PC-01</Computer><Security/></System><EventData><Data Name='param1'>Windows Event Log</Data><Data Name='param2'>stopped</Data></EventData></Event>";
    const system = await analyze([bytesInput('System.xml', `<Events>\r\n${scm}\r\n</Events>`)], emptyKnowledge());
    expect(system.verdict).toMatchObject({ state: 'inconclusive', silentEvents: true, next: ['windowsupdate-log', 'cbs-log'] });
    // beside a System log's install results it changes nothing (System-wuclient.evtx: recovered)
    const both = await analyze([application(), fixtureInput('../binary/System-wuclient.evtx')], emptyKnowledge());
    expect(both.verdict.state).toBe('recovered');
    expect(both.verdict.silentEvents).toBeUndefined();
  });

  it('text of no known format is no sign of health, unless an operation in it ended with success', async () => {
    // Reset this PC asking for a maker's plugin, with routine codes: nothing in it could tell of a failed update
    const reset = await analyze([fixtureInput('corpus/inconclusive/setup-sh-01-reset-oem-endpoint.log')], emptyKnowledge());
    expect(reset.inputs[0].format).toBe('text');
    expect(reset.verdict).toMatchObject({ state: 'inconclusive', next: ['windowsupdate-log', 'cbs-log', 'event-log'] });
    expect(renderText(reset, 'en')).toContain('None of these files holds a record of a log this tool knows');
    // a ConfigMgr WUAHandler.log whose scans complete: healthy, as its successes say
    const configMgr = await analyze([fixtureInput('corpus/healthy/cm-fs-02-wuahandler.log')], emptyKnowledge());
    expect(configMgr.inputs[0].format).toBe('text');
    expect(configMgr.verdict.state).toBe('healthy');
    // its failure codes still count: a suspect, inconclusive
    const pasted = await analyze([bytesInput('notes.txt', 'Windows Update failed: 0x80070643\r\n')], emptyKnowledge());
    expect(pasted.verdict.state).toBe('inconclusive');
    expect(pasted.verdict.unresolved.map((u) => u.code)).toEqual(['0x80070643']);
  });
});

describe('verdict: what a DISM command that worked outlives', () => {
  // github.com/prboyer/NET35_Troubleshooting (commit d7cb452f), DISM.zip's dism.log, lines 98213, 98311-98312, 99790, 99893,
  // 99933, 109366 and 109422: WMI (Server Manager's way in) fails to turn on .NET 3.5; later DISM.EXE runs a mistyped check and its help.
  const lines = [
    '2023-06-20 11:23:02, Info                  DISM   API: PID=16760 TID=36584 DismApi.dll: Parent process command line: C:\\Windows\\system32\\wbem\\wmiprvse.exe - DismInitializeInternal',
    '2023-06-20 11:23:07, Error                 DISM   DISM Package Manager: PID=24100 TID=33756 Failed to set feature install state. - CDISMPackageFeature::EnableAll(hr:0x800f0800)',
    '2023-06-20 11:23:07, Error                 DISM   API: PID=16760 TID=18872 Failed to enable feature NetFx3 - CEnableDisableFeatureCommandObject::InternalExecute(hr:0x800f0800)',
    '2023-06-20 12:02:43, Info                  DISM   DISM.EXE: Executing command line: "C:\\Windows\\system32\\Dism.exe" /cleanup-image /online /scan-health',
    '2023-06-20 12:02:43, Info                  DISM   DISM Package Manager: PID=11712 TID=37204 The option(scan-health) is not recognized in this context. - CPackageManagerCLIHandler::Private_ValidateCmdLine',
    '2023-06-20 12:02:43, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
    '2023-06-20 19:28:49, Info                  DISM   DISM.EXE: Executing command line: "C:\\Windows\\system32\\Dism.exe" /?',
    '2023-06-20 19:28:49, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
  ];

  it('not the failure of a program calling the DISM API, nor anything when it only showed its help', async () => {
    const report = await analyzeText('dism.log', lines.join('\r\n'));
    expect(report.inputs[0].format).toBe('dism');
    expect(report.verdict).toMatchObject({ state: 'failing', recovered: [] });
    expect(report.rootCause?.code).toBe('0x800F0800');
  });

  it('nothing at all when it only showed its help (`dism /?`): its session closing is no success', async () => {
    const report = await analyzeText('dism.log', [...lines.slice(0, 3), ...lines.slice(6)].join('\r\n'));
    expect(report.servicing.map((s) => s.status)).toEqual(['failed']);
    expect(report.verdict.state).toBe('failing');
  });
});

describe('verdict: a cause that is itself a wrapper code', () => {
  it('says the logs hold nothing more specific, and asks for the whole logs and those not given (real-01: 0x800F0922, rolled back at restart)', async () => {
    const report = await analyze([fixtureInput('samples/real-01-cbs.log')], caseKnowledge());
    expect(report.rootCause?.code).toBe('0x800F0922');
    // the whole CBS.log first, then the logs not given
    expect(report.verdict).toMatchObject({ state: 'failing', wrapperCause: '0x800F0922', next: ['complete-logs', 'windowsupdate-log', 'event-log'] });
    expect(renderText(report, 'en')).toContain('0x800F0922 is itself a wrapper code: it only says that something else failed, and these logs hold no more specific error; its page says where to look for the real cause.');
  });

  it('says nothing of the kind for a cause that is no wrapper (the case: 0x80070570)', async () => {
    const report = await analyze([fixtureInput('case/WindowsUpdate.log'), fixtureInput('case/CBS.log')], caseKnowledge());
    expect(report.rootCause?.code).toBe('0x80070570');
    expect(report.verdict.wrapperCause).toBeUndefined();
    expect(report.verdict.next).toEqual([]);
  });
});

describe('verdict: a WindowsUpdate.log that ends while an install runs', () => {
  const cut = () => new TextDecoder().decode(fixture('unfinished/wu-defender-install-cut.log'));
  // Lines 10960, 10961 and 10977 of the same log: the handler's result, its end, and the agent's record of the install.
  const result = [
    '2025/01/06 14:22:58.5153856 26344 26372 Handler         Command line install completed. Return code = 0x00000000, Exit Status Description = (null), Result = Succeeded, Reboot required = false',
    '2025/01/06 14:22:58.5156054 26344 26372 Handler         * END *   Command Line Install 0x0',
    '2025/01/06 14:22:58.5378561 3784  27320 Agent           LogHistory called for Caller=Windows Defender, idUpdate=4F451E47-52A2-4EB1-B760-BE92E6151A32.200, operation = Install, resultMapped=0, resultUnMapped=0',
  ];

  it('is inconclusive, not healthy, and names the line the install started on', async () => {
    const report = await analyze([fixtureInput('unfinished/wu-defender-install-cut.log')], emptyKnowledge());
    expect(report.attempts).toEqual([]);
    // the whole log first; a WindowsUpdate.log is given already
    expect(report.verdict).toMatchObject({ state: 'inconclusive', next: ['complete-logs', 'cbs-log', 'event-log'] });
    // the first start of the install since the last result: the client's call, before its handler's
    expect(report.verdict.unfinished?.map((e) => e.line)).toEqual([1]);
    expect(report.verdict.unfinished?.[0].text).toContain('* START *   Federated Install');
    // The trust check's *FAILED* lines, written while the install ran, have no outcome because the install has none yet: it leads.
    expect(renderText(report, 'en')).toContain('The log ends after an operation that changes the system started and before its result (unfinished/wu-defender-install-cut.log:1)');
    expect(report.verdict.unresolved.map((u) => u.code)).toEqual(['0x800700DE']);
    const quiet = await analyzeText('WindowsUpdate.log', cut().split('\r\n').filter((line) => !line.includes('*FAILED*')).join('\r\n'));
    expect(quiet.verdict.state).toBe('inconclusive');
    expect(renderText(quiet, 'en')).toContain('The log ends after an operation that changes the system started and before its result (WindowsUpdate.log:1)');
  });

  it('is no longer unfinished once the install has its result', async () => {
    const done = await analyzeText('WindowsUpdate.log', `${cut()}${result.join('\r\n')}\r\n`);
    expect(done.attempts.map((a) => a.status)).toEqual(['succeeded']);
    expect(done.verdict.unfinished).toBeUndefined();
    expect(done.verdict.state).toBe('healthy');
  });

  it("does not count an app package's install, which is no update", async () => {
    const appx = cut()
      .split('\r\n')
      .filter((line) => !/\* START \*\s+(Federated )?Install/.test(line))
      .map((line) => line.replace('* START *   Command Line Install  Updates to install = 1', '* START *   AppX Install: Caller is system:No, for all users:No'))
      .join('\r\n');
    const report = await analyzeText('WindowsUpdate.log', appx);
    expect(report.verdict.unfinished).toBeUndefined();
  });
});

describe('verdict: a servicing log that ends inside a DISM API call or a CBS Exec', () => {
  const exec = () => new TextDecoder().decode(fixture('unfinished/cbs-exec-cut.log'));
  // line 75575 of the same CbsPersist log: the Exec's end
  const complete = '2025-12-14 16:13:42, Info                  CBS    Exec: Processing complete.  Session: 31223060_1583070121, Package: Package_for_RollupFix~31bf3856ad364e35~amd64~~26100.1742.1.10, Identifier: KB5043080 [HRESULT = 0x00000000 - S_OK]';

  it('a DISM API call that adds a package, with no result yet, is unfinished at its first line', async () => {
    const report = await analyze([fixtureInput('unfinished/dismapi-add-package-cut.log')], emptyKnowledge());
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.unfinished?.map((e) => e.line)).toEqual([1]);
    expect(report.verdict.unfinished?.[0].text).toContain('Input parameters: Session: 178, PackagePath:');
  });

  it('a DISM API call that only reads, or one that has exited, leaves nothing unfinished', async () => {
    const cut = new TextDecoder().decode(fixture('unfinished/dismapi-add-package-cut.log'));
    const exited = `${cut}\n2017-05-10 15:27:40, Info                  DISM   API: PID=3616 TID=3648 Exit DismAddPackageInternal - DismAddPackageInternal\n`;
    expect((await analyzeText('dism.log', exited)).verdict.unfinished).toBeUndefined();
    const reads = cut.replaceAll('DismAddPackageInternal', 'DismGetPackagesInternal');
    expect((await analyzeText('dism.log', reads)).verdict.unfinished).toBeUndefined();
  });

  it("a CBS Exec with no 'Processing complete' is unfinished; with it, done", async () => {
    const cut = await analyze([fixtureInput('unfinished/cbs-exec-cut.log')], emptyKnowledge());
    expect(cut.verdict.state).toBe('inconclusive');
    expect(cut.verdict.unfinished?.map((e) => e.line)).toEqual([7]);
    const done = await analyzeText('CBS.log', `${exec()}${complete}\r\n`);
    expect(done.verdict.unfinished).toBeUndefined();
    expect(done.verdict.state).toBe('healthy');
  });

  it('is not unfinished where the log goes on in a later file of the same kind (a CBS.log rolled over)', async () => {
    const next = `${complete}\r\n`;
    const rolled = await analyze([bytesInput('CbsPersist_20251214161635.log', new TextEncoder().encode(exec())), bytesInput('CBS.log', new TextEncoder().encode(next))], emptyKnowledge());
    expect(rolled.verdict.unfinished).toBeUndefined();
    // a file of another kind that goes on later says nothing of the CBS.log's Exec
    const wu = '2025/12/14 16:20:00.0000000 1000  2000  Agent           * START *  Finding updates CallerId = UpdateOrchestrator\r\n';
    const other = await analyze([bytesInput('CbsPersist_20251214161635.log', new TextEncoder().encode(exec())), bytesInput('WindowsUpdate.log', new TextEncoder().encode(wu))], emptyKnowledge());
    expect(other.verdict.unfinished?.map((e) => e.line)).toEqual([7]);
  });
});

describe('verdict: a log that ends before the result of a command it started', () => {
  const cut = () => new TextDecoder().decode(fixture('unfinished/dism-add-driver-cut.log'));
  // real-51-dism.log line 67: how DISM.EXE ends the session of a command, whatever it did
  const closed = '2021-11-27 13:21:33, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.';

  it('is inconclusive, never healthy, names the command line, and asks for the whole log', async () => {
    const report = await analyze([fixtureInput('unfinished/dism-add-driver-cut.log')], emptyKnowledge());
    expect(report.verdict).toMatchObject({ state: 'inconclusive', next: ['complete-logs', 'windowsupdate-log', 'cbs-log', 'event-log'] });
    expect(report.verdict.unfinished?.map((e) => e.line)).toEqual([5]);
    expect(report.rootCause).toBeNull();
    expect(renderText(report, 'en')).toContain('The log ends after an operation that changes the system started and before its result (unfinished/dism-add-driver-cut.log:5)');
  });

  it('is no longer unfinished once its session closes, nor when the command only reads (a query)', async () => {
    const done = await analyzeText('DISM.log', `${cut()}${closed}\r\n`);
    expect(done.verdict.unfinished).toBeUndefined();
    expect(done.verdict.state).toBe('healthy');
    const query = await analyzeText('DISM.log', cut().replace(/\/Add-Driver \/Driver:"[^"]*"/, '/Get-Drivers'));
    expect(query.verdict.unfinished).toBeUndefined();
    // nothing failed, and nothing is recorded as done either: it cannot tell, and asks for logs that record a result
    expect(query.verdict).toMatchObject({ state: 'inconclusive', noResult: true });
    expect(query.verdict.next.at(-1)).toBe('failing-machine-logs');
    expect(renderText(query, 'en')).toContain('These logs record no result of any operation, failed or successful');
  });

  it('beside a failure, says a later command had no result yet, as that may be its repair', async () => {
    // github.com/Appostarsi/WinErros (commit eb5b04d1), dism.log line 899: a repair started as the log was copied
    const repair = '2023-05-17 12:12:14, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth';
    const timeline = [
      // the NET35_Troubleshooting lines above: WMI fails to turn on .NET 3.5
      '2023-06-20 11:23:02, Info                  DISM   API: PID=16760 TID=36584 DismApi.dll: Parent process command line: C:\\Windows\\system32\\wbem\\wmiprvse.exe - DismInitializeInternal',
      '2023-06-20 11:23:07, Error                 DISM   API: PID=16760 TID=18872 Failed to enable feature NetFx3 - CEnableDisableFeatureCommandObject::InternalExecute(hr:0x800f0800)',
      repair.replace('2023-05-17 12:12:14', '2023-06-20 12:12:14'),
    ];
    const report = await analyzeText('dism.log', timeline.join('\r\n'));
    expect(report.verdict.state).toBe('failing');
    expect(report.verdict.unfinished?.map((e) => e.line)).toEqual([3]);
    expect(renderText(report, 'en')).toContain('When the log ends, an operation that changes the system has no result yet (dism.log:3)');
  });
});
