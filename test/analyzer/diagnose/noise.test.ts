import { describe, expect, it } from 'vitest';
import { describeContext, NOISE, noiseFor } from '../../../src/analyzer/diagnose/noise.ts';
import { emptyKnowledge } from '../../../src/analyzer/index.ts';
import { analyzeText } from '../helpers.ts';

describe('noise list', () => {
  it('every entry says why and where it was seen', () => {
    for (const entry of NOISE) {
      expect(entry.code).toMatch(/^0x[0-9A-F]{8}$/);
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.source.length).toBeGreaterThan(5);
      expect(describeContext(entry.context)).toMatch(/^(component|method|phrase) \S/);
    }
  });

  it('is narrowed by its named context: the same code elsewhere is a real failure, in any format', () => {
    expect(noiseFor('0x800F0805', 'Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]')).toBeDefined();
    expect(noiseFor('0x80070570', 'Failed to internally open package. [HRESULT = 0x80070570 - ERROR_FILE_CORRUPT]')).toBeUndefined();
    expect(noiseFor('0x80070002', 'Not able to add pending.xml.bad to Windows Error Report. [HRESULT = 0x80070002]')).toBeDefined();
    expect(noiseFor('0x80070002', 'Failed to create file. [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]')).toBeUndefined();
    expect(noiseFor('0x80070032', '*FAILED* [80070032] Method failed [AppxPackage::Initialize:232]')?.context).toEqual({ method: 'AppxPackage::Initialize' });
    expect(noiseFor('0x80070032', 'Error: 50 ... The request is not supported. DISM failed [HRESULT = 0x80070032]')).toBeUndefined();
    // CBS's own event writing around a store repair (alborz25/Logs CBS.log, line 275), not the repair.
    expect(noiseFor('0x80070008', '2020-02-04 17:15:08, Info                  CBS    Failed to write store corruption detect and repair start event. [HRESULT = 0x80070008 - ERROR_NOT_ENOUGH_MEMORY]')).toBeDefined();
    expect(noiseFor('0x80070008', '2020-02-04 17:15:08, Info                  CBS    Failed to stage package. [HRESULT = 0x80070008 - ERROR_NOT_ENOUGH_MEMORY]')).toBeUndefined();
    // Setup's tracing reads online settings it cannot find (kaykyprogramas01/KAYKY-so-faz-merda setupact.log, line 46);
    // the second line is made here, a failure of setup's own work with the same code.
    expect(noiseFor('0x80070002', '2024-07-19 18:37:35, Info                         Reading onesetting for tracing settings completed, Error: 0x80070002')).toBeDefined();
    expect(noiseFor('0x80070002', '2024-07-19 18:37:35, Error                 SP     Operation failed: Add [1] Boot files. Error: 0x80070002')).toBeUndefined();
    // CBS looking for optional files in a servicing stack's cabinet, which then installs (OSDeploy/DismLogs211112, its log, line 181717);
    // the second line is made here, a file the update itself needs.
    expect(noiseFor('0x80070002', '2021-11-12 09:43:25, Info                  CBS    Failed to extract file desktopdeployment.cab from cabinet \\\\?\\C:\\Users\\X\\AppData\\Local\\Temp\\FA83\\SSU-22000.280-x64.cab [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]')).toBeDefined();
    expect(noiseFor('0x80070002', '2021-11-12 09:43:25, Info                  CBS    Failed to extract file update.mum from cabinet \\\\?\\C:\\Windows\\SoftwareDistribution\\Download\\windows10.0-kb5007215-x64.cab [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]')).toBeUndefined();
    // Setup's window finding no default language (copyleft21/samsung setupact.log, line 34); the second line is made here, another step of setup's window.
    expect(noiseFor('0x80070002', '2024-03-28 11:52:21, Error                 MOUPG  CInstallUI::GetDefaultLanguage(2027): Result = 0x80070002[gle=0x00000002]')).toBeDefined();
    expect(noiseFor('0x80070002', '2024-03-28 11:52:21, Error                 MOUPG  CSetupHost::Execute(2027): Result = 0x80070002')).toBeUndefined();
    // Defender asking DISM to turn off a feature Windows Server 2019 does not have (prboyer/NET35_Troubleshooting, DISM.zip's dism.log, lines 26811 and 26813);
    // the third line is made here, DISM failing to turn off a feature it has.
    expect(noiseFor('0x800F080C', '2023-04-11 14:25:38, Error                 DISM   API: PID=3144 TID=5248 Failed to open feature Windows-Defender-Default-Definitions - CDisableFeatureCommandObject::InternalExecute(hr:0x800f080c)')).toBeDefined();
    expect(noiseFor('0x800F080C', '2023-04-11 14:25:38, Error                 DISM   API: PID=3144 TID=13532 CDisableFeatureCommandObject internal execution failed - DismDisableFeatureInternal(hr:0x800f080c)')).toBeDefined();
    expect(noiseFor('0x800F0922', '2023-04-11 14:25:38, Error                 DISM   API: PID=3144 TID=13532 CDisableFeatureCommandObject internal execution failed - DismDisableFeatureInternal(hr:0x800f0922)')).toBeUndefined();
    // A System log's Kernel-General event 11 for a hive read from a shadow copy (wind-cludy/public, システム.evtx), as the
    // analysis renders the record; the second is the same status on a live hive, which stays a failure.
    const shadow = 'Microsoft-Windows-Kernel-General 11 2021-10-16T03:25:58.4974592Z: ExtraStringLength=78; ExtraString=\\??\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy1\\windows\\System32\\config\\SYSTEM; TmId={86CB5B02-2D24-11EC-911A-98EECBE68BC8}; RmId={86CB5B01-2D24-11EC-911A-98EECBE68BC8}; Status=0xc00000a2; InternalCode=7';
    expect(noiseFor('0xC00000A2', shadow)).toBeDefined();
    expect(noiseFor('0xC00000A2', shadow.replace('\\??\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy1\\windows', '\\SystemRoot'))).toBeUndefined();
    // Software Protection's automatic activation in an Application log (NickSmet/ts-evtx, Application.evtx), as the analysis renders the record
    expect(noiseFor('0x80004005', 'Microsoft-Windows-Security-SPP 8198 2025-06-02T16:47:32.8553181Z: hr=0x80004005; RuleId=31e71c49-8da7-4a2f-ad92-45d98a1c79ba;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;SkuId=4de7cb65-cdf1-4de9-8ae8-e3cce27b9f2c;NotificationInterval=1440;Trigger=TimerEvent')).toBeDefined();
    // A program taking out a capability this Windows does not have, through the DISM API (HeroLee46/test dism.log, line 946);
    // the second line is made here, the same code where DISM cannot find a package it was asked to add.
    expect(noiseFor('0x80070044', '2023-05-02 10:14:07, Warning               DISM   API: PID=7768 TID=21356 Failed to find capability by name: Windows.Kernel.LA57. HR=0x80070044 - CRemoveCapabilityCommandObject::InternalExecute')).toBeDefined();
    expect(noiseFor('0x80070044', '2023-05-02 10:14:07, Error                 DISM   API: PID=7768 TID=21356 Failed to add package. HR=0x80070044 - CAddPackageCommandObject::InternalExecute')).toBeUndefined();
    // DISM going on with its log when it cannot archive it (JustLachin/ExCameraFix dism.log, line 4); the second line is made
    // here, a package file DISM cannot find.
    expect(noiseFor('0x80070002', '2026-01-02 04:27:54, Warning               DISM   PID=7620 TID=8448 Failed to archive the log file. Continuing with existing log file. - CDISMManager::CreateLocalImageSession(hr:0x80070002)')).toBeDefined();
    expect(noiseFor('0x80070002', '2026-01-02 04:27:54, Error                 DISM   DISM Package Manager: PID=7620 TID=8448 Failed to open the package. - CDISMPackageManager::OpenPackageByPath(hr:0x80070002)')).toBeUndefined();
    // Setup's usage-statistics task at the end of its last phase (cralborn/cyberforce Panther/UnattendGC/setupact.log, line 237)
    expect(noiseFor('0x800706B5', '2021-09-27 11:04:06, Info                         [windeploy.exe] Failed to create Setup SQM task with error 0x800706b5')).toBeDefined();
    expect(noiseFor('0x800706B5', '2021-09-27 11:04:06, Error                 SP     Operation failed: Apply boot settings. Error: 0x800706B5')).toBeUndefined();
    // CBS's usage-statistics report after a package change (MicrosoftDocs/SupportArticles-docs, error-0x800f0922-uninstall-role-feature.md,
    // its CBS.log example); the change failed with 0x800f0922 on the line before. The last line is made here, CBS failing to find a package.
    expect(noiseFor('0x80070490', 'SQM: execute time performance datapoint is invalid. [HRESULT = 0x80070490 - ERROR_NOT_FOUND]')).toBeDefined();
    expect(noiseFor('0x80040154', 'SQM: Failed to initialize Win SAT assessment. [HRESULT = 0x80040154 - Unknown Error]')).toBeDefined();
    expect(noiseFor('0x80040154', 'SQM: average disk throughput datapoint is invalid [HRESULT = 0x80040154 - Unknown Error]')).toBeDefined();
    expect(noiseFor('0x80070490', 'Failed to resolve package. [HRESULT = 0x80070490 - ERROR_NOT_FOUND]')).toBeUndefined();
    // The .NET native image service failing to precompile an assembly, as the analysis renders the event (Yamato-Security/hayabusa-sample-evtx,
    // DeepBlueCLI/many-events-application.evtx); the second line is made here, the same code in a Windows Update failure report.
    expect(noiseFor('0x80070020', ".NET Runtime Optimization Service 1101 2014-11-22T01:41:06.0000000Z: .NET Runtime Optimization Service (clr_optimization_v4.0.30319_32) - Failed to compile System.Data.OracleClient, Version=2.0.0.0, Culture=Neutral, PublicKeyToken=b77a5c561934e089, processorArchitecture=x86 because of the following error: The process cannot access the file because it is being used by another process. (Exception from HRESULT: 0x80070020).; System.Data.OracleClient, Version=2.0.0.0, Culture=Neutral, PublicKeyToken=b77a5c561934e089, processorArchitecture=x86")).toBeDefined();
    expect(noiseFor('0x80070020', 'Windows Error Reporting 1001 2016-09-19T15:45:26.0000000Z: ; 0; WindowsUpdateFailure3; Not available; 0; 7.6.7601.19161; 80070020; FD42C59B-16CB-4470-9D4B-1A8C49B24C66; Install; 200')).toBeUndefined();
    // A component is a whole column, not part of another word.
    expect(noiseFor('0x80041010', '2021/07/13 10:52:30.1 4388  10044 EEHandler       *FAILED* [80041010] Method failed [COperatorTreeNode::Evaluate:390]')).toBeDefined();
    expect(noiseFor('0x80041010', '2021/07/13 10:52:30.1 4388  10044 MyEEHandlerX    *FAILED* [80041010] WMI query failed')).toBeUndefined();
  });

  it('an article marks a code routine everywhere only when no context here binds it', async () => {
    const knowledge = emptyKnowledge();
    knowledge.codes['0x80070032'] = { names: ['ERROR_NOT_SUPPORTED'], noise: true };
    knowledge.codes['0x80070BC2'] = { names: ['ERROR_SUCCESS_REBOOT_REQUIRED'], noise: true };
    const report = await analyzeText('dism.log', [
      '2023-05-22 12:58:26, Error                 DISM   DISM.EXE: DISM Package Manager processed the command line but failed. HRESULT=80070032',
      '2023-05-22 12:58:27, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=yes. [HRESULT = 0x80070BC2]',
    ].join('\n'), knowledge);
    expect(report.codes.map((c) => [c.code, c.noise])).toEqual([['0x80070032', false], ['0x80070BC2', true]]);
  });

  it('noise is counted and marked, never taken as a cause', async () => {
    const log = [
      '2021/07/13 10:23:06.3460256 3696  8172  Misc            *FAILED* [8024000C] LoadHistoryEventFromRegistry completed',
      '2021/07/13 10:23:06.3875222 3696  4248  Agent           *FAILED* [80240013] m_services.Add()',
      '2021/07/13 10:32:03.0163822 3696  8172  Shared          * END * Service exit Exit code = 0x240001',
    ].join('\r\n');
    const report = await analyzeText('WindowsUpdate.log', log);
    expect(report.codes.map((c) => [c.code, c.noise])).toEqual([['0x8024000C', true], ['0x80240013', true], ['0x00240001', true]]);
    expect(report.rootCause).toBeNull();
  });
});
