import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyzer/index.ts';
import { caseKnowledge, fixtureInput } from '../helpers.ts';

const failed = (report: Awaited<ReturnType<typeof analyze>>) => report.attempts.filter((a) => a.status === 'failed');

describe('the support case (WindowsUpdate.log + CBS.log of 2022-10)', () => {
  it('counts six failed attempts by outcome: 4 × 0x80070570, 1 × 0x8024001E, 1 × 0x80070490', async () => {
    const report = await analyze([fixtureInput('case/WindowsUpdate.log')], caseKnowledge());
    const attempts = failed(report);
    expect(attempts).toHaveLength(6);
    const counts: Record<string, number> = {};
    for (const a of attempts) counts[a.code!] = (counts[a.code!] ?? 0) + 1;
    expect(counts).toEqual({ '0x80070570': 4, '0x8024001E': 1, '0x80070490': 1 });
    expect(attempts[0].outcome.time).toBe('2022-10-12 01:39:04');
    expect(attempts[5].outcome.time).toBe('2022-10-28 13:50:06');
  });

  it('records resultMapped as the 10-27 outcome and keeps the other codes of that attempt as companions', async () => {
    const report = await analyze([fixtureInput('case/WindowsUpdate.log')], caseKnowledge());
    const attempt = report.attempts.find((a) => a.code === '0x8024001E')!;
    expect(attempt.source).toBe('history');
    expect(attempt.outcome.line).toBe(14);
    expect(attempt.update.id).toBe('3911FF81-80A6-49F3-B1E7-E7FBC1E67FEB');
    expect(attempt.companions.map((c) => c.code).sort()).toEqual(['0x8024000B', '0x802400FF', '0x80242008']);
    expect(attempt.start?.line).toBe(13);
  });

  it('finds the CBS abort while expanding the KB5016623 package', async () => {
    const report = await analyze([fixtureInput('case/CBS.log')], caseKnowledge());
    expect(report.inputs[0].format).toBe('cbs');
    expect(report.servicing).toHaveLength(1);
    const episode = report.servicing[0];
    expect(episode).toMatchObject({ code: '0x800F0821', name: 'CBS_E_ABORT', status: 'failed' });
    expect(episode.update).toMatchObject({ kb: 'KB5016623', package: 'Windows10.0-KB5016623-x64.cab', phase: 'DPX: Apply Deltas Provided In File' });
    expect(report.inputs[0].codes).toEqual([expect.objectContaining({ code: '0x800F0821', count: 5 })]);
  });

  it('points both files to the offline-install runbook and names 0x80070570 as the root cause', async () => {
    const report = await analyze([fixtureInput('case/WindowsUpdate.log'), fixtureInput('case/CBS.log')], caseKnowledge());
    expect(report.runbooks[0]).toMatchObject({ id: 'offline-install-with-hash-check', findings: 2 });
    const files = report.findings.filter((f) => f.links.runbook === 'offline-install-with-hash-check').map((f) => f.file);
    expect(files.sort()).toEqual(['case/CBS.log', 'case/WindowsUpdate.log']);
    expect(report.rootCause).toMatchObject({ code: '0x80070570', name: 'ERROR_FILE_CORRUPT', basis: 'attempt-outcome', count: 4 });
    expect(report.rootCause!.runbooks).toContain('offline-install-with-hash-check');
    // The 10-27 attempt is the same moment as the CBS abort, which names the package.
    expect(report.attempts.find((a) => a.code === '0x8024001E')!.update.kb).toBe('KB5016623');
  });

  it('gives evidence with file, line and text for each finding', async () => {
    const report = await analyze([fixtureInput('case/WindowsUpdate.log'), fixtureInput('case/CBS.log')], caseKnowledge());
    const cbs = report.findings.find((f) => f.file === 'case/CBS.log')!;
    expect(cbs.evidence.map((e) => e.line)).toEqual([7, 1]);
    expect(cbs.evidence[0].text).toContain('Client aborted the install');
    expect(cbs.links).toMatchObject({ runbook: 'offline-install-with-hash-check', code: '0x800F0821', article: '0x800F0821', kbs: ['KB5016623'] });
  });

  it('gives the same answer whatever the chunk size', async () => {
    const whole = await analyze([fixtureInput('case/WindowsUpdate.log')], caseKnowledge());
    const tiny = await analyze([fixtureInput('case/WindowsUpdate.log', 7)], caseKnowledge());
    expect(tiny.attempts).toEqual(whole.attempts);
    expect(tiny.inputs[0].codes).toEqual(whole.inputs[0].codes);
  });
});
