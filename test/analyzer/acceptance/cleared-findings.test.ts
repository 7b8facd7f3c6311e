/**
 * Findings that later lines make history, read with the catalog's own signatures: a store check
 * that repaired all it found (content/runbooks/component-store-repair.md's `cleared`), and codes a
 * later success outlived. They stay in the report, marked cleared, and suggest no runbook. What
 * is still open still does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, knowledgeFromCatalog, renderText, type Knowledge, type Report } from '../../../src/analyzer/index.ts';
import { loadCatalog } from '../../../scripts/lib/load-catalog.ts';
import { bytesInput, fixture, fixtureInput } from '../helpers.ts';

const STORE_RULE = 'runbook:component-store-repair#2';
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = knowledgeFromCatalog(await loadCatalog());
}, 120_000);

const run = (file: string): Promise<Report> => analyze([fixtureInput(`samples/${file}`)], knowledge);

describe('findings a later line clears', () => {
  it('real-42 CBS.log: nine corrupt payloads found and repaired in one run; the store is whole again', async () => {
    const report = await run('real-42-cbs.log');
    const finding = report.findings.find((f) => f.rule === STORE_RULE);
    expect(finding?.evidence.map((e) => e.line)).toEqual([46]);
    expect(finding?.cleared?.text).toContain('All CSI corruption was fixed, ensure CorruptionDetectedDuringAcr is clear');
    expect(finding?.cleared?.line).toBe(62);
    expect(report.runbooks).toEqual([]);
    expect(report.verdict.state).toBe('healthy');
    expect(renderText(report, 'en')).toContain('  gone later, no longer a lead:\n    62: ');
    expect(renderText(report, 'zh-CN')).toContain('  此后已消除，不再作为线索：\n    62: ');
  });

  it('real-43 CBS.log: a clean store check, then one that finds ten corrupt payloads and fixes none; the finding stands', async () => {
    const report = await run('real-43-cbs.log');
    const finding = report.findings.find((f) => f.rule === STORE_RULE);
    expect(finding?.evidence.map((e) => e.text.slice(-29))).toEqual(['Total Detected Corruption:\t10']);
    expect(finding?.cleared).toBeUndefined();
    // The first check could not run for a pending repair (0x80070BC9); a later session completed: that finding is history.
    const pending = report.findings.find((f) => f.links.runbook === 'pending-reboot-or-transaction');
    expect(pending?.cleared?.text).toContain('Exec: Processing complete, session(Corruption Detecting): 31034772_2677689037 [HRESULT = 0x00000000 - S_OK]');
    expect(report.runbooks.map((r) => r.id)).toEqual(['component-store-repair']);
    // Its failures were recovered, but the store is still corrupt: not recovered, and no asking for another machine's logs.
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.standing).toEqual([expect.objectContaining({ rule: STORE_RULE, runbook: 'component-store-repair', evidence: finding!.evidence[0] })]);
    expect(report.verdict.next).toEqual([]);
    expect(renderText(report, 'en')).toContain('## Verdict: inconclusive\nA check in these logs found a problem that nothing after it clears, so this machine is not healthy, though no install in them has failed of it yet. What to do: “Repair the component store (DISM and SFC)”.');
    expect(renderText(report, 'zh-CN')).toContain('日志中的检查发现了问题，之后也没有任何记录表明问题已经解决，所以这台电脑并不正常，尽管日志中还没有安装因此失败。处理方法：“修复组件存储（DISM 与 SFC）”。');
  });

  it('real-49 CBS.log: SFC cannot repair files whose store copies are corrupt too; the finding stands, the machine is not healthy', async () => {
    const report = await run('real-49-cbs.log');
    const finding = report.findings.find((f) => f.rule === STORE_RULE);
    expect(finding?.evidence[0].text).toContain('[SR] Cannot repair member file');
    expect(finding?.cleared).toBeUndefined();
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.standing?.map((s) => s.runbook)).toEqual(['component-store-repair']);
    expect(report.runbooks.map((r) => r.id)).toEqual(['component-store-repair']);
    expect(report.rootCause).toBeNull();
    // the check's finding is the logs' result: not "no result at all", and its runbook comes before more logs
    expect(report.verdict.noResult).toBeUndefined();
    expect(report.verdict.next).toEqual([]);
  });

  it('real-58 CBS.log (Windows 7): with SP1\'s routine applicability lines set aside, the SFC run that cannot repair a file is what the logs show', async () => {
    const report = await run('real-58-cbs.log');
    expect(report.findings.find((f) => f.rule === STORE_RULE)?.evidence.map((e) => e.line)).toEqual([20]);
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.standing?.map((s) => s.runbook)).toEqual(['component-store-repair']);
    expect(report.rootCause).toBeNull();
  });

  it('real-60 dism.log: the text report names each of the root cause\'s runbooks by its title, in the reader\'s language', async () => {
    const report = await run('real-60-dism.log');
    expect(report.rootCause?.runbooks).toEqual(['component-store-repair', 'wsus-client-checks']);
    expect(renderText(report, 'en')).toContain('Suggested runbooks:\n  - component-store-repair: Repair the component store (DISM and SFC)\n  - wsus-client-checks: WSUS client checks\n');
    expect(renderText(report, 'zh-CN')).toContain('  - wsus-client-checks: WSUS 客户端检查\n');
  });

  it('real-61 WindowsUpdate.log (Windows 7): Automatic Updates turned off is what the logs show, not a lack of results', async () => {
    const report = await run('real-61-windowsupdate.log');
    const finding = report.findings.find((f) => f.links.runbook === 'automatic-updates-turned-off');
    // the first line and the latest: still off when the log ends
    expect(finding?.evidence.map((e) => e.line)).toEqual([2, 6]);
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.noResult).toBeUndefined();
    expect(report.verdict.standing?.map((s) => [s.runbook, s.evidence.line])).toEqual([['automatic-updates-turned-off', 6]]);
    expect(renderText(report, 'zh-CN')).toContain('“自动更新被关闭”');
  });

  it('real-61 WindowsUpdate.log, then the agent starting with an approval type: Automatic Updates turned on again clears the finding', async () => {
    // the line as github.com/jdhitsolutions/PSScriptTools docs/ConvertFrom-Text.md quotes a WindowsUpdate.log, in real-61's columns
    const on = '2022-04-20\t09:46:11:051\t 692\t574\tAU\t  # Approval type: Scheduled (User preference)\r\n';
    const bytes = new Uint8Array([...fixture('samples/real-61-windowsupdate.log'), ...new TextEncoder().encode(on)]);
    const report = await analyze([bytesInput('WindowsUpdate.log', bytes)], knowledge);
    expect(report.findings.find((f) => f.links.runbook === 'automatic-updates-turned-off')?.cleared?.line).toBe(8);
    expect(report.verdict.standing).toBeUndefined();
  });

  it("real-59 setuperr.log: a Win32 number written as an error's last error (`[gle=0x00000002]`) is listed as not counted, not as routine or a success", async () => {
    const report = await run('real-59-setuperr.log');
    expect(renderText(report, 'en')).toContain('- 0x00000002 ERROR_FILE_NOT_FOUND: 1 (not counted: a Win32 number or a status, no failed result)');
    expect(renderText(report, 'zh-CN')).toContain('（不计入：Win32 错误号或状态值，不是失败结果）');
  });

  it('real-44 WindowsUpdate.log: web service timeouts, then a scan that completes; no runbook for a healthy machine', async () => {
    const report = await run('real-44-windowsupdate.log');
    expect(report.verdict.state).toBe('healthy');
    const wsus = report.findings.filter((f) => f.links.runbook === 'wsus-client-checks');
    expect(wsus.map((f) => f.code).sort()).toEqual(['0x80072EE2', '0x8024401C']);
    for (const f of wsus) expect(f.cleared?.text).toContain('* END * Finding updates CallerId = Update;PAD.Console.Host, Id = 4, Exit code = 0x00000000');
    expect(report.runbooks).toEqual([]);
  });
});
