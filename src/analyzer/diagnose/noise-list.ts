/**
 * The noise list: where a code is routine, each entry with its context, why it is noise and
 * where that was seen (a public log's lines, pinned to a commit, or the research notes).
 * noise.ts reads it; this file only holds the data.
 */
export type NoiseContext =
  /** the component column of WindowsUpdate.log, CBS.log, … (`EEHandler`) */
  | { component: string }
  /** a method named on the line (`AppxPackage::Initialize`) */
  | { method: string }
  /** words of the line, as the log writes them (`Failed to internally open package`) */
  | { phrase: string }
  /** anywhere: the code's article marks it routine and this list binds it to no context */
  | { article: string };

export interface NoiseEntry {
  code: string;
  context: NoiseContext;
  why: string;
  source: string;
}

const NOTES = 'update-triage research notes on healthy logs (log formats, noise list)';
const FINDINGSANITY = 'https://github.com/findingsanity/Logs (WindowsUpdate.log, 2021-07-13)';
const RAJA_FAHAD = 'https://github.com/raja-fahad/wulogs (WindowsUpdate.log, 2020-11-19)';
const LOGHUB = 'https://github.com/logpai/loghub (Windows/Windows_2k.log, CBS.log of a healthy Windows 7 machine, 2016-09)';
/** Windows Update agent sessions probing a package that is not one (KB3025096 on Windows 10 and 11): the whole chain of lines. */
const PROBE = 'https://github.com/scarlaglen/CBSLog/blob/9e84225eb68346710f533bcb6a373bfb6f3025a8/CBS.log (lines 50-53) and https://github.com/hofcake/CBS.log/blob/af2dacf6bca56d80a13b3fe08e226885420f469a/CBS.log (lines 24-25)';
const JROSE = 'https://github.com/Jrose152/Sam/blob/8c00315a4f47e1ce85eca5bdb09a1cccb8e91bae/CBS.log (lines 25-27)';
const CBS_TEMP = 'https://github.com/doomscourge416/ffs/blob/e410a256b9b10b445cbaf38b5975f8e42cf7578e/CBS.log (lines 5411-5413; the same lines in 2 more of 17 public CBS.logs)';
const COMMIT_CHECK = 'https://github.com/Lee-7723/Git/blob/916b9bb91eed13227babc2d5310045a391a9aeaa/WindowsUpdate.log (line 302, 20 times) and https://github.com/Appostarsi/WinErros/blob/eb5b04d112d921166d8d76e2c61ed82402add51a/WindowsUpdate.log (line 4208, 82 times, on a machine that installs)';
const AUTO_REPAIR = 'https://github.com/SolsticeProjekt/temp/blob/4e34e552e38e7ca5d93af10cf9986126e2219740/CBS.log (line 7840) and https://github.com/EhsanHasani1380/SearchingInCBS.logFileByRegex-/blob/f807263f5dd0488d841e514041ccd2f0b0256bae/CBS.log (line 10445)';
/** Setup servicing the new image offline (its Panther\cbs.log): DISM and CBS look for what only a running system has. */
const SETUP_IMAGE = 'https://github.com/michampr/newfolder/blob/31930d3dfac04e28dc0bdef30d68635911a0a104/cbs.log (lines 43, 86-87, 186-188) and https://github.com/ones24074586/onesmus-kimaru/blob/4bbbf9d506b3d97dcd99ed44304fcb18f66e1049/cbs.log';
/** DISM's WIM provider checking whether the target is a mounted WIM (the WIMGAPI lines before `[C:\] is not a WIM mount point.`), at every run. */
const WIM_PROBE = 'https://github.com/eyeofparadox/ASUS_G713QM_RESTORATION/blob/876149cce28ecf78bde26edc04e5b0796aa93503/Logs/DISM/dism.log (lines 40-43; the same lines in 5 of 7 public DISM logs)';
/** A program taking out a capability through the DISM API, each time it runs, where the capability is not installed. */
const LA57_REMOVAL = 'https://github.com/HeroLee46/test/blob/14198a5a50f974c03b83feea29e5f00d25df30ed/dism.log (lines 826-946, 2419 and 3832: la57setup.exe and cleanmgr.exe on three days of one Windows 11 PC)';
/** DISM starting a session while its previous log cannot be moved aside: it says it goes on with the log it has. */
const LOG_ARCHIVE = 'https://github.com/JustLachin/ExCameraFix/blob/7c0262b08ce7c30a7a8af9c14a6323fc7b4e0b36/dism.log (line 4) and https://github.com/Appostarsi/WinErros/blob/eb5b04d112d921166d8d76e2c61ed82402add51a/dism.log (line 4)';
/** windeploy.exe, at the end of setup's last phase, scheduling its usage-statistics (SQM) task. */
const SETUP_SQM = 'https://github.com/cralborn/cyberforce/blob/20a5159bfc7921b1dc117629b2b924a9242d25cb/Panther/UnattendGC/setupact.log (line 237, between OOBELdr.exe and WinDeploy.exe exiting with code 0x0)';
const FOD_CACHE = 'https://github.com/Appostarsi/WinErros/blob/eb5b04d112d921166d8d76e2c61ed82402add51a/CBS%20Win%2010.log (line 28; the same line stands in 3 other public CBS.logs)';
const AUDIO_MIGRATION = 'https://github.com/AlGiery/files/blob/912b972587d88f3af28128cdf5ae09e93ebe06f8/setupact.log';
const ONESETTINGS = 'https://github.com/kaykyprogramas01/KAYKY-so-faz-merda/blob/c6524f6cdcb317804590a884989d83fb06802c4f/setupact.log (lines 42-47)';
/** CBS writing a failure report (`WER: Generating failure report for package: …`) checks a setting that is not there. */
const WER_FLAG = 'https://github.com/EhsanHasani1380/SearchingInCBS.logFileByRegex-/blob/f807263f5dd0488d841e514041ccd2f0b0256bae/CBS.log (line 2033, after each of 10 failure reports) and https://github.com/MicrosoftDocs/SupportArticles-docs/blob/b5ea935e6c5bc1c4a404766921a753b5a9cf25e5/support/azure/virtual-machines/windows/windows-update-errors-requiring-in-place-upgrade.md (the example\'s last line)';
/** DISM provisioning an app (`/Add-ProvisionedAppxPackage`): a message of the provisioning library, not an error. */
const APPX_FOOTPRINT = 'https://github.com/arpitha-gif/newRepo/blob/699668d09531d3108e0b1e53c8aca10adcf7043f/dism.log (lines 123-124) and https://github.com/kanthrajni/hacktoberfest2021-1-kanth/blob/71eaa270d76c6aac3fe8fd2e2e35855ef1371895/dism.log';
/** A DismApi client asking for drivers by their published names (`DismGetDriverInfo`, `DriverPath: oem16.inf`), one after another. */
const DRIVER_QUERY = 'https://github.com/krynddi/FF305SL/blob/3a3aa042c08609956c4e2fb4ed61632e63e13790/dism.log (lines 89-104: the query, the answer, the next query; 21 times in 6 sessions), https://github.com/semenovaolya/2020FF305/blob/9c66cea2c3b9b57070e42c56dd5cb253995f47ab/dism.log (11 times) and https://github.com/WeronikaKomissarova/Log (image_dism.log, 4 times)';
const BOOT_CRITICAL = 'https://github.com/semenovaolya/2020FF305/blob/9c66cea2c3b9b57070e42c56dd5cb253995f47ab/dism.log (line 46, 10 times, as the same program reads each driver)';
/** A program asking DISM, day after day, about a feature this Windows does not have: five lines per question. */
const FEATURE_QUERY = 'https://github.com/jvsalisbury/HTMLForm/blob/52c01e22d39dd9a967513e06a0c30f4d4ae289cb/dism.log (lines 3955-3967: DismGetFeatureInfo for MicrosoftWindowsPowerShellV2 on Windows 11 build 26100; 76 times)';
const PACKAGE_TIMES = 'https://github.com/jvsalisbury/HTMLForm/blob/52c01e22d39dd9a967513e06a0c30f4d4ae289cb/dism.log (line 2952, among the packages DismGetPackages lists; 50 times)';
const OOBE_XML = 'https://github.com/VitalSkib/files/blob/7a1848f43d1c0c6bc81962e8a3b4e4b4a3ea89ae/setupact.log (lines 238-242 and 580-584: five folders, by two programs)';
const ROLLBACK_RESULT = 'https://github.com/baslr/w10-logs/blob/c3c77410e5c4abf1ac7d92547e24a89b421c4cc4/Rollback/setupact.log (line 5373, then the rollback\'s own 0xC1900101 on line 5376)';
/** The setup host, once it has reported a failure, runs its own analysis of it and merges its telemetry: each can fail in turn. */
const SETUP_AFTERMATH = 'https://github.com/baslr/w10-logs/blob/c3c77410e5c4abf1ac7d92547e24a89b421c4cc4/Rollback/setupact.log (lines 5242-5243, 5539-5541 and 5688) and https://github.com/copyleft21/samsung/blob/f02d89af785a862128f75887fc39524063211437/setupact.log';
/** A DISM API client asking the servicing stack, every day at the same time, for an update the Foundation package does not hold. */
const INTERNAL_UPDATE = 'https://github.com/PythonCharmers/PythonCharmersData/blob/ec8ce47464d1f0cd797dd2e676b8a729a05c6ccc/WindowsLogs.zip (member Logs/CBS/CbsPersist_20200819012549.log, line 3341, build 17763) and https://github.com/asrana0002/gittest/blob/0f4e75ab116f385f11dd5b332a50970f6f3fffa6/CBS.zip (member CBS.log, lines 6696, 19660, 31795: one a day, build 20348)';
/** Kernel-General event 11 for a registry hive read from a volume shadow copy: the snapshot is read-only. */
const SHADOW_COPY_HIVE = 'https://github.com/wind-cludy/public/blob/681081fb1d916d8cff65aac8538930c81b3580ea/%E3%82%B7%E3%82%B9%E3%83%86%E3%83%A0.evtx (System log of a Windows 10 machine, 40 events: Microsoft-Windows-Kernel-General 11, ExtraString=\\??\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopyN\\windows\\System32\\config\\SYSTEM, Status=0xc00000a2)';
/** CBS reading its store cleanup settings from OneSettings (Microsoft's online configuration), which has none for this machine: it takes the default, as its next line says. */
const CBS_ONESETTINGS = 'https://github.com/asrana0002/gittest/blob/0f4e75ab116f385f11dd5b332a50970f6f3fffa6/CBS.zip (member CBS.log, lines 48727-48730 and three more sessions: build 20348)';
/** CBS installing a servicing stack from its cabinet: it looks for a deployment cabinet and a table of contents that this cabinet does not hold, and the stack then installs (Absent to Installed, lines 183089-183094). */
const SSU_PROBE = 'https://github.com/OSDeploy/DismLogs211112/blob/5cbc8f51b280692d93c4f4ef406244d45c2ce657/1%20Test%20with%20CAB.zip (its log, lines 181717 and 181749)';
/** Setup's own window (SetupHost of the Media Creation Tool) starting: it finds no default language set for its pages and starts all the same. */
const SETUP_UI_LANGUAGE = 'https://github.com/copyleft21/samsung/blob/e69d83a9f3074904d54fe1607cea944fc24b02fe/setupact.log (line 34) and https://github.com/mamrabet/assignment-Calc-Max-Word-Freq/blob/aaa7d132149261a4763b00c6691af212e9f0a936/%24Windows.~WS/Sources/Panther/setupact.log (line 29)';
/** Microsoft Defender (MsMpEng.exe) asking DISM, about once a day, to turn off a feature this Windows Server does not have. */
const DEFENDER_DISABLE = 'https://github.com/prboyer/NET35_Troubleshooting/blob/d7cb452f5ab30aaf43703467aa317e2c6ee35d99/DISM.zip (member dism.log, lines 26714-26813, and 66 more times)';
/** CBS reporting a package change it has completed: the store corruption part of its report is missing. */
const CORRUPTION_REPORT = 'https://github.com/HowardZHY/Crashreports/blob/07eb180a841af4d04def17124ac8391ae77efae8/CBS.log (line 108, between packages that complete their startup processing), https://github.com/EhsanHasani1380/SearchingInCBS.logFileByRegex-/blob/f807263f5dd0488d841e514041ccd2f0b0256bae/CBS.log (line 4830)';
/** CBS's usage-statistics (SQM) report of a package change, written after the change's own result: timings and a disk score it cannot get. */
const CBS_SQM_DATAPOINTS = 'https://github.com/MicrosoftDocs/SupportArticles-docs/blob/666275301e4c72f163833c01e06ea549b2d24367/support/windows-server/installing-updates-features-roles/error-0x800f0922-uninstall-role-feature.md (the CBS.log example, after each package change completion; the failure is its 0x800f0922)';
/** The .NET native image service (ngen) precompiling assemblies in the background, in an Application log: an assembly it cannot compile runs without its native image. */
const NGEN_COMPILE = 'https://github.com/Yamato-Security/hayabusa-sample-evtx/blob/071da2e1f18d570162a61d8fd476f5454bbf6631/DeepBlueCLI/many-events-application.evtx (.NET Runtime Optimization Service events 1101, records 927-948, 2014-11-22)';
/** Sysprep's app specialize step and the recovery environment's install during specialize, on a new image. */
const SPECIALIZE_APPS = 'https://github.com/bitbtrust/Errorcode/blob/2bfd09f0cfff13c519ab819f1ae2a12451dcfb8d/setupact.log (line 3137, a clean install of build 16299)';
const SPECIALIZE_WINRE = 'https://github.com/cralborn/cyberforce/blob/0cd9d20116a8725c08bc216ccda757d3be3aef3c/Panther/setupact.log (lines 275 and 326-327: a Windows Server 2012 R2 VM\'s specialize pass)';
/** Reset this PC checking whether the PC's maker offers a cloud image: no maker's plugin, so no such endpoint. */
const RESET_OEM_ENDPOINT = 'https://github.com/Shekhar-sss/Git_Basic/blob/7eed579e1d7c606afcae0c52ffee4f43fb2f9a51/setupact.log (lines 103-106; also in its setuperr.log)';
/** The Windows 7 agent gathering static data for its reports from WMI. */
const REPORTING_WMI = 'https://github.com/karthikvemula/maven/blob/261d4981d62fbc0f733e5fe89873104495acbedb/Windows/WindowsUpdate.log (lines 38-39, Windows 7 SP1)';
/** Software Protection's automatic activation (event 8198 in the Application log): licensing, not updating. */
const SPP_ACTIVATION = 'https://github.com/NickSmet/ts-evtx/blob/f794d665703a76cc8d7d3e30513f1d3e10a8516d/test/fixtures/Application.evtx (8 records of Microsoft-Windows-Security-SPP 8198, Windows 11 build 26100)';
/** Kernel-General event 11 for AppLocker's cache hive, whose transaction log the kernel may not open. */
const APPLOCKER_HIVE = 'https://github.com/NickSmet/ts-evtx/blob/f794d665703a76cc8d7d3e30513f1d3e10a8516d/test/fixtures/System.evtx (3 records of Microsoft-Windows-Kernel-General 11, ExtraString=\\SystemRoot\\System32\\AppLocker\\AppCache.dat, Status=0xc0000022; Windows 11 build 26100; this project\'s test/fixtures/binary/System-wuclient.evtx)';
/** A Windows 11 (build 26100) machine's CBS.log, committed in a zip with its CbsPersist cabinets. */
const CBS_26100 = 'https://github.com/mattbalzan/mattGPT/blob/4ac43a035474541772dda724f17ac987c33e01ea/CBS.zip (member CBS.log, lines 13834-13840 and 90 more, and 24447-24452, three times)';
/** CBS setting a restore point before a package change, where System Restore is turned off: it says it goes on, and the change completes. */
const RESTORE_POINT_OFF = 'https://github.com/EhsanHasani1380/SearchingInCBS.logFileByRegex-/blob/f807263f5dd0488d841e514041ccd2f0b0256bae/CBS.log (lines 4607-4608, then the package\'s `Exec: Processing complete` with S_OK)';
/** Windows 7 CBS evaluating whether Service Pack 1 applies (a WinMgmt or Windows Update query): it looks for SP1's part for a language the machine has, which is not there. */
const SP1_APPLICABILITY = 'https://github.com/Infinito1977/Documents/blob/05c52dd5130bfaab0b65527b9287389c8778a717/CBS.log (lines 1160-1165, 3651-3656 and 6413-6418, among Appl: lines; Windows 7 SP1, 2019-02-24)';
/** CBS, at the end of a package change, reading the build numbers a feature update in progress would have left: there is none. */
const BUILD_NUMBERS = 'https://github.com/eyeofparadox/ASUS_G713QM_RESTORATION/blob/876149cce28ecf78bde26edc04e5b0796aa93503/Logs/CBS/CBS.log (lines 20096-20097, at the end of a capability\'s removal that completes with S_OK on line 20132; build 26100)';
/** DPX, Windows Update's download and expansion engine, looking for the job file an earlier run would have left to resume: none, and it runs its phases from the start. */
const DPX_JOB = 'https://github.com/BAbrandon/NCAC/blob/8e8fe0ebd07c4bc3c04a88faa403b7c96d563d38/Logs/DPX/setupact.log (lines 1-3, then 12 more jobs, each followed by its phases started and ended)';
/** Disk Cleanup's Windows Update cleanup (`Service Pack Cleanup`, then `DC:` lines) asking for top-level deployments the store does not hold, 73 times, and completing. */
const CLEANUP_DEPLOYMENTS = 'https://github.com/semenovaolya/2020FF305/blob/9c66cea2c3b9b57070e42c56dd5cb253995f47ab/irusyaev/dism.txt (lines 2339-2411, then `DC: Finding superseded packages` and the cleanup completing on lines 2875-2909)';
/** A store repair that finds nothing to repair, clearing a corruption flag that was never set. */
const ACR_FLAG = 'https://github.com/doomscourge416/ffs/blob/e410a256b9b10b445cbaf38b5975f8e42cf7578e/CBS.log (line 5399, after `Total Detected Corruption: 0` and `All CSI corruption was fixed`, before `CheckSur: hrStatus: 0x0 [S_OK]`)';
/** Setup running the commands of the unattend file (RunSynchronous): it says it goes on whatever they return. */
const UNATTEND_COMMANDS = 'https://github.com/VitalSkib/files/blob/b2dc2529aaa5ba9f326480a4b1ad5ffcda039872/setupact.log (line 24, `will continue execution without examining exit code`, and lines 48-56: PowerShell scripts returning 0xfffd0000; setup then completes)';
const ALBORZ = 'https://github.com/alborz25/Logs/blob/5b5e25236dbf9e9826273be6997156fb333b0d4f/CBS.log (CBS.log of a store repair, 2020-02-04, lines 275, 302, 307-308)';

/** A Windows 11 (build 22621) PC's CBS.log: the startup processing after a reboot, and the shutdown processing before one. */
const CBS_22621 = 'https://github.com/Appostarsi/WinErros/blob/f167f35fc64ddc378d92e4228a3632fc50327901/CBS.log (lines 4788-4791 before `Startup: Processing complete` with S_OK on line 4801, 9051 before `Shtd: Shutdown processing complete.`, 9154-9155; 11 such lines in the log)';
/** CBS evaluating the applicability of Features on Demand for a caller that is not an administrator (the Settings app listing them). */
const FOD_ENUMERATION = 'https://github.com/EhsanHasani1380/SearchingInCBS.logFileByRegex-/blob/f807263f5dd0488d841e514041ccd2f0b0256bae/CBS.log (lines 1719-1721, and 1925-1927 with 22 more times)';
/** A DISM session on Windows 11 (build 26100) starting: CBS asks Windows Update for the country code. */
const WU_COUNTRY_CODE = 'https://github.com/eyeofparadox/ASUS_G713QM_RESTORATION/blob/58b807d9ef168f6a48d604f24c4a4c10144128ad/Logs/CBS/CBS.log (lines 38, 6611 and 13184, each after a DISM session starts)';
/** A store repair (DISM /RestoreHealth) reporting its progress. */
const TICK_COUNT = 'https://github.com/romi1996/CSI/blob/97ae0322edf491e1a2e66f5558b4614fa06dff50/CBS.log (lines 2980 and 3322, during a repair that fixed all 9 corruptions it found)';
/** Reset this PC's own setupact.log (Windows 11, build 26100): CBS's startup processing in the new system. */
const WNF_UPDATE_STATE = 'https://github.com/Silvermaz28/SOE/blob/b0a21e64475a3c081c45498a599d3fa2c171eceb/SetupAct.log (lines 4658 and 4727, and twice more; the reset ends with `Execution phase [Post OOBE] exiting with HRESULT [0x00000000]`)';
/** Setup's last lines in setuperr.log of a Windows 11 install that completed (its setupact.log ends with WinDeploy.exe exiting with code 0x0). */
const SETUP_END = 'https://github.com/VitalSkib/files/blob/b2dc2529aaa5ba9f326480a4b1ad5ffcda039872/setuperr.log (lines 95-96) and https://github.com/VitalSkib/files/blob/e16819b2d56cee0d0835b228b562b5f260efe201/setuperr.log';
/** The compatibility appraiser of a Windows 10 feature update, gathering its data sources. */
const APPRAISER_SWALLOWED = 'https://github.com/rickaK77/Setup-Log/blob/c3fbe61a449c9dad49c41a8762f78ed8d566d16b/setupact.log (lines 1372-1376)';
const INSIDER_UNSET = 'CBS, evaluating the applicability of Features on Demand, finds no Windows Insider branch, content type or ring set (a machine not in the Insider Program) and goes on evaluating';
const STARTUP_TIMES = 'CBS, processing pending operations at startup, reads timing values it keeps in the registry (their names in the phrase), finds none (ERROR_NOT_FOUND) and goes on; the processing completes with S_OK on the lines after';

/** One reading for the two lines CBS writes about the same missing value, and for two of Reset this PC's lines. */
const SP1_WHY = 'CBS, evaluating whether Service Pack 1 (KB976932) applies, looks for the service pack\'s part for one of the machine\'s languages (KB976933, here fr-FR), which is not there; a check, not an install, and CBS goes on to the next package';
const POQEXEC_UNSAVED = 'CBS starting under setup finds no saved command line for its pending-operations runner and goes on to set one, as the next lines show';
const OEM_IMAGE_UNOFFERED = 'Reset this PC asks whether the PC\'s maker offers a cloud image; there is no maker\'s plugin for it (ERROR_NOT_FOUND), so that choice is not offered';

/** The suppression list. Each entry names its context, says why it is noise and where that was seen. */
export const NOISE: readonly NoiseEntry[] = [
  { code: '0x8024000C', context: { method: 'LoadHistoryEventFromRegistry' }, why: 'history load at service start', source: FINDINGSANITY },
  { code: '0x8024000C', context: { phrase: 'DynamicDownloadDataFetcher Refresh complete' }, why: 'a refresh of download URLs that had nothing to change (WU_E_NOOP)', source: RAJA_FAHAD },
  { code: '0x800703F0', context: { phrase: 'Failed to get proxy settings token' }, why: 'no user token to read proxy settings with while the agent runs as the system (ERROR_NO_TOKEN)', source: 'https://github.com/raja-fahad/wulogs (WindowsUpdate_new.log, 2020-11-22)' },
  { code: '0x8024000E', context: { method: 'GetTLUExpirationMaximumRetryCount' }, why: 'download retry setting not configured', source: RAJA_FAHAD },
  { code: '0x80070032', context: { method: 'AppxPackage::Initialize' }, why: 'Appx applicability check of a package this system does not support', source: RAJA_FAHAD },
  { code: '0x80070032', context: { method: 'AppxApplicabilityData::Initialize' }, why: 'Appx applicability check of a package this system does not support', source: RAJA_FAHAD },
  { code: '0x80070032', context: { phrase: 'EvaluateManifestBasedRule' }, why: 'applicability rule of a package this system does not support', source: RAJA_FAHAD },
  { code: '0x80070032', context: { phrase: 'Evaluate Install' }, why: 'applicability rule of a package this system does not support', source: RAJA_FAHAD },
  { code: '0x80246007', context: { method: 'IsCommitRequired' }, why: 'the API asks whether an update needs a commit before it is downloaded (WU_E_DM_NOTDOWNLOADED)', source: COMMIT_CHECK },
  { code: '0x80240013', context: { phrase: 'm_services.Add' }, why: 'service registration at agent start', source: FINDINGSANITY },
  { code: '0x80240013', context: { method: 'CAgentServiceManager::' }, why: 'service registration at agent start', source: FINDINGSANITY },
  { code: '0x80248007', context: { phrase: 'metadata' }, why: 'metadata lookup with nothing cached', source: FINDINGSANITY },
  { code: '0x80248007', context: { component: 'Metadata' }, why: 'metadata lookup with nothing cached', source: NOTES },
  { code: '0x80248007', context: { component: 'DataStore' }, why: 'metadata lookup with nothing cached', source: NOTES },
  { code: '0x80041010', context: { component: 'EEHandler' }, why: 'WMI class missing while evaluating applicability rules', source: FINDINGSANITY },
  { code: '0x80041010', context: { phrase: 'Evaluate Install' }, why: 'WMI class missing while evaluating applicability rules', source: FINDINGSANITY },
  { code: '0x8007066F', context: { phrase: 'QueryForPatchProperty' }, why: 'MSI patch property query for an absent patch', source: FINDINGSANITY },
  { code: '0x00240001', context: { phrase: 'Service exit' }, why: 'WU_S_SERVICE_STOP: a success code written when the service exits', source: 'wuerror.h (microsoft/win32metadata)' },
  { code: '0x80092004', context: { method: 'GenerateSecurityTokenWithAuthTickets' }, why: 'authentication token lookup', source: FINDINGSANITY },
  { code: '0x80092004', context: { phrase: 'token' }, why: 'authentication token lookup', source: NOTES },
  { code: '0x800704C6', context: { phrase: 'network cost' }, why: 'network cost query on an unmetered link', source: NOTES },
  { code: '0x80190193', context: { phrase: "403'd" }, why: 'Delivery Optimization refused an expired download URL (HTTP 403); the agent fetches a fresh URL and resumes the job', source: RAJA_FAHAD },
  { code: '0x80070002', context: { phrase: 'WUFodMetadataCache not available' }, why: 'CBS has no Windows Update cache of Features on Demand metadata and uses the one in the box, as the line says', source: FOD_CACHE },
  { code: '0x80070002', context: { phrase: 'Onesettings' }, why: 'setup finds no online settings for its tracing and goes on without them, as its next lines say', source: ONESETTINGS },
  { code: '0x80070002', context: { phrase: 'onesetting' }, why: 'setup finds no online settings for its tracing and goes on without them, as its next lines say', source: ONESETTINGS },
  { code: '0x80040170', context: { phrase: 'Reading onesetting for tracing settings completed' }, why: 'setup reads its tracing settings from OneSettings, Microsoft\'s online configuration, and has none newer than its cache (CACHE_E_NOCACHE_UPDATED); it goes on with what it has', source: 'https://github.com/Appostarsi/WinErros/blob/eb5b04d112d921166d8d76e2c61ed82402add51a/Logs.zip (member setupact.log, line 98, as a Windows 10 to 11 upgrade starts)' },
  { code: '0x80070002', context: { phrase: 'audioendpointbuilder Upgrade key' }, why: 'audio migration finds no upgrade key to carry over, which the line itself reads as "most likely not an upgrade"', source: AUDIO_MIGRATION },
  { code: '0x80070002', context: { phrase: 'Windows Error Report' }, why: 'a file CBS wanted to attach to an error report was absent', source: NOTES },
  { code: '0x800F0805', context: { phrase: 'Failed to internally open package' }, why: 'CBS probing a file that is not a package (CBS_E_INVALID_PACKAGE)', source: LOGHUB },
  { code: '0x800F0805', context: { phrase: 'InternalOpenPackage failed for' }, why: 'a Windows Update agent session probing a package that is not one here (CBS_E_INVALID_PACKAGE): the first line of the chain', source: PROBE },
  { code: '0x800F0805', context: { phrase: 'Failed to create open package' }, why: 'a Windows Update agent session probing a package that is not one here (CBS_E_INVALID_PACKAGE)', source: PROBE },
  { code: '0x800F0805', context: { phrase: 'Failed to OpenPackage using worker session' }, why: 'a Windows Update agent session probing a package that is not one here (CBS_E_INVALID_PACKAGE): the last line of the chain', source: PROBE },
  { code: '0x800F080D', context: { phrase: 'Expecting attribute name' }, why: 'CBS reading a package manifest with an attribute this servicing stack does not know', source: LOGHUB },
  { code: '0x800F080D', context: { phrase: 'Failed to get next element' }, why: 'CBS reading a package manifest with an attribute this servicing stack does not know', source: LOGHUB },
  { code: '0x80004005', context: { phrase: 'SQM:' }, why: 'CBS could not upload its usage statistics (SQM)', source: LOGHUB },
  { code: '0x80070001', context: { phrase: 'Failed to create backup log cab' }, why: 'CBS could not compress an old log into a cab', source: LOGHUB },
  { code: '0x80070490', context: { phrase: 'Failed to read AutoRepairNeeded' }, why: 'idle maintenance reads a repair flag that is not set (ERROR_NOT_FOUND) and goes on with its work', source: AUTO_REPAIR },
  { code: '0x80070216', context: { phrase: 'ScavengingStarvation' }, why: 'CBS could not compute its report on store cleanup (scavenging) and goes on, as the line says', source: JROSE },
  { code: '0x80070216', context: { phrase: 'scavenging starvation' }, why: 'CBS could not compute its report on store cleanup (scavenging) and goes on, as the line says', source: JROSE },
  { code: '0x80070020', context: { phrase: 'to temp directory' }, why: 'CBS could not move a finished session\'s folder under CbsTemp aside and deletes it in place instead, as its next line says', source: CBS_TEMP },
  { code: '0x80070020', context: { phrase: 'will delete in-place instead' }, why: 'CBS could not move a finished session\'s folder under CbsTemp aside and deletes it in place instead, as the line says', source: CBS_TEMP },
  { code: '0x80070422', context: { phrase: 'Failed setting restore point' }, why: 'CBS sets a restore point before a package change; the restore service is disabled here (ERROR_SERVICE_DISABLED), so there is none, and the change goes on, as the next line says', source: RESTORE_POINT_OFF },
  { code: '0x80070422', context: { phrase: 'restore point - failed, ignoring and continuing' }, why: 'CBS goes on with the package change without a restore point, as the line says: the restore service is disabled here (ERROR_SERVICE_DISABLED)', source: RESTORE_POINT_OFF },
  { code: '0x80070490', context: { phrase: 'Failed to find package from aggreated XML string' }, why: SP1_WHY, source: SP1_APPLICABILITY },
  { code: '0x80070490', context: { phrase: 'Failed to find package from deployment update' }, why: SP1_WHY, source: SP1_APPLICABILITY },
  { code: '0x80070490', context: { phrase: 'Failed to check whether package is partially installed' }, why: SP1_WHY, source: SP1_APPLICABILITY },
  { code: '0x80070490', context: { phrase: 'Failed to evaluate external applicability for package update' }, why: SP1_WHY, source: SP1_APPLICABILITY },
  { code: '0x80070490', context: { phrase: 'Failed to call external evaluate applicability on package' }, why: SP1_WHY, source: SP1_APPLICABILITY },
  { code: '0x80070490', context: { phrase: 'Failed to read PreviousCurrentBuildNumber from the registry' }, why: 'CBS, ending a package change, reads the build number a feature update in progress would have saved; there is none (ERROR_NOT_FOUND), and the change completes', source: BUILD_NUMBERS },
  { code: '0x80070490', context: { phrase: 'Failed to read PendingCurrentBuildNumber from the registry' }, why: 'CBS, ending a package change, reads the build number a feature update in progress would have saved; there is none (ERROR_NOT_FOUND), and the change completes', source: BUILD_NUMBERS },
  { code: '0x80070002', context: { phrase: '$dpx$.tmp\\job.xml' }, why: 'DPX, the engine that downloads and expands an update, looks for the job file an earlier run would have left to resume; there is none, and it runs its phases from the start, as the next lines show', source: DPX_JOB },
  { code: '0x80070002', context: { phrase: 'Failed getting top level deployments' }, why: 'Disk Cleanup\'s Windows Update cleanup asks the component store for top-level deployments it does not hold, and goes on to find and remove superseded packages', source: CLEANUP_DEPLOYMENTS },
  { code: '0x80070002', context: { phrase: 'Failed to clear CorruptionDetectedDuringAcr store corrupt flag' }, why: 'a store repair that found nothing to repair clears a corruption flag that was never set; the repair completes with S_OK on the next lines', source: ACR_FLAG },
  { code: '0xFFFD0000', context: { phrase: '[SETUPUGC.EXE] Process returned with exit code' }, why: 'a command of the unattend file (a PowerShell script) ended with this exit code; setup runs such commands without examining their exit codes, as it says before it runs them, and goes on', source: UNATTEND_COMMANDS },
  // CBS's own bookkeeping around a store repair: the repair writes its result on lines of its own.
  { code: '0x80070008', context: { phrase: 'Failed to write store corruption detect and repair' }, why: 'CBS could not write its own event about a store repair; the repair reports its result elsewhere', source: ALBORZ },
  { code: '0x800706BA', context: { phrase: 'Failed Open Eventlog' }, why: 'CBS could not open the event log to gather events for its repair report (the event log service was out of reach)', source: ALBORZ },
  { code: '0x800706BA', context: { phrase: 'Failed to gather event log events' }, why: 'CBS could not open the event log to gather events for its repair report (the event log service was out of reach)', source: ALBORZ },
  { code: '0x80004005', context: { phrase: 'Failed to retrieve the Provider Instance' }, why: 'DISM asks for a provider this image or edition does not have, as it does when it loads providers', source: SETUP_IMAGE },
  { code: '0x80070490', context: { phrase: 'servicing stack directory in online store' }, why: 'servicing an offline image, CBS finds no servicing stack for it in the running system\'s store and uses the image\'s own', source: SETUP_IMAGE },
  { code: '0x80070490', context: { phrase: 'Failed to find a matching version for servicing stack' }, why: 'servicing an offline image, CBS finds no servicing stack for it in the running system\'s store and uses the image\'s own', source: SETUP_IMAGE },
  { code: '0x80070005', context: { phrase: 'Failed to unload offline registry' }, why: 'an offline image\'s registry hive is still open by its client when CBS would unload it, as the line says', source: SETUP_IMAGE },
  { code: '0xC142011C', context: { method: 'WIMGetMountedImageHandle' }, why: 'DISM checks whether the target is a mounted WIM image; it is not, and DISM goes on', source: WIM_PROBE },
  { code: '0xC142011C', context: { method: 'UnmarshallImageHandleFromDirectory' }, why: 'DISM checks whether the target is a mounted WIM image; it is not, and DISM goes on', source: WIM_PROBE },
  { code: '0x80070002', context: { phrase: 'Failed to archive the log file' }, why: 'DISM could not move its previous log aside and goes on writing to it, as the line says', source: LOG_ARCHIVE },
  { code: '0x800706B5', context: { phrase: 'Failed to create Setup SQM task' }, why: 'setup could not schedule its usage-statistics (SQM) task; setup itself went on and ended with code 0x0', source: SETUP_SQM },
  { code: '0x80070044', context: { phrase: 'Failed to find capability by name' }, why: 'a program asks DISM to remove a capability this Windows does not have (la57setup.exe and Disk Cleanup take out Windows.Kernel.LA57 where it is installed); DISM warns that there is none, and there is nothing to remove', source: LA57_REMOVAL },
  { code: '0x8007007B', context: { method: 'FIOReadFileIntoBuffer' }, why: 'DISM checks whether the target is a mounted WIM image by reading the mount\'s own file; there is none', source: WIM_PROBE },
  { code: '0x80070002', context: { method: 'FIOReadFileIntoBuffer' }, why: 'DISM checks whether the target is a mounted WIM image by reading the mount\'s own file; there is none', source: WIM_PROBE },
  { code: '0x8007007E', context: { phrase: 'provider' }, why: 'DISM probes providers that this edition does not have', source: NOTES },
  { code: '0x8007007E', context: { phrase: 'Provider' }, why: 'DISM probes providers that this edition does not have', source: NOTES },
  // Later entries: a code's contexts are tried in list order, so the ones its lines hold most often come first.
  { code: '0x80070002', context: { phrase: 'Code integrity footprint file not found' }, why: 'DISM provisioning an app finds no code integrity footprint file for one of its packages: the library writes it as a message ([Msg]), and provisioning goes on', source: APPX_FOOTPRINT },
  { code: '0x80070057', context: { method: 'Time_InternalToPublic' }, why: 'the DISM API, listing packages for a program, cannot convert one package\'s install time, and lists the packages', source: PACKAGE_TIMES },
  { code: '0x800F080C', context: { method: 'CDISMPackage::Internal_OpenFeature' }, why: 'the servicing stack has no feature of the name a program asked about', source: FEATURE_QUERY },
  { code: '0x800F080C', context: { method: 'CDISMPackage::OpenFeature' }, why: 'the servicing stack has no feature of the name a program asked about', source: FEATURE_QUERY },
  { code: '0x800F080C', context: { method: 'CGetFeatureInfoCommandObject' }, why: 'a program asked DISM whether a feature is installed (DismGetFeatureInfo) that this Windows does not have; DISM answers that the feature is unknown, and nothing is installed or changed', source: FEATURE_QUERY },
  { code: '0x800F080C', context: { method: 'InternalExecute failed - CBaseCommandObject::Execute' }, why: 'the DISM API passing on the unknown-feature answer of the command it ran', source: FEATURE_QUERY },
  { code: '0x800F080C', context: { method: 'CDisableFeatureCommandObject::InternalExecute' }, why: 'a program asks DISM to turn off a feature this Windows does not have (Windows-Defender-Default-Definitions, which Defender asks about once a day); DISM answers that the feature is unknown, and nothing changes', source: DEFENDER_DISABLE },
  { code: '0x800F080C', context: { method: 'DismDisableFeatureInternal' }, why: 'the DISM API passing on to the program its answer that the feature to turn off is unknown', source: DEFENDER_DISABLE },
  { code: '0x80070002', context: { phrase: 'Error retrieving setup platform result' }, why: 'after a rollback, the setup host finds no result of the setup platform to read and reports the rollback\'s own code on its next lines', source: ROLLBACK_RESULT },
  { code: '0x80131502', context: { method: 'CSetupHost::ExecuteDiagnosticAnalysis' }, why: 'the setup host\'s own analysis of the failure it has just reported (SetupDiag.exe) fails in turn, with a .NET error; the failure is the code reported before it', source: SETUP_AFTERMATH },
  { code: '0x80131502', context: { phrase: 'Diagnostic tool execution result' }, why: 'the setup host\'s own analysis of the failure it has just reported (SetupDiag.exe) fails in turn, with a .NET error; the failure is the code reported before it', source: SETUP_AFTERMATH },
  { code: '0x80131502', context: { phrase: '[DiagnosticAnalysisResult]' }, why: 'the setup host\'s telemetry of its own analysis of the failure (SetupDiag.exe), which failed in turn; the failure is the code reported before it', source: SETUP_AFTERMATH },
  { code: '0x80070003', context: { method: 'CSetupHost::ExecuteDiagnosticAnalysis' }, why: 'the setup host\'s own analysis of the failure it has just reported finds no path it reads; the failure is the code reported before it', source: SETUP_AFTERMATH },
  { code: '0x80070057', context: { phrase: 'Failed to merge telemetry file' }, why: 'setup could not merge a trace file of its own telemetry into its diagnostics data', source: SETUP_AFTERMATH },
  { code: '0x80070003', context: { phrase: 'Failed to load oobe.xml file at' }, why: 'the first-run screens look for a maker\'s oobe.xml in each folder it may stand in, one after another; a machine without one has none in any', source: OOBE_XML },
  { code: '0x80070002', context: { phrase: "file not found 'oem" }, why: 'a program asks DISM for a driver by its published name (oemNN.inf), which the driver store no longer holds; DISM answers that it is not found and the program asks for the next driver', source: DRIVER_QUERY },
  { code: '0x80070002', context: { phrase: 'DisableWerReporting flag' }, why: 'CBS writing a failure report finds no DisableWerReporting setting and, as the line says, takes it as not set', source: WER_FLAG },
  { code: '0x80070490', context: { phrase: 'Assuming that this is not boot critical' }, why: 'DISM reading a driver finds no boot-critical setting for its class in the driver store and, as the line says, takes the driver as not boot critical', source: BOOT_CRITICAL },
  { code: '0x800F080C', context: { phrase: 'Failed to get internal update:' }, why: 'a program asks the servicing stack for an update by a name its package does not hold (Windows-Defender-Default-Definitions, once a day); the stack answers that the name is unknown, and nothing is installed or changed', source: INTERNAL_UPDATE },
  { code: '0xC00000A2', context: { phrase: 'HarddiskVolumeShadowCopy' }, why: 'a registry hive opened from a volume shadow copy, as its path says, cannot start its transaction log there: the snapshot is read-only (write-protected)', source: SHADOW_COPY_HIVE },
  { code: '0x83750009', context: { phrase: 'Failed to get the onesettings value' }, why: 'CBS reads a setting of its store cleanup from OneSettings, Microsoft\'s online configuration, which holds none for this machine; it takes the default, as its next line says', source: CBS_ONESETTINGS },
  { code: '0x80070002', context: { phrase: 'store corruption status report is incomplete' }, why: 'CBS, reporting a package change it has made, finds no store corruption status to put in the report; the change itself completes on the lines around it', source: CORRUPTION_REPORT },
  { code: '0x80070002', context: { method: 'DetermineIfReRegisterOnUpgrade' }, why: 'sysprep\'s app step on a new image finds no setup applications key and, as the line says, assumes that apps are to be registered again', source: SPECIALIZE_APPS },
  { code: '0x80070001', context: { phrase: 'WofEnumWimEntries failed' }, why: 'setup, installing the recovery environment, asks which WIM files back the volume (WIMBoot); this volume has none to list, and setup goes on', source: SPECIALIZE_WINRE },
  { code: '0x80070002', context: { phrase: 'PoqexecCmdline registry key' }, why: POQEXEC_UNSAVED, source: SPECIALIZE_WINRE },
  { code: '0x80070002', context: { phrase: 'Failed to get poqexec cmdline' }, why: POQEXEC_UNSAVED, source: SPECIALIZE_WINRE },
  { code: '0x80070490', context: { method: 'PushButtonReset::OEMConnection::Create' }, why: OEM_IMAGE_UNOFFERED, source: RESET_OEM_ENDPOINT },
  { code: '0x80070490', context: { phrase: 'Failed to create connection of type [1]' }, why: OEM_IMAGE_UNOFFERED, source: RESET_OEM_ENDPOINT },
  { code: '0x80070490', context: { phrase: 'Endpoint not available' }, why: 'Reset this PC\'s answer to whether the PC\'s maker offers a cloud image: not available, as there is no maker\'s plugin', source: RESET_OEM_ENDPOINT },
  { code: '0x8004100A', context: { phrase: 'Failed to load reporting information from Win32_' }, why: 'the Windows Update agent gathering data about the PC for its reports cannot read one WMI class, and goes on without it', source: REPORTING_WMI },
  { code: '0x80004005', context: { phrase: 'Action=AutoActivate' }, why: 'Windows\' automatic activation (Software Protection) failed; a licensing matter, which no update waits on', source: SPP_ACTIVATION },
  { code: '0xC0000022', context: { phrase: 'AppLocker\\AppCache.dat' }, why: 'the registry hive of AppLocker\'s cache cannot start its transaction log (access denied); the hive is AppLocker\'s own, and no update uses it', source: APPLOCKER_HIVE },
  { code: '0x8007012F', context: { phrase: 'store object that is already going to be deleted' }, why: 'CBS, evaluating a package\'s applicability, reads a value of a store object that is already marked for deletion, and goes on with the next package', source: CBS_26100 },
  { code: '0x80070002', context: { phrase: 'Failed to query registry value: CbsArmAfterReboot' }, why: 'CBS, finishing its startup processing, finds no CbsArmAfterReboot value in the registry, and completes its startup processing on the next line', source: CBS_26100 },
  { code: '0x80070002', context: { phrase: 'Failed to query registry value: TiAttemptedInitialization' }, why: 'TrustedInstaller, its startup processing completed, finds no TiAttemptedInitialization value in the registry, and goes on', source: CBS_26100 },
  { code: '0x80070002', context: { phrase: 'Failed to extract file desktopdeployment.cab from cabinet' }, why: 'CBS looks in a servicing stack\'s cabinet for a deployment cabinet it does not hold, and installs the stack from it all the same', source: SSU_PROBE },
  { code: '0x80070002', context: { phrase: 'Failed to extract file TOC.xml from cabinet' }, why: 'CBS looks in a servicing stack\'s cabinet for a table of contents it does not hold, and installs the stack from it all the same', source: SSU_PROBE },
  { code: '0x80070002', context: { method: 'CInstallUI::GetDefaultLanguage' }, why: 'setup\'s own window finds no default language set for its pages, and setup goes on to its next steps', source: SETUP_UI_LANGUAGE },
  { code: '0x80070490', context: { phrase: 'time performance datapoint is invalid' }, why: 'CBS\'s usage-statistics report of a package change it has ended finds no timing for one of its phases; the change\'s own result is on the lines before', source: CBS_SQM_DATAPOINTS },
  { code: '0x80040154', context: { phrase: 'Failed to initialize Win SAT assessment' }, why: 'CBS\'s usage-statistics report of a package change asks for the disk score of the Windows System Assessment Tool, whose class is not registered here; the change\'s own result is on the lines before', source: CBS_SQM_DATAPOINTS },
  { code: '0x80040154', context: { phrase: 'average disk throughput datapoint is invalid' }, why: 'CBS\'s usage-statistics report of a package change has no disk score to put in it, as the assessment tool could not be started', source: CBS_SQM_DATAPOINTS },
  { code: '0x80070020', context: { phrase: '.NET Runtime Optimization Service' }, why: 'the .NET native image service could not precompile an assembly, whose file was in use; the assembly runs without its native image, and no update waits on it', source: NGEN_COMPILE },
  { code: '0x8007007E', context: { phrase: '.NET Runtime Optimization Service' }, why: 'the .NET native image service could not precompile an assembly, as a module it needs is missing; the assembly runs without its native image, and no update waits on it', source: NGEN_COMPILE },
  { code: '0x80070490', context: { phrase: 'Failed to read RptTime time value' }, why: STARTUP_TIMES, source: CBS_22621 },
  { code: '0x80070490', context: { phrase: 'Failed to read RptCount count value' }, why: STARTUP_TIMES, source: CBS_22621 },
  { code: '0x80070490', context: { phrase: 'Failed to read DoqTime time value' }, why: STARTUP_TIMES, source: CBS_22621 },
  { code: '0x80070490', context: { phrase: 'Failed to read DoqCount count value' }, why: STARTUP_TIMES, source: CBS_22621 },
  { code: '0x80070490', context: { phrase: 'Unable to find edition based selectable items that were removed offline' }, why: 'CBS, at the end of its startup processing, looks for optional features removed from the image offline; there are none (ERROR_NOT_FOUND), and the processing completes with S_OK', source: CBS_22621 },
  { code: '0x80070002', context: { phrase: 'Failed reading SetupExecute registry key' }, why: 'CBS, processing at shutdown, finds no SetupExecute value (nothing set for setup to run), takes the state as not set, as its line before says, and completes its shutdown processing', source: CBS_22621 },
  { code: '0x80070005', context: { phrase: 'Failed administrator access check' }, why: 'a caller that is not an administrator (the Settings app listing Features on Demand) asks CBS for their applicability; CBS, as its next lines say, skips impersonation for the listing and goes on', source: FOD_ENUMERATION },
  { code: '0x80070002', context: { phrase: 'Not able to read BranchName' }, why: INSIDER_UNSET, source: FOD_ENUMERATION },
  { code: '0x80070002', context: { phrase: 'Not able to read ContentType' }, why: INSIDER_UNSET, source: FOD_ENUMERATION },
  { code: '0x80070002', context: { phrase: 'Not able to read Ring' }, why: INSIDER_UNSET, source: FOD_ENUMERATION },
  { code: '0x80070002', context: { phrase: 'Not able to get WU country code' }, why: 'a DISM session starting finds no country code from Windows Update and, as the line says, skips setting one', source: WU_COUNTRY_CODE },
  { code: '0x8007000D', context: { phrase: 'lower than last tick count' }, why: 'CBS\'s progress report of a long operation (a store repair) sees its tick count go back and warns; the operation goes on and reports its own result', source: TICK_COUNT },
  { code: '0xD0000034', context: { phrase: 'Failed to publish WNF_SPLT_SYSTEM_UPDATE_STATE' }, why: 'CBS, setting its servicing-in-progress flag, cannot publish the matching system notification (its name is not found, STATUS_OBJECT_NAME_NOT_FOUND) and goes on with its startup processing, as the next line shows', source: WNF_UPDATE_STATE },
  { code: '0x80070002', context: { phrase: 'SPRestoreBootTimeout: Failed to read the boot manager timeout' }, why: 'setup, as it ends, finds no boot manager timeout saved in its SetupPlatform.ini to put back, and ends well all the same', source: SETUP_END },
  { code: '0x800401F0', context: { phrase: 'SppDeleteSnapshots failed' }, why: 'setup, as it ends, cannot delete its SPP snapshots (CO_E_NOTINITIALIZED) and ends well all the same, as setupact.log shows', source: SETUP_END },
  { code: '0x800700E8', context: { phrase: 'Swallowing error [0x800700e8] for [DatasourceWuDriver]' }, why: 'setup\'s compatibility appraiser finds no driver coverage data from Windows Update to read (the line before says it is not populated) and, as the line says, swallows the error and goes on to its next tier', source: APPRAISER_SWALLOWED },
];
