import { beforeAll, describe, expect, it } from 'vitest';
import { composeReply } from '../../src/reply/compose.ts';
import { analyze, knowledgeFromCatalog, type Report } from '../../src/analyzer/index.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import type { ReplyData } from '../../src/reply/data.ts';
import { bytesInput, fixtureInput } from '../analyzer/helpers.ts';
import { SITE, caseSetup } from './setup.ts';

let catalog: Catalog;
let data: ReplyData;
let report: Report;
let zh: { text: string; markdown: string };
let en: { text: string; markdown: string };

beforeAll(async () => {
  ({ catalog, data, report } = await caseSetup());
  zh = composeReply(report, data, 'zh-CN', SITE);
  en = composeReply(report, data, 'en', SITE);
});

const lines = (text: string) => text.split('\n');

describe('the reply to the support case, in Chinese', () => {
  it('is titled as the analysis of an update failure', () => {
    expect(lines(zh.text)[0]).toBe('Windows 更新失败日志分析');
    expect(lines(en.text)[0]).toBe('Windows update failure: log analysis');
  });

  it('counts the failed attempts by outcome, with their dates', () => {
    expect(zh.text).toContain('2022-10-12 至 2022-10-28 共 6 次安装失败');
    expect(lines(zh.text)).toContain('- 0x80070570 ERROR_FILE_CORRUPT ×4（2022-10-13 至 2022-10-28）');
    expect(lines(zh.text)).toContain('- 0x8024001E WU_E_SERVICE_STOP ×1（2022-10-27）');
    expect(lines(zh.text)).toContain('- 0x80070490 ERROR_NOT_FOUND ×1（2022-10-12）');
  });

  it('states the CBS failure with its package and phase', () => {
    expect(zh.text).toContain('case/CBS.log：2022-10-27 08:38:33，处理更新包 Windows10.0-KB5016623-x64.cab（DPX: Apply Deltas Provided In File）失败，错误为 0x800F0821 CBS_E_ABORT。');
    expect(en.text).toContain('case/CBS.log: at 2022-10-27 08:38:33, processing the package Windows10.0-KB5016623-x64.cab (DPX: Apply Deltas Provided In File) failed with 0x800F0821 CBS_E_ABORT.');
  });

  it('explains each code with the article summary and its primary name, never the low-word reading', () => {
    const article = catalog.articles.find((a) => a.code.toUpperCase() === '0X8024001E')!;
    const line = lines(zh.text).find((l) => l.startsWith('- 0x8024001E WU_E_SERVICE_STOP：'))!;
    expect(line).toContain(`0x8024001E WU_E_SERVICE_STOP：${article.summary['zh-CN']}`);
    expect(line).toContain(`<${SITE}codes/0x8024001e/>`);
    expect(zh.text).not.toMatch(/0x8024001E ERROR_READ_FAULT/);
    // 0x802400FF has no public name: it is shown without one
    expect(lines(zh.text).find((l) => l.startsWith('- 0x802400FF'))).toMatch(/^- 0x802400FF：/);
  });

  it('names the root cause and says the companion codes are the same failure', () => {
    expect(zh.text).toContain('主要原因是 0x80070570 ERROR_FILE_CORRUPT：它是 4 次安装失败的结果代码。');
    const companions = lines(zh.text).find((l) => l.includes('是同一次失败在上层的反映'))!;
    for (const c of ['0x8024000B', '0x80242008', '0x802400FF']) expect(companions).toContain(c);
    expect(companions).toContain('2022-10-27');
  });

  it('lists every step of the recommended runbook as a numbered line with its deep link', () => {
    const runbook = catalog.runbooks.find((r) => r.id === report.runbooks[0].id)!;
    expect(runbook.id).toBe('offline-install-with-hash-check');
    runbook.steps.forEach((step, i) => {
      expect(lines(zh.text)).toContain(`${i + 1}. ${step.title['zh-CN']} <${SITE}runbooks/${runbook.id}/#step-${i + 1}>`);
    });
    expect(zh.text).not.toContain(`#step-${runbook.steps.length + 1}>`);
  });

  it('writes the SHA-256 from the catalog and links the KB page to check it against', () => {
    const kb = catalog.kbs.find((k) => k.kb === 'KB5016623')!;
    expect(kb.sha256).toMatch(/^[0-9A-F]{64}$/i);
    expect(lines(zh.text)).toContain(`SHA-256：${kb.sha256!.toUpperCase()}`);
    expect(zh.text).toContain(`<${SITE}kb/kb5016623/>`);
    expect(zh.text).toContain(`安装后的内部版本：${kb.osBuild}`);
  });

  it('says what to send back, from the runbook', () => {
    const runbook = catalog.runbooks.find((r) => r.id === 'offline-install-with-hash-check')!;
    expect(zh.text).toContain(runbook.escalate['zh-CN']);
    expect(zh.text).toContain('redacted-logs.zip');
  });

  it('is Chinese text with no English section titles and no English links', () => {
    expect(lines(zh.text)).toEqual(expect.arrayContaining(['日志显示', '代码含义', '判断', '建议的处理步骤', '请回传']));
    expect(zh.text).not.toContain('What the logs show');
    expect(zh.text).not.toContain(`${SITE}en/`);
  });
});

describe('the reply in English and as Markdown', () => {
  it('links the English pages and uses English words', () => {
    expect(en.text).toContain('6 failed install attempts from 2022-10-12 to 2022-10-28');
    expect(en.text).toContain(`<${SITE}en/runbooks/offline-install-with-hash-check/#step-1>`);
    expect(en.text).toContain(`<${SITE}en/kb/kb5016623/>`);
    expect(en.text).not.toMatch(/[\u4e00-\u9fff]{2}.*安装/);
  });

  it('makes Markdown links and code spans, and keeps the plain text free of Markdown', () => {
    expect(zh.markdown).toContain(`1. [${data.runbooks['offline-install-with-hash-check'].steps[0].title['zh-CN']}](${SITE}runbooks/offline-install-with-hash-check/#step-1)`);
    expect(zh.markdown).toContain('`0x80070570` `ERROR_FILE_CORRUPT` ×4');
    expect(zh.markdown).toContain(`\`${data.kbs.KB5016623.sha256!.toUpperCase()}\``);
    expect(zh.markdown).toMatch(/^### 日志显示$/m);
    expect(zh.text).not.toContain('](');
    expect(zh.text).not.toContain('`');
  });

  it('escapes Markdown characters in text it did not write', () => {
    // `SoftwareDistribution\Download` in a step title must not lose its backslash
    expect(zh.markdown).toContain('SoftwareDistribution\\\\Download');
  });

  it('honours a site address with or without a trailing slash', () => {
    const bare = composeReply(report, data, 'zh-CN', SITE.replace(/\/$/, ''));
    expect(bare.text).toBe(zh.text);
  });
});

describe('replies to other logs', () => {
  it('says the Windows update recovered and a Store app\'s failure was set aside (a real System.evtx)', async () => {
    const report = await analyze([fixtureInput('../binary/System-wuclient.evtx')], knowledgeFromCatalog(catalog));
    // KB2267602 failed with 0x80240016 and then installed; the Microsoft Store app's 0x80073D02 is set aside
    expect([report.verdict.state, report.rootCause]).toEqual(['recovered', null]);
    const reply = composeReply(report, data, 'zh-CN', SITE);
    expect(reply.text).toContain('- 0x80240016 WU_E_INSTALL_NOT_ALLOWED ×1（2025-06-08）');
    expect(reply.text).toContain('KB2267602 已于 2025-06-08 安装成功');
    expect(reply.text).toContain('另有 1 次 Microsoft Store 应用的更新失败；应用不是 Windows 更新，不计入判断');
    expect(reply.text).not.toContain('0x80073D02');
  });

  it('does not list the cause, nor a wrapper, among the codes that only reflect it', async () => {
    const report = await analyze([fixtureInput('samples/real-45-windowsupdate.log')], knowledgeFromCatalog(catalog));
    // the installer's 0x80070643 is a wrapper outcome: the cause is the code under it
    expect(report.rootCause?.code).toBe('0x800F0828');
    const reply = composeReply(report, data, 'en', SITE);
    const reflected = reply.text.split('\n').filter((l) => l.includes('the same failure'));
    expect(reflected).toHaveLength(1);
    expect(reflected[0]).not.toContain('0x800F0828');
    expect(reflected[0]).not.toContain('0x8024200B');
    expect(reply.text).toMatch(/0x8024200B WU_E_UH_INSTALLERFAILURE only passes on the failure above \(wrapper code\)/);
  });

  it('says the cause stands beneath the wrapper code the logs section counts the attempt by', async () => {
    const report = await analyze([fixtureInput('samples/real-45-windowsupdate.log')], knowledgeFromCatalog(catalog));
    const en = composeReply(report, data, 'en', SITE).text;
    expect(en).toContain('- 0x80070643 ERROR_INSTALL_FAILURE ×1 (2024-05-02)');
    expect(en).toContain('The main cause is 0x800F0828: the outcome of 1 failed install attempt is given as 0x80070643 ERROR_INSTALL_FAILURE, a wrapper code');
    // said once: the wrapper is not repeated among the codes that only pass the failure on
    expect(en).not.toMatch(/0x80070643 ERROR_INSTALL_FAILURE[^\n]*only pass/);
    const zh = composeReply(report, data, 'zh-CN', SITE).text;
    expect(zh).toContain('主要原因是 0x800F0828：1 次安装失败的结果代码是 0x80070643 ERROR_INSTALL_FAILURE，它只是包装代码');
  });

  it('does not take a wrapper met beside the cause for the outcome it stands beneath', async () => {
    // real-12's NVIDIA driver failed with 0x8024200B; real-45's KB5034441 mentions that code beside its own outcome
    const report = await analyze(['samples/real-45-windowsupdate.log', 'samples/real-12-events.txt'].map((f) => fixtureInput(f)), knowledgeFromCatalog(catalog));
    const en = composeReply(report, data, 'en', SITE).text;
    expect(en).toContain('is given as 0x80070643 ERROR_INSTALL_FAILURE, a wrapper code,');
    expect(en).toContain('0x8024200B WU_E_UH_INSTALLERFAILURE only passes on the failure above');
  });

  it('gives the runbook of a problem a check found and nothing repaired, though no install failed of it', async () => {
    const report = await analyze([fixtureInput('samples/real-43-cbs.log')], knowledgeFromCatalog(catalog));
    expect(report.verdict.standing?.map((s) => s.runbook)).toEqual(['component-store-repair']);
    const reply = composeReply(report, data, 'zh-CN', SITE);
    expect(reply.text).toContain('建议的处理步骤');
    expect(reply.text).toContain(`${SITE}runbooks/component-store-repair/#step-1`);
  });

  it('says that failures of DISM commands on another image were set aside', async () => {
    const report = await analyze([fixtureInput('samples/real-50-dism.log')], knowledgeFromCatalog(catalog));
    const reply = composeReply(report, data, 'en', SITE);
    expect(reply.text).toContain("A DISM command on another image (a WIM file, or an image mounted in a folder) failed; that says nothing of this machine's updates");
    expect(reply.text).not.toContain('ERROR_INVALID_PARAMETER');
  });

  it('gives the phase and operation setup failed in, from the extend code it reported the cause with', async () => {
    const report = await analyze([fixtureInput('samples/real-52-setupact.log')], knowledgeFromCatalog(catalog));
    expect(report.rootCause?.code).toBe('0xC1900101');
    expect(composeReply(report, data, 'en', SITE).text).toContain('Setup reported it with extend code 0x30018: phase SP_EXECUTION_FIRST_BOOT, operation SP_EXECUTION_OP_SYSPREP.');
    expect(composeReply(report, data, 'zh-CN', SITE).text).toContain('安装程序报告此错误时附带扩展代码 0x30018：阶段 SP_EXECUTION_FIRST_BOOT，操作 SP_EXECUTION_OP_SYSPREP。');
  });

  it('says an update failed to download and with which code, not that the logs hold only successes', async () => {
    // Lines 2670 and 3904 of github.com/findingsanity/Logs (commit 3b83ebea), WindowsUpdate.log
    const log = [
      '2021/07/13 15:04:05.5566469 576   8980  DownloadManager *FAILED* [80D05001] Error occurred while downloading update 4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200; notifying dependent calls.',
      '2021/07/13 18:08:48.8688284 752   6180  Handler         Completed install of CBS update with type=3, requiresReboot=1, installerError=0, hr=0x0',
    ].join('\r\n');
    const report = await analyze([bytesInput('WindowsUpdate.log', log)], knowledgeFromCatalog(catalog));
    const zh = composeReply(report, data, 'zh-CN', SITE).text;
    expect(zh).toContain('有更新下载失败，此后日志中没有再下载或安装过它，下载失败时的代码：');
    expect(lines(zh)).toContain('- 0x80D05001 DO_E_HTTP_BLOCKSIZE_MISMATCH ×1');
    expect(zh).toContain('下载失败的原因是 0x80D05001 DO_E_HTTP_BLOCKSIZE_MISMATCH：');
    expect(zh).not.toContain('日志中只有安装成功的记录');
    expect(zh).not.toContain('日志中没有完整的安装记录');
    const en = composeReply(report, data, 'en', SITE).text;
    expect(en).toContain('The download failed with 0x80D05001 DO_E_HTTP_BLOCKSIZE_MISMATCH: it is the code the log gives where the download of the update failed.');
  });

  it('lists the servicing failures still open, not those a later run of the same command outlived', async () => {
    // github.com/Appostarsi/WinErros (commit eb5b04d1), dism_5_23.log lines 6077, 6184-6185, 6229, 7099 and 7247; then
    // lines 6926, 7033 and 7077 (a scan that failed), moved ten minutes later to stand after the repair that worked
    const log = [
      '2023-05-23 02:23:03, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth',
      '2023-05-23 02:23:06, Info                  DISM   DISM Package Manager: PID=15940 TID=11164  Error in operation: (null) (CBS HRESULT=0x800f0821) - CCbsConUIHandler::Error',
      '2023-05-23 02:23:06, Error                 DISM   DISM Package Manager: PID=15940 TID=3152 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f0821)',
      '2023-05-23 02:23:06, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
      '2023-05-23 02:39:58, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /restorehealth',
      '2023-05-23 02:45:10, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
      '2023-05-23 02:47:33, Info                  DISM   DISM.EXE: Executing command line: dism  /online /cleanup-image /scanhealth',
      '2023-05-23 02:48:46, Error                 DISM   DISM Package Manager: PID=10160 TID=6292 Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800706be)',
      '2023-05-23 02:48:46, Info                  DISM   DISM.EXE: Image session has been closed. Reboot required=no.',
    ].join('\r\n');
    const report = await analyze([bytesInput('dism.log', log)], knowledgeFromCatalog(catalog));
    const reply = composeReply(report, data, 'en', SITE).text;
    expect(reply).toContain('dism.log: at 2023-05-23 02:48:46, a servicing operation (dism  /online /cleanup-image /scanhealth) failed with 0x800706BE');
    expect(reply).not.toContain('/restorehealth) failed');
  });

  it('says why it cannot tell when nothing could be read, and not that no install failed', async () => {
    const trace = await analyze([fixtureInput('../binary/etl/setup-first-16k.etl')], knowledgeFromCatalog(catalog));
    const reply = composeReply(trace, data, 'zh-CN', SITE);
    expect(reply.text).toContain('这些文件中没有本工具认识的日志记录');
    expect(reply.text).not.toContain('日志中没有找到失败的安装记录。');
  });

  it('says plainly when the files are no log it knows, with no empty section', async () => {
    const empty = await analyze([bytesInput('notes.txt', 'nothing to see here\r\n')], knowledgeFromCatalog(catalog));
    const reply = composeReply(empty, data, 'zh-CN', SITE);
    expect(reply.text).toContain('这些文件中没有本工具认识的日志记录');
    expect(reply.text).not.toContain('日志中没有找到失败的安装记录。');
    expect(reply.text).toContain('日志范围：1 个文件；期间没有安装记录。');
    expect(reply.text).not.toContain('建议的处理步骤');
    expect(reply.text).not.toContain('代码含义');
    expect(reply.text).not.toContain('补丁包核对信息');
    expect(reply.text).not.toMatch(/\n\n\n/);
  });

  it('places a servicing failure with no time by its line, and decodes a code with no name by its bits', async () => {
    const setup = await caseSetup(['samples/real-14-setupact.log']);
    const episode = setup.report.servicing[0];
    expect(episode.outcome.time).toBeUndefined();
    const reply = composeReply(setup.report, setup.data, 'zh-CN', SITE);
    expect(reply.text).toContain(`samples/real-14-setupact.log：第 ${episode.outcome.line} 行，服务操作失败，错误为 ${episode.code}`);
    const unnamed = setup.report.codes.find((c) => c.names.length === 0 && !setup.data.codes[c.code])!;
    const line = lines(reply.text).find((l) => l.startsWith(`- ${unnamed.code}：`))!;
    expect(line).toContain(`按位解码：设施 ${unnamed.structure.facility}，代码 0x${unnamed.structure.code.toString(16).toUpperCase()}`);
    // no page of its own: the link asks the site's lookup
    expect(line).toContain(`<${SITE}?q=${unnamed.code}>`);
  });

  it('gives a code no table names the name its own log line prints, saying whose word it is', async () => {
    // as Windows wrote it, quoted in mrodalgaard/language-log spec/log-spec.coffee (b806eec3, line 366)
    const line = '2015-08-13 11:50:04, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0816 - CBS_E_DPX_JOB_STATE_SAVED]\n';
    const own = await analyze([bytesInput('CBS.log', line)], knowledgeFromCatalog(catalog));
    const said = (lang: 'zh-CN' | 'en') => lines(composeReply(own, data, lang, SITE).text).find((l) => l.startsWith('- 0x800F0816'))!;
    expect(said('en')).toContain('The log itself prints it as CBS_E_DPX_JOB_STATE_SAVED, a name none of the public headers and documents this site draws on gives; by its bits: facility');
    expect(said('zh-CN')).toContain('日志本身在它后面写出的名称是 CBS_E_DPX_JOB_STATE_SAVED');
  });

  it('warns when the logs only show the update installed (the wrong machine)', async () => {
    const event = [
      'Event[0]:',
      '  Log Name: System',
      '  Source: Microsoft-Windows-WindowsUpdateClient',
      '  Date: 2022-10-11T09:00:00.0000000Z',
      '  Event ID: 19',
      '  Level: Information',
      '  Description: ',
      'Installation Successful: Windows successfully installed the following update: 2022-08 Cumulative Update for Windows 10 Version 1809 for x64-based Systems (KB5016623)',
      '',
    ].join('\r\n');
    const ok = await analyze([bytesInput('System.txt', event)], knowledgeFromCatalog(catalog));
    expect(ok.attempts.filter((a) => a.status === 'succeeded')).toHaveLength(1);
    const reply = composeReply(ok, data, 'zh-CN', SITE);
    expect(reply.text).toContain('日志中只有安装成功的记录（KB5016623，2022-10-11），没有失败。请确认日志来自出错的那台电脑。');
    expect(reply.text).not.toContain('主要原因是');
    // The case's first round trip: say the machine is fine, and ask for the one that fails.
    expect(reply.text).toContain('日志显示这台电脑的更新是正常的');
    expect(reply.text).toContain('日志范围：1 个文件，2022-10-11；期间安装成功：KB5016623。');
    expect(lines(reply.text)).toContain('- 出错那台电脑的日志（这批日志里没有仍在失败的更新，可能来自另一台电脑）');
    expect(reply.text).not.toContain('建议的处理步骤');
    const english = composeReply(ok, data, 'en', SITE).text;
    expect(english).toContain('The logs show a healthy machine');
    // No update fails here: the title does not say one does.
    expect(lines(reply.text)[0]).toBe('Windows 更新与维护日志分析');
    expect(lines(english)[0]).toBe('Windows update and servicing: log analysis');
    expect(lines(english)).toContain('- the logs of the machine that fails (nothing in these logs is still failing: they may come from another machine)');
  });

  it('names each update still failing where there are several, not the one most failures name', async () => {
    const setup = await caseSetup(['samples/real-41-cbs.log', 'samples/real-45-windowsupdate.log', 'samples/real-12-events.txt', 'samples/real-51-dism.log']);
    // the events' Windows 11 feature update failed three times, the WindowsUpdate.log's KB5034441 once; the NVIDIA driver's failures were recovered
    expect(lines(composeReply(setup.report, setup.data, 'zh-CN', SITE).text)).toContain('涉及 2 项更新：Windows 11, version 22H2；KB5034441。');
    const en = composeReply(setup.report, setup.data, 'en', SITE).text;
    expect(lines(en)).toContain('2 updates concerned: Windows 11, version 22H2; KB5034441.');
    expect(en).not.toContain('Update concerned: ');
  });

  it('says what failed and what fixed it when every failure was followed by a success of the same update', async () => {
    const setup = await caseSetup(['corpus/recovered/events-v2-nvidia-retry.txt']);
    expect(setup.report.verdict.state).toBe('recovered');
    const zhReply = composeReply(setup.report, setup.data, 'zh-CN', SITE).text;
    expect(zhReply).toContain('日志中的失败后来都恢复了');
    // the list says what it is, then each failure and its later success
    const zh = lines(zhReply);
    expect(zh[zh.indexOf('- 0x80240009 NVIDIA - Display - 31.0.15.1694：2023-05-22 08:22:09 UTC 失败，2023-05-22 08:23:09 UTC 成功') - 1]).toBe('先失败、之后又成功的：');
    expect(zhReply).not.toContain('主要原因是');
    const enReply = composeReply(setup.report, setup.data, 'en', SITE).text;
    expect(lines(enReply)).toContain('- 0x8024200B NVIDIA - Display - 31.0.15.1694: failed 2023-05-22 08:22:20 UTC, succeeded 2023-05-22 08:23:09 UTC');
    expect(lines(enReply)).toContain('Failed, then succeeded later:');
  });

  it('calls a code with no outcome a first assessment, and says which logs to collect', async () => {
    const text = '2020/11/19 15:27:31.4593237 3304  7028  DownloadManager BITS job {15BD9B72-052C-45DD-ABC3-719819615044} failed, updateId = 4BD20BA5-3C60-4702-8E4E-3A477D30E21A.1, hr = 0x80190193.\r\n';
    const report = await analyze([bytesInput('WindowsUpdate.log', text)], knowledgeFromCatalog(catalog));
    expect(report.verdict.state).toBe('inconclusive');
    const reply = composeReply(report, data, 'en', SITE).text;
    expect(reply).toContain('cannot be told whether anything still fails');
    expect(reply).toContain('A first assessment points to 0x80190193');
    expect(lines(reply)).toContain('- CBS.log (C:\\Windows\\Logs\\CBS\\CBS.log)');
  });
});

describe('replies to failures whose logs give no code', () => {
  const reply = async (name: string, lines: string[], lang: 'zh-CN' | 'en') => {
    const report = await analyze([bytesInput(name, lines.join('\r\n'))], knowledgeFromCatalog(catalog));
    return composeReply(report, data, lang, SITE).text;
  };

  // Line 14133 of github.com/ZayrexDev/stuff (commit 83b202ae), WindowsUpdate.log: an install call whose summary gives no code.
  const CALL_FAILED = '2025/01/06 15:12:16.4465521 22820 22524 ComApi          Install call complete (succeeded = 0, succeeded with errors = 0, failed = 1, cancelled = 0, unaccounted = 0';
  // Line 1 of github.com/Dheebakkumar/Food-Restaurant (commit f2b3415e), $WINDOWS.~BT/Sources/Rollback/setupact.log.
  const ROLLBACK = '2022-12-23 08:05:03, Info       [0x0e00cf] TOOL   Starting OS Rollback... (launched with command line [/CleanInstallFromWinPE /noui /BTFolder:C:\\$WINDOWS.~BT\\Sources])';

  it('counts a failed install with no code in words, not as a code', async () => {
    expect(lines(await reply('WindowsUpdate.log', [CALL_FAILED], 'zh-CN'))).toContain('- （日志未写出代码） ×1（2025-01-06）');
    expect(lines(await reply('WindowsUpdate.log', [CALL_FAILED], 'en'))).toContain('- (no code in the log) ×1 (2025-01-06)');
  });

  it('says a servicing failure with no code has none, and asks for what setup wrote before its rollback', async () => {
    const zhText = await reply('setupact.log', [ROLLBACK], 'zh-CN');
    expect(zhText).toContain('setupact.log：2022-12-23 08:05:03，服务操作失败，日志没有写出错误代码。');
    expect(zhText).toContain('- SetupDiag 的结果（在该电脑上运行 SetupDiag.exe）');
    const enText = await reply('setupact.log', [ROLLBACK], 'en');
    expect(enText).toContain('setupact.log: at 2022-12-23 08:05:03, a servicing operation failed; the log gives no code.');
    expect(enText).not.toContain('failed with 0x');
  });
});

describe('a symptom link chosen by the engineer', () => {
  it('goes in its own section, linking the first question of the troubleshooter', () => {
    const reply = composeReply(report, data, 'zh-CN', SITE, { symptom: 'history-install-failed' });
    const title = catalog.symptoms.find((s) => s.id === 'history-install-failed')!.title['zh-CN'];
    expect(reply.text).toContain('您看到的现象');
    expect(reply.text).toContain(`${title} <${SITE}symptoms/history-install-failed/#q-1>`);
    expect(reply.markdown).toContain(`[${title}](${SITE}symptoms/history-install-failed/#q-1)`);
    const english = composeReply(report, data, 'en', SITE, { symptom: 'history-install-failed' });
    expect(english.text).toContain(`${SITE}en/symptoms/history-install-failed/#q-1`);
  });

  it('is left out when none is chosen or the id is unknown', () => {
    expect(zh.text).not.toContain('您看到的现象');
    expect(composeReply(report, data, 'zh-CN', SITE, { symptom: 'no-such-symptom' }).text).toBe(zh.text);
  });
});
