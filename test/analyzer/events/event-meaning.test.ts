import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { bytesInput } from '../helpers.ts';

/**
 * Setup-channel events as exported to XML, with the data of the example events published on
 * detection-wiki's Microsoft-Windows-Servicing and Microsoft-Windows-WUSA pages (sourced from
 * NextronSystems/evtx-baseline); the computer name is replaced.
 */
const servicing = (id: number, data: string, time: string) =>
  `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Servicing' Guid='{BD12F3B8-FC40-4A61-A307-B7A013A069C1}'/><EventID>${id}</EventID><Version>0</Version><Level>0</Level><Task>1</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='${time}'/><EventRecordID>${10 + id}</EventRecordID><Correlation/><Execution ProcessID='5140' ThreadID='5984'/><Channel>Setup</Channel><Computer>PC-01</Computer><Security UserID='S-1-5-18'/></System><UserData>${data}</UserData></Event>`;
const SETUP_XML = [
  '<Events>',
  servicing(1, "<CbsPackageInitiateChanges xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB5032381</PackageIdentifier><InitialPackageState>5000</InitialPackageState><InitialPackageStateTextized>Absent</InitialPackageStateTextized><IntendedPackageState>5112</IntendedPackageState><IntendedPackageStateTextized>Installed</IntendedPackageStateTextized><Client>WindowsUpdateAgent</Client></CbsPackageInitiateChanges>", '2023-11-05T22:27:07.9623390Z'),
  servicing(2, "<CbsPackageChangeState xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB5032381</PackageIdentifier><IntendedPackageState>5112</IntendedPackageState><IntendedPackageStateTextized>Installed</IntendedPackageStateTextized><ErrorCode>0x0</ErrorCode><Client>WindowsUpdateAgent</Client></CbsPackageChangeState>", '2023-11-05T22:27:38.4677650Z'),
  "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WUSA' Guid='{09608C12-C1DA-4104-A6FE-B959CF57560A}'/><EventID>3</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='2026-02-17T05:28:30.5956430Z'/><EventRecordID>12</EventRecordID><Correlation/><Execution ProcessID='12988' ThreadID='7580'/><Channel>Setup</Channel><Computer>PC-01</Computer><Security UserID='S-1-5-18'/></System><EventData><Data Name='UpdateTitle'></Data><Data Name='ErrorCode'>2147942402</Data><Data Name='ErrorString'>The system cannot find the file specified.</Data><Data Name='CommandLine'>C:\\Windows\\system32\\wusa.exe C:\\Windows\\Temp\\Windows6.1-KB3033929-x64.msu  /quiet /norestart</Data></EventData></Event>",
  '</Events>',
].join('\r\n');

/**
 * The same events as an older servicing stack writes them, states as words and no `…Textized`:
 * the data of records 1, 3 and 12 of a public Setup.evtx (3gstudent/Eventlogedit-evtx--Evolution,
 * commit 150eb573, Setup.evtx), a retail demo package taken out and a package that could not be staged.
 */
const OLD_STACK_XML = [
  '<Events>',
  servicing(1, "<CbsPackageInitiateChanges xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB777778</PackageIdentifier><InitialPackageState>Installed</InitialPackageState><IntendedPackageState>Absent</IntendedPackageState><Client>RetailDemoService</Client></CbsPackageInitiateChanges>", '2018-04-30T20:49:08.9575700Z'),
  servicing(2, "<CbsPackageChangeState xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB777778</PackageIdentifier><IntendedPackageState>Absent</IntendedPackageState><ErrorCode>0x0</ErrorCode><Client>RetailDemoService</Client></CbsPackageChangeState>", '2018-04-30T20:49:24.2723623Z'),
  servicing(3, "<CbsPackageChangeState xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB4093137</PackageIdentifier><IntendedPackageState>Staged</IntendedPackageState><ErrorCode>0x800f0816</ErrorCode><Client>WindowsUpdateAgent</Client></CbsPackageChangeState>", '2018-07-24T00:28:02.3754311Z'),
  '</Events>',
].join('\r\n');

describe('what Setup-channel events mean', () => {
  it('reads an older stack\'s states written as words, and a package taken out as no install', async () => {
    const report = await analyze([bytesInput('Setup.xml', OLD_STACK_XML)], emptyKnowledge());
    expect(report.attempts.map((a) => [a.status, a.update.kb])).toEqual([['failed', 'KB4093137']]);
    expect(report.attempts[0].outcome.message?.en).toBe('Package KB4093137 could not be changed to the Staged state: error 0x800F0816');
    expect(report.verdict.coverage.installed).toEqual([]);
  });

  it('turns Servicing 1 and 2 into one succeeded attempt for the package, and WUSA 3 into a failure with its decimal code', async () => {
    const report = await analyze([bytesInput('Setup.xml', SETUP_XML)], emptyKnowledge());
    expect(report.inputs[0].format).toBe('events');
    expect(report.attempts.map((a) => ({ status: a.status, code: a.code, kb: a.update.kb, package: a.update.package, start: a.start?.line }))).toEqual([
      { status: 'succeeded', code: undefined, kb: 'KB5032381', package: 'KB5032381', start: 2 },
      { status: 'failed', code: '0x80070002', kb: 'KB3033929', package: undefined, start: undefined },
    ]);
    expect(report.attempts[0].outcome.message).toEqual({ 'zh-CN': '程序包 KB5032381 已更改为 Installed 状态', en: 'Package KB5032381 was changed to the Installed state' });
    expect(report.attempts[1].outcome.message?.en).toBe('The update failed to install with error 0x80070002:  (The system cannot find the file specified.)');
    expect(report.codes.map((c) => [c.code, c.count])).toEqual([['0x80070002', 1]]);
  });

  // The data of records 214 and 215 of a public Setup.evtx (akirayan/wheel_reinvention, commit faee92c6,
  // test_data/Setup.evtx): a cumulative update staged by the update agent, to be installed at the next restart.
  const staged = (state: string, code = '0x0') =>
    servicing(2, `<CbsPackageChangeState xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB5071142</PackageIdentifier><IntendedPackageState>${state === 'Staged' ? 5064 : 5112}</IntendedPackageState><IntendedPackageStateTextized>${state}</IntendedPackageStateTextized><ErrorCode>${code}</ErrorCode><Client>UpdateAgentLCU</Client></CbsPackageChangeState>`, '2026-01-14T04:57:56.4655519Z');
  const STAGED_XML = [
    '<Events>',
    servicing(1, "<CbsPackageInitiateChanges xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB5071142</PackageIdentifier><InitialPackageState>5000</InitialPackageState><InitialPackageStateTextized>Absent</InitialPackageStateTextized><IntendedPackageState>5064</IntendedPackageState><IntendedPackageStateTextized>Staged</IntendedPackageStateTextized><Client>UpdateAgentLCU</Client></CbsPackageInitiateChanges>", '2026-01-14T04:57:20.1000000Z'),
    staged('Staged'),
    '</Events>',
  ].join('\r\n');

  it('calls a package staged no install: the attempt succeeds in the stage phase and is not among what was installed', async () => {
    const report = await analyze([bytesInput('Setup.xml', STAGED_XML)], emptyKnowledge());
    expect(report.attempts.map((a) => [a.status, a.update.kb, a.update.phase])).toEqual([['succeeded', 'KB5071142', 'stage']]);
    expect(report.verdict.coverage.installed).toEqual([]);
  });

  it('does not take a package staged for the fix of its failure to install (the failure is made here: the same package, Installed)', async () => {
    const failed = servicing(3, "<CbsPackageChangeState xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><PackageIdentifier>KB5071142</PackageIdentifier><IntendedPackageState>5112</IntendedPackageState><IntendedPackageStateTextized>Installed</IntendedPackageStateTextized><ErrorCode>0x800f0922</ErrorCode><Client>UpdateAgentLCU</Client></CbsPackageChangeState>", '2026-01-13T04:00:00.0000000Z');
    const report = await analyze([bytesInput('Setup.xml', ['<Events>', failed, STAGED_XML.split('\r\n').slice(1, -1).join('\r\n'), '</Events>'].join('\r\n'))], emptyKnowledge());
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause?.code).toBe('0x800F0922');
  });
  // The data of records 11, 20, 29 and 30 of a public Setup.evtx (Yamato-Security/hayabusa-sample-evtx, commit 071da2e1,
  // "ID8-Module Virtualization disabled (Credential Guard).evtx"): Internet Explorer turned off, then the Remote
  // Differential Compression feature turned on with DISM.
  const feature = (id: number, name: string, pkg: string, code: string, client: string, time: string) =>
    servicing(id, `<CbsUpdateChangeState xmlns='http://manifests.microsoft.com/win/2004/08/windows/setup_provider'><UpdateName>${name}</UpdateName><PackageIdentifier>${pkg}</PackageIdentifier><ErrorCode>${code}</ErrorCode><Client>${client}</Client></CbsUpdateChangeState>`, time);
  const IE_OFF = [
    feature(8, 'Internet-Explorer-Optional-amd64', 'Internet-Explorer-Optional-Package', '', 'Windows Optional Component Manager', '2022-04-12T07:16:31.7273017Z'),
    feature(10, 'Internet-Explorer-Optional-amd64', 'Internet-Explorer-Optional-Package', '0x0', 'Windows Optional Component Manager', '2022-04-12T07:27:37.4020972Z'),
  ];
  const RDC_ON = [
    feature(7, 'MSRDC-Infrastructure', 'Microsoft-Windows-RDC', '', 'DISM Package Manager Provider', '2022-11-24T09:19:31.5372314Z'),
    feature(9, 'MSRDC-Infrastructure', 'Microsoft-Windows-RDC', '0x0', 'DISM Package Manager Provider', '2022-11-24T09:19:35.3030104Z'),
  ];

  it('turns Servicing 7 and 9 into a feature turned on, and reads 8 and 10 (a feature turned off) as no install', async () => {
    const report = await analyze([bytesInput('Setup.xml', ['<Events>', ...IE_OFF, ...RDC_ON, '</Events>'].join('\r\n'))], emptyKnowledge());
    expect(report.attempts.map((a) => ({ status: a.status, title: a.update.title, package: a.update.package, start: a.start?.line }))).toEqual([
      { status: 'succeeded', title: 'MSRDC-Infrastructure', package: 'Microsoft-Windows-RDC', start: 4 },
    ]);
    expect(report.attempts[0].outcome.message).toEqual({ 'zh-CN': '程序包 Microsoft-Windows-RDC 中的功能 MSRDC-Infrastructure 已启用', en: 'The feature MSRDC-Infrastructure of package Microsoft-Windows-RDC was turned on' });
    expect(report.verdict.state).toBe('healthy');
    expect(report.verdict.coverage.installed.map((i) => i.update.title)).toEqual(['MSRDC-Infrastructure']);
  });

  it('takes a feature that could not be turned on or off for a failure, which turning it on later outlives (the failures are made here)', async () => {
    const failedOn = feature(11, 'MSRDC-Infrastructure', 'Microsoft-Windows-RDC', '0x800f081f', 'DISM Package Manager Provider', '2022-11-24T09:00:00.0000000Z');
    const recovered = await analyze([bytesInput('Setup.xml', ['<Events>', failedOn, ...RDC_ON, '</Events>'].join('\r\n'))], emptyKnowledge());
    expect(recovered.attempts.map((a) => [a.status, a.code])).toEqual([['failed', '0x800F081F'], ['succeeded', undefined]]);
    expect(recovered.verdict.state).toBe('recovered');
    const failedOff = feature(12, 'Internet-Explorer-Optional-amd64', 'Internet-Explorer-Optional-Package', '0x80070005', 'Windows Optional Component Manager', '2022-04-12T07:27:37.4020972Z');
    const failing = await analyze([bytesInput('Setup.xml', ['<Events>', IE_OFF[0], failedOff, '</Events>'].join('\r\n'))], emptyKnowledge());
    expect(failing.attempts.map((a) => [a.status, a.code, a.update.phase])).toEqual([['failed', '0x80070005', 'uninstall']]);
    expect(failing.attempts[0].outcome.message?.en).toBe('The feature Internet-Explorer-Optional-amd64 of package Internet-Explorer-Optional-Package could not be turned off: error 0x80070005');
    expect(failing.verdict.state).toBe('failing');
  });
});

