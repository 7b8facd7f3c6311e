import { describe, expect, it } from 'vitest';
import { analyze, renderText, type Report } from '../../../src/analyzer/index.ts';
import { readFileSync } from 'node:fs';
import { bytesInput, caseKnowledge, fixtureInput } from '../helpers.ts';

/** Each real excerpt gives what its expected analysis says (format, codes with counts, KBs, outcome). */
async function run(file: string): Promise<Report> {
  return analyze([fixtureInput(`samples/${file}`)], caseKnowledge());
}

const counts = (report: Report) => Object.fromEntries((report.inputs[0].codes ?? []).map((c) => [c.code, c.count]));
const noise = (report: Report) => (report.inputs[0].codes ?? []).filter((c) => c.noise === c.count).map((c) => c.code).sort();

describe('real excerpts', () => {
  it('real-01 CBS.log: 0x800F0922 twice, rolled back; a wrapper with no underlying code in the excerpt', async () => {
    const report = await run('real-01-cbs.log');
    expect(report.inputs[0].format).toBe('cbs');
    expect(counts(report)).toEqual({ '0x800F0922': 2 });
    expect(report.servicing).toHaveLength(1);
    expect(report.rootCause).toMatchObject({ code: '0x800F0922', basis: 'first-error' });
  });

  it('real-06 DISM: 0x800F081F from the console, 0x80070002 four times', async () => {
    const report = await run('real-06-dism.log');
    expect(report.inputs[0].format).toBe('dism');
    expect(counts(report)).toEqual({ '0x800F081F': 1, '0x80070002': 4 });
    expect(report.rootCause?.code).toBe('0x800F081F');
    expect(report.rootCause?.wrappers.map((w) => w.code)).toEqual(['0x80070002']);
  });

  it('real-10 WindowsUpdate.log: Appx and retry-count codes are noise, and so is the DO 403 the agent answers with a fresh URL', async () => {
    const report = await run('real-10-windowsupdate.log');
    expect(report.inputs[0].format).toBe('windowsupdate');
    expect(counts(report)).toEqual({ '0x80070032': 6, '0x8024000E': 1, '0x80190193': 1, '0x00000000': 1 });
    expect(noise(report)).toEqual(['0x80070032', '0x80190193', '0x8024000E']);
    expect(report.codes.find((c) => c.code === '0x80190193')?.noiseWhy).toMatch(/fresh URL.*phrase "403'd"/);
    expect(report.attempts).toEqual([]);
    expect(report.rootCause).toBeNull();
    expect(report.verdict.state).toBe('healthy');
  });

  it('real-11 WindowsUpdate.log: WSUS server set then removed, no failure at all', async () => {
    const report = await run('real-11-windowsupdate.log');
    expect(counts(report)).toEqual({ '0x80240013': 3, '0x8024000C': 2, '0x00000000': 1, '0x00240001': 1 });
    expect(noise(report)).toEqual(['0x00240001', '0x8024000C', '0x80240013']);
    expect(report.wsus.map((w) => w.url)).toEqual(['https://SCCM01D.firm.example.net:8531', null]);
    expect(report.rootCause).toBeNull();
    expect(report.verdict).toMatchObject({ state: 'healthy', unresolved: [], recovered: [], next: ['failing-machine-logs'] });
  });

  it('real-12 wevtutil text export: five event 20 failures, successes of three KBs', async () => {
    const report = await run('real-12-events.txt');
    expect(report.inputs[0]).toMatchObject({ format: 'events', encoding: 'utf-8-bom' });
    const failures = report.attempts.filter((a) => a.status === 'failed').map((a) => a.code);
    expect(failures).toEqual(['0x80240009', '0x8024200B', '0xC1900131', '0x80070002', '0x80070570']);
    const succeeded = report.attempts.filter((a) => a.status === 'succeeded').map((a) => a.update.kb ?? a.update.title);
    expect(succeeded).toEqual(['KB5020683', 'KB890830', 'KB4023057', 'NVIDIA - Display - 31.0.15.1694']);
    expect(report.kbs.map((k) => k.kb)).toEqual(['KB5020683', 'KB890830', 'KB4023057']);
    expect(report.attempts[0].outcome.time).toBe('2023-05-22T08:12:35Z');
    // The NVIDIA driver failed twice and then installed: history. The feature update never did: the cause.
    expect(report.verdict.state).toBe('failing');
    expect(report.verdict.recovered.map((r) => r.code)).toEqual(['0x80240009', '0x8024200B']);
    expect(report.attempts.filter((a) => a.recoveredBy).map((a) => a.update.title)).toEqual(['NVIDIA - Display - 31.0.15.1694', 'NVIDIA - Display - 31.0.15.1694']);
    expect(report.rootCause?.code).toBe('0x80070570');
  });

  it('real-14 setupact.log (raw Windows-1252 bytes): 0x80070570 is the first error, 0x8007000D wraps it', async () => {
    const report = await run('real-14-setupact.log');
    expect(report.inputs[0].format).toBe('setupact');
    expect(counts(report)).toMatchObject({ '0x80070570': 18, '0x8007000D': 4, '0x8144012D': 8, '0x81440133': 3, '0xC144012E': 1 });
    expect(report.inputs[0].codes!.filter((c) => c.forms.gle).map((c) => c.code).sort()).toEqual(['0x000000B7', '0x00000570', '0x00000715']);
    expect(report.rootCause?.code).toBe('0x80070570');
    expect(report.rootCause?.wrappers.map((w) => w.code)).toContain('0x8007000D');
  });

  it('real-15 legacy WindowsUpdate.log: only the success exit code 0x240001', async () => {
    const report = await run('real-15-windowsupdate.log');
    expect(report.inputs[0].format).toBe('windowsupdate-legacy');
    expect(counts(report)).toEqual({ '0x00240001': 1 });
    expect(report.rootCause).toBeNull();
  });

  it('real-17 hard-wrapped legacy REPORT EVENT: 0x80070643 twice, KB4014984 put back together', async () => {
    const report = await run('real-17-windowsupdate.log');
    expect(report.inputs[0].format).toBe('windowsupdate-legacy');
    expect(counts(report)).toEqual({ '0x80070643': 2 });
    expect(report.kbs.map((k) => k.kb)).toEqual(['KB4014984']);
    expect(report.attempts).toEqual([expect.objectContaining({ status: 'failed', code: '0x80070643', source: 'reporting-event', update: expect.objectContaining({ kb: 'KB4014984' }) })]);
  });

  it('real-22 zh-CN event 20 message: 0x8024200B for KB5034441', async () => {
    const report = await run('real-22-events-zh.txt');
    expect(report.inputs[0].format).toBe('events');
    expect(report.attempts).toEqual([expect.objectContaining({ code: '0x8024200B', update: expect.objectContaining({ kb: 'KB5034441' }) })]);
    expect(report.attempts[0].update.title).toBe('2024-01 适用于 Windows 10 Version 21H2 安全更新，适合基于 x64 的系统 (KB5034441)');
  });

  it('real-30 CBS template with placeholders: 0x800F0831 eight times, no package taken from a placeholder', async () => {
    const report = await run('real-30-cbs.log');
    expect(report.inputs[0].format).toBe('cbs');
    expect(counts(report)).toEqual({ '0x800F0831': 8 });
    expect(report.packages).toEqual([]);
    expect(report.rootCause?.code).toBe('0x800F0831');
  });

  it('real-40 WindowsUpdate.log: a feature update fails with its handler\'s code (the call\'s summary gives none), titled by its id', async () => {
    const report = await run('real-40-windowsupdate.log');
    expect(report.inputs[0].format).toBe('windowsupdate');
    // The update the handler names by id, not the driver whose title the agent wrote last.
    expect(report.attempts.map((a) => [a.status, a.code, a.update.id, a.update.title, a.source, a.outcome.line])).toEqual([
      ['failed', '0x80070002', 'AD27E52B-9E18-408A-9DF2-8688E5273FBF', 'Windows 11, version 24H2', 'exit-code', 4],
    ]);
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause).toMatchObject({ code: '0x80070002', basis: 'attempt-outcome' });
    expect(report.rootCause?.wrappers.map((w) => w.code)).toEqual(['0x80240022']);
  });

  it('real-41 CBS.log: a store repair finds no source (0x800F081F); CBS failing to write its own events around it is not the cause', async () => {
    const report = await run('real-41-cbs.log');
    expect(report.inputs[0].format).toBe('cbs');
    expect(counts(report)).toEqual({ '0x800F0820': 9, '0x800F081F': 2, '0x8007010B': 5, '0x80070008': 3, '0x800706BA': 2, '0x00000000': 1 });
    expect(noise(report)).toEqual(['0x80070008', '0x800706BA']);
    expect(report.servicing.map((a) => a.code)).toEqual(['0x800F0820', '0x800F081F']);
    expect(report.rootCause).toMatchObject({ code: '0x800F081F', basis: 'first-error' });
    expect(report.rootCause?.evidence[0].text).toContain('Failed to collect payload and there is nothing to repair.');
  });

  it('real-45 WindowsUpdate.log: the WinRE update fails (0x800F0828 under 0x80070643) and the .NET update after it installs, each named by its own id', async () => {
    const report = await run('real-45-windowsupdate.log');
    const named = report.attempts.map((a) => [a.update.kb, a.status, a.code]);
    expect(named).toEqual([
      ['KB5034441', 'failed', '0x80070643'],
      ['KB5037724', 'succeeded', undefined],
    ]);
    expect(report.attempts[1].update.package).toBe('Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9241.1');
    expect(report.verdict.coverage.installed.map((i) => i.update.kb)).toEqual(['KB5037724']);
    expect(report.attempts[0].companions.map((c) => c.code)).toContain('0x800F0828');
  });

  it('real-46 WindowsUpdate.log: a code written as the install call starts is the install\'s, and the install succeeds', async () => {
    const report = await run('real-46-windowsupdate.log');
    expect(report.attempts).toHaveLength(1);
    expect(report.attempts[0]).toMatchObject({ status: 'succeeded', start: { line: 1 }, update: { kb: 'KB2267602' } });
    expect(report.attempts[0].companions.map((c) => c.code)).toEqual(['0x8024801E']);
    expect(report.verdict.state).toBe('healthy');
    expect(report.rootCause).toBeNull();
  });

  it('real-47 CBS.log: the servicing stack update fails on a corrupt store (0x80073712); the error report\'s probe for a setting is noise', async () => {
    const report = await run('real-47-cbs.log');
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause).toMatchObject({ code: '0x80073712', basis: 'first-error' });
    // CSI's own `(F) HRESULT_FROM_WIN32(14098)` (0x80073712), the line before CBS's
    expect(report.rootCause?.evidence[0].line).toBe(3);
    expect(report.servicing).toHaveLength(1);
    expect(report.servicing[0].update.package).toBe('Package_for_ServicingStack_3081~31bf3856ad364e35~amd64~~20348.3081.1.1');
    expect(counts(report)).toEqual({ '0x80073712': 7, '0x80004005': 1, '0xD015001A': 1, '0x80070002': 1 });
    // `Not able to query DisableWerReporting flag.  Assuming not set... [HRESULT = 0x80070002 …]`
    expect(noise(report)).toEqual(['0x80070002']);
    expect(report.rootCause?.wrappers).toEqual([]);
    // CSI's `[gle=0x80004005]` and `[gle=0xd015001a]` before CBS's line are last errors, not failures of their own
    expect(report.verdict.unresolved).toEqual([]);
  });

  it('real-48 setupact.log: a rolled-back upgrade is 0xC1900101, not what the setup host fails to read or analyse after it', async () => {
    const report = await run('real-48-setupact.log');
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause).toMatchObject({ code: '0xC1900101', basis: 'first-error' });
    expect(report.rootCause?.evidence[0].text).toContain('Remapping install error [0xC1900101]');
    // `Error retrieving setup platform result: [0x80070002]`, and SetupDiag.exe's own failure
    expect(noise(report)).toEqual(['0x80070002', '0x80131502']);
  });

  it("real-53 CBS.log: a feature's download failing in its Exec: is that package's failure, which another package's success a day later does not outlive", async () => {
    const report = await run('real-53-cbs.log');
    const episodes = report.servicing.map((a) => [a.status, a.update.package?.split('~')[0] ?? null, a.code ?? null]);
    expect(episodes).toEqual([
      // before any Exec: no package known
      ['failed', null, '0x8024402C'],
      // in the fa-IR Exec: its failing lines do not name it, its start does; its own last line too
      ['failed', 'Microsoft-Windows-LanguageFeatures-Basic-fa-ir-Package', '0x8024402C'],
      ['failed', 'Microsoft-Windows-LanguageFeatures-Basic-fa-ir-Package', '0x8024402C'],
      // its restore point failing (System Restore is off) is routine: CBS says it goes on
      ['succeeded', 'Microsoft-Windows-Foundation-Package', null],
    ]);
    expect(noise(report)).toEqual(['0x80070422']);
    // `Asynchronous Session: … finalized. [S_OK]` hands the session on: no success of anything
    expect(report.servicing.some((a) => a.outcome.text.includes('Asynchronous Session'))).toBe(false);
    // the Foundation feature's success outlives none of the fa-IR failures
    expect(report.verdict.recovered).toEqual([]);
    expect(report.verdict.state).toBe('failing');
    expect(report.rootCause?.code).toBe('0x8024402C');
  });

  it('real-58 CBS.log (Windows 7): SP1\'s applicability check not finding a language part is routine, not a failure of KB976933', async () => {
    const report = await run('real-58-cbs.log');
    expect(counts(report)).toEqual({ '0x80070490': 5 });
    expect(noise(report)).toEqual(['0x80070490']);
    expect(report.servicing).toEqual([]);
    expect(report.rootCause).toBeNull();
    expect(report.verdict.state).toBe('inconclusive');
    // the SFC finding is read with the catalog's signatures: cleared-findings.test.ts
  });

  it('real-59 setupact.log and setuperr.log of one folder: setup ending well in the one outlives the errors written before it to the other', async () => {
    const report = await analyze([fixtureInput('samples/real-59-setupact.log'), fixtureInput('samples/real-59-setuperr.log')], caseKnowledge());
    const episodes = report.servicing.map((a) => [a.status, a.code ?? null, a.outcome.file.replace(/.*\//, ''), a.outcome.line]);
    expect(episodes).toEqual([
      ['failed', '0x80072EE7', 'real-59-setuperr.log', 1],
      // `WinDeploy.exe exiting with code [0x0]`, then the first-run screens' loader and the deployment ending
      ['succeeded', null, 'real-59-setupact.log', 6],
      ['succeeded', null, 'real-59-setupact.log', 10],
      ['succeeded', null, 'real-59-setupact.log', 12],
    ]);
    // setup finding no saved boot manager timeout, and no SPP snapshots to delete, as it ends, are routine (setuperr.log lines 4-5);
    // its line 6, inside the time setupact.log covers, is the copy of a setupact.log line (setup-error-copies.ts): no episode of its own, nor a code with no outcome
    expect(report.verdict.recovered.map((r) => [r.code, r.fixedBy.line])).toEqual([['0x80072EE7', 6]]);
    expect(report.verdict.unresolved).toEqual([]);
    expect(report.codes.find((c) => c.code === '0x800401F0')).toMatchObject({ noise: true });
    expect(report.verdict.state).toBe('recovered');
    expect(report.rootCause).toBeNull();
    expect(report.verdict.setuperrOnly).toBeUndefined();
    // an unattend script's exit code, which setup does not examine, is routine
    expect(report.codes.find((c) => c.code === '0xFFFD0000')).toMatchObject({ noise: true });
    // alone, setuperr.log still fails, but says that setupact.log tells how setup ended, and asks for it
    const errors = await run('real-59-setuperr.log');
    expect(errors.verdict.state).toBe('failing');
    expect(errors.verdict.setuperrOnly).toBe(true);
    expect(errors.verdict.next).toEqual(['setupact-log']);
    expect(renderText(errors, 'zh-CN')).toContain('这些错误都只来自 setuperr.log');
  });

  it('real-59 renamed alike (a browser\'s `setupact (1).log` and `setuperr (1).log`, or a prefix): still one run\'s pair', async () => {
    const bytes = (name: string) => readFileSync(`test/fixtures/logs/samples/${name}`);
    const named = await analyze([bytesInput('Panther/setupact.log', bytes('real-59-setupact.log')), bytesInput('Panther/setuperr.log', bytes('real-59-setuperr.log'))], caseKnowledge());
    expect(named.verdict.state).toBe('recovered');
    for (const [act, err] of [['Panther/setupact (1).log', 'Panther/setuperr (1).log'], ['vm1_setupact.log', 'vm1_setuperr.log']]) {
      const report = await analyze([bytesInput(act, bytes('real-59-setupact.log')), bytesInput(err, bytes('real-59-setuperr.log'))], caseKnowledge());
      expect(report.verdict.state, act).toBe('recovered');
      expect(report.verdict.recovered.map((r) => [r.code, r.failure.line, r.fixedBy.line]), act).toEqual(named.verdict.recovered.map((r) => [r.code, r.failure.line, r.fixedBy.line]));
      expect(report.verdict.unresolved, act).toEqual([]);
      expect(report.servicing.map((a) => [a.status, a.code, a.outcome.line]), act).toEqual(named.servicing.map((a) => [a.status, a.code, a.outcome.line]));
    }
    // one of another run does not pair: its failures stand
    const apart = await analyze([bytesInput('setupact.log', bytes('real-59-setupact.log')), bytesInput('setuperr (1).log', bytes('real-59-setuperr.log'))], caseKnowledge());
    expect(apart.verdict.state).toBe('failing');
    const alone = await analyze([bytesInput('setuperr (1).log', bytes('real-59-setuperr.log'))], caseKnowledge());
    expect(alone.verdict.setuperrOnly).toBe(true);
  });

  it('real-60 dism.log: what still fails is a DISM repair whose /Source cannot be used, and the lead says DISM work fails, not updates', async () => {
    const report = await run('real-60-dism.log');
    expect(report.rootCause).toMatchObject({ code: '0x800F081F', basis: 'first-error' });
    expect(report.rootCause?.wrappers.map((w) => w.code)).toEqual(['0x8007007B']);
    expect(report.verdict.state).toBe('failing');
    expect(report.verdict.dismOnly).toBe(true);
    expect(renderText(report, 'en')).toContain('DISM work on this machine still fails (a DISM command, or a program calling DISM); the cause follows.');
    expect(renderText(report, 'zh-CN')).toContain('本机上的 DISM 操作（DISM 命令，或调用 DISM 的程序）仍然失败，原因见下。');
    // an update's failure still open is said as before
    const update = await run('real-01-cbs.log');
    expect(update.verdict.dismOnly).toBeUndefined();
  });

  it('real-62 CBS.log: reading the build numbers a feature update would leave, and finding none, is routine, not an episode that S_OK outlived', async () => {
    const report = await run('real-62-cbs.log');
    expect(noise(report)).toEqual(['0x80070490']);
    expect(report.servicing.filter((a) => a.status === 'failed')).toEqual([]);
    expect(report.verdict.state).toBe('healthy');
  });

  it('real-63 setupact.log: the failures of a run of setup are of the Windows its host names; its OneSettings read is routine', async () => {
    const report = await run('real-63-setupact.log');
    expect(report.servicing.map((a) => [a.status, a.update.title, a.code])).toEqual([['failed', 'Windows 10.0.22621.1 (Windows Setup)', '0x80070570']]);
    expect(noise(report)).toEqual(['0x80040170']);
    expect(report.rootCause?.code).toBe('0x80070570');
  });

  it("real-64 DPX setupact.log: DPX finding no job file to resume is routine, and its phases run", async () => {
    const report = await run('real-64-setupact.log');
    expect(noise(report)).toEqual(['0x80070002']);
    expect(report.servicing).toEqual([]);
    expect(report.rootCause).toBeNull();
  });

  it("real-65 dism.log: Disk Cleanup's lookups of top-level deployments are routine, and not the failure of the command that closed before them", async () => {
    const report = await run('real-65-dism.log');
    expect(noise(report)).toEqual(['0x80070002']);
    expect(report.servicing.filter((a) => a.status === 'failed')).toEqual([]);
    expect(report.verdict.state).toBe('healthy');
  });

  it('real-54 CBS.log cut short: the status CSI failed with, written as gle= mapped from an NTSTATUS, is the suspect, not a routine code', async () => {
    const report = await run('real-54-cbs.log');
    expect(counts(report)).toEqual({ '0xD0150004': 4, '0x80004005': 2 });
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.unresolved.map((u) => u.code)).toEqual(['0xD0150004']);
    expect(report.rootCause).toMatchObject({ code: '0xD0150004', basis: 'mention' });
  });

  it("real-55 WindowsUpdate.log of Windows 7: the agent's FATAL: lines carry the failure code", async () => {
    const report = await run('real-55-windowsupdate.log');
    expect(report.inputs[0].format).toBe('windowsupdate-legacy');
    // 15 FATAL: UH: lines and 10 WARNING: lines
    expect(counts(report)).toEqual({ '0x80070057': 25 });
    expect(report.rootCause?.evidence[0].text).toContain('FATAL: UH: 0x80070057: EvaluateApplicability failed');
  });

  it("real-56 WindowsUpdate.log of Windows 7: wusa's failed install is named by its handler's package and the report of its start", async () => {
    const report = await run('real-56-windowsupdate.log');
    expect(report.attempts).toHaveLength(1);
    expect(report.attempts[0]).toMatchObject({ status: 'failed', code: '0x800736B3', update: { kb: 'KB3177467', package: 'Package_for_KB3177467~31bf3856ad364e35~amd64~~6.1.1.1' } });
    // its start is the handler's own line
    expect(report.attempts[0].start?.line).toBe(1);
  });

  it("real-57 WindowsUpdate.log of Windows 11: the .NET rollup's result is not named after the apps listed for download around it", async () => {
    const report = await run('real-57-windowsupdate.log');
    expect(report.attempts).toHaveLength(1);
    // its package from its own install's lines, its id from its result; no app's title, before it or after
    expect(report.attempts[0].update).toEqual({ id: 'BA15B1F5-A339-4F7F-8C55-711687501735', package: 'Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9236.2' });
  });

  it("real-74 WindowsUpdate.log of Windows 7: the updates a restart finished, reported one after another, are not named after the last package installed before it", async () => {
    const report = await run('real-74-windowsupdate.log');
    // line 1 is the handler's `CBS package identity: Package_for_RollupFix~…~7601.24264.1.4`, one rollup's package, which the KB numbers do not tell apart
    expect(report.attempts.map((a) => [a.status, a.update.kb, a.update.package])).toEqual([
      ['succeeded', 'KB4462927', undefined],
      ['failed', 'KB4462923', undefined],
      ['succeeded', 'KB4093753', undefined],
      ['succeeded', 'KB2952664', undefined],
      ['succeeded', 'KB4462949', undefined],
    ]);
  });
});
