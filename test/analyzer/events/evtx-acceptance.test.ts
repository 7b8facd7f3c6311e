import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge, renderText, type Report } from '../../../src/analyzer/index.ts';
import { bytesInput } from '../helpers.ts';
import { BINARY, binaryFixture } from '../../input/evtx/fixtures.ts';

const outcomes = (report: Report) => ({
  failed: report.attempts.filter((a) => a.status === 'failed').map((a) => ({ code: a.code, title: a.update.title, kb: a.update.kb })),
  succeeded: report.attempts.filter((a) => a.status === 'succeeded').length,
});

describe('System.evtx in the analyzer', () => {
  it('covers the span of all its records, not only of those that mean an install: an operational channel with none', async () => {
    const report = await analyze([bytesInput('LanguagePackSetup.evtx', binaryFixture('LanguagePackSetup-Operational.evtx'))], emptyKnowledge());
    expect(report.attempts).toEqual([]);
    expect(report.verdict.coverage).toMatchObject({ from: '2018-07-09T20:49:14Z', to: '2018-08-03T06:44:06Z' });
  });

  it('gives 2 failed installs (a KB2267602 definition update, a Store app) and 37 succeeded', async () => {
    const report = await analyze([bytesInput('System.evtx', binaryFixture('System-wuclient.evtx'), 10_000)], emptyKnowledge());
    expect(report.inputs[0]).toMatchObject({ file: 'System.evtx', status: 'analyzed', format: 'events', lines: 1247 });
    expect(outcomes(report)).toEqual({
      failed: [
        { code: '0x80240016', kb: 'KB2267602', title: 'Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.429.416.0) - Current Channel (Broad)' },
        { code: '0x80073D02', kb: undefined, title: '9WZDNCRFJBMP-MICROSOFT.WINDOWSSTORE' },
      ],
      succeeded: 37,
    });
  });

  it('gives the same attempts as the XML export of the same log: one meaning for both forms', async () => {
    const xml = readFileSync(BINARY + 'System-wuclient.reference.xml');
    const [fromEvtx, fromXml] = await Promise.all([
      analyze([bytesInput('System.evtx', binaryFixture('System-wuclient.evtx'))], emptyKnowledge()),
      analyze([bytesInput('System.xml', new Uint8Array(xml))], emptyKnowledge()),
    ]);
    expect(fromXml.inputs[0].format).toBe('events');
    expect(outcomes(fromXml)).toEqual(outcomes(fromEvtx));
    // The export lists newest first: attempts in the same second may come in another order.
    const messages = (r: Report) => r.attempts.map((a) => a.outcome.message?.en).sort();
    expect(messages(fromXml)).toEqual(messages(fromEvtx));
  });

  it('shows the raw fields as the evidence line, numbered by record id, with the meaning in both languages', async () => {
    const report = await analyze([bytesInput('System.evtx', binaryFixture('System-wuclient.evtx'))], emptyKnowledge());
    const failure = report.attempts.find((a) => a.code === '0x80240016')!;
    expect(failure.outcome).toMatchObject({ file: 'System.evtx', line: 1117, time: '2025-06-08T07:13:43Z' });
    expect(failure.outcome.text).toMatch(/^Microsoft-Windows-WindowsUpdateClient 20 2025-06-08T07:13:43\.3828072Z: errorCode=0x80240016; updateTitle=Security Intelligence Update/);
    expect(failure.outcome.message).toEqual({
      'zh-CN': '更新安装失败，错误 0x80240016：Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.429.416.0) - Current Channel (Broad)',
      en: 'The update failed to install with error 0x80240016: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.429.416.0) - Current Channel (Broad)',
    });
    expect(failure.start?.line).toBe(1116); // event 43 just before
  });

  it('takes Kernel-General 11 for AppLocker\'s cache hive (STATUS_ACCESS_DENIED, three records) as noise, and sets the Store app aside: the Windows update that failed recovered', async () => {
    const report = await analyze([bytesInput('System.evtx', binaryFixture('System-wuclient.evtx'))], emptyKnowledge());
    expect(report.codes.find((c) => c.code === '0xC0000022')).toMatchObject({ count: 3, noise: true });
    expect(report.verdict.unresolved).toEqual([]);
    expect([report.verdict.state, report.rootCause]).toEqual(['recovered', null]);
    // The Microsoft Store app's 0x80073D02 (the app in use) is no Windows update: the verdict says so and sets it aside.
    expect(report.verdict.storeApps).toEqual({ failed: 1, evidence: expect.objectContaining({ line: 1131 }) });
    expect(renderText(report, 'en')).toContain('An update of an app from the Microsoft Store failed; an app is no Windows update, so that is set aside (the first at System.evtx:1131).');
    expect(renderText(report, 'zh-CN')).toContain('另有 1 次 Microsoft Store 应用的更新失败');
    // Store apps are not what the logs say was installed, either.
    expect(report.verdict.coverage.installed.map((i) => i.update.kb ?? i.update.title)).toEqual(['KB5050575', 'KB5054273', 'KB5059093', 'KB2267602']);
  });

  it('reads a log copied while open, and reports the dirty header as a note with the file and offset', async () => {
    const report = await analyze([bytesInput('System.evtx', binaryFixture('System-misc.evtx'))], emptyKnowledge());
    expect(report.inputs[0]).toMatchObject({ status: 'analyzed', lines: 1881 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'System.evtx', message: expect.stringMatching(/^System\.evtx: byte 0: the log was not closed cleanly/) }));
    expect(outcomes(report).failed.map((f) => f.code)).toContain('0x80248007');
  });

  it('calls an .evtx with no readable chunk unreadable, naming the file', async () => {
    const report = await analyze([bytesInput('System.evtx', binaryFixture('System-wuclient.evtx').subarray(0, 5000))], emptyKnowledge());
    expect(report.inputs[0]).toMatchObject({ status: 'unreadable', reason: 'evtx', message: 'System.evtx: no chunk of events could be read (the file is cut short or damaged)' });
  });
});
