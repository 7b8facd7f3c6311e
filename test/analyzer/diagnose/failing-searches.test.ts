import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, renderText } from '../../../src/analyzer/index.ts';
import { scanInput } from '../../../src/analyzer/scan/scan-input.ts';
import { Session } from '../../../src/analyzer/scan/session.ts';
import { bytesInput, caseKnowledge, fixtureInput } from '../helpers.ts';

/** The searches a file records, as its parser left them (formats/update-searches.ts). */
async function searchesOf(name: string, bytes: Uint8Array) {
  const session = new Session(caseKnowledge());
  await scanInput(bytesInput(name, bytes), session, {});
  return session.records[0].facts!.searches!;
}

const fixture = (path: string) => readFileSync(`test/fixtures/logs/${path}`);
/** A file's first `lines` lines, as a copy cut there would hold them. */
const firstLines = (bytes: Buffer, lines: number) => bytes.subarray(0, bytes.toString('latin1').split('\n', lines).join('\n').length + 1);

describe('searches for updates that keep failing', () => {
  it('real-72 WindowsUpdate.log of Windows 7: online searches failing for over a day, none working after, are the machine failing to update', async () => {
    const report = await analyze([fixtureInput('samples/real-72-windowsupdate.log')], caseKnowledge());
    expect(report.verdict).toMatchObject({ state: 'failing', searchFails: true });
    expect(report.rootCause).toMatchObject({ code: '0x80072EFD', basis: 'search', count: 2 });
    expect(report.rootCause!.evidence.map((e) => e.line)).toEqual([6, 11]);
    // the cause is no code with no outcome beside it
    expect(report.verdict.unresolved.map((u) => u.code)).not.toContain('0x80072EFD');
    expect(renderText(report, 'en')).toContain("This computer's searches for updates have kept failing for a day or more");
    expect(renderText(report, 'zh-CN')).toContain('这台电脑检查更新时一直失败，持续了一天以上');
    expect(renderText(report, 'zh-CN')).toContain('依据：检查更新（搜索更新）失败时的代码');
  });

  it("real-72: the standalone installer's search of its own scan package (`+ Offline serviceId`) reaches no server, and does not end the run", async () => {
    const searches = await searchesOf('WindowsUpdate.log', fixture('samples/real-72-windowsupdate.log'));
    expect(searches).toMatchObject({ failed: 2, code: '0x80072EFD' });
    expect(searches.succeeded).toBeUndefined();
  });

  it('real-72 cut after its first search: one failed search is a machine offline for a while, a code with no outcome as before', async () => {
    const report = await analyze([bytesInput('WindowsUpdate.log', firstLines(fixture('samples/real-72-windowsupdate.log'), 6))], caseKnowledge());
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.searchFails).toBeUndefined();
    expect(report.rootCause).toMatchObject({ code: '0x80072EFD', basis: 'mention' });
  });

  it('ReportingEvents.log: detections that fail for some hours and then finish end the run (corpus re-dc-01)', async () => {
    const bytes = fixture('corpus/healthy/re-dc-01-detection-retry.log');
    const searches = await searchesOf('ReportingEvents.log', bytes);
    expect(searches.failed).toBe(0);
    expect(searches.succeeded?.text).toContain('147 [AGENT_DETECTION_FINISHED]');
    const report = await analyze([bytesInput('ReportingEvents.log', bytes)], caseKnowledge());
    expect(report.verdict.state).toBe('healthy');
  });

  it("Windows 10 and later: a search's end gives its exit code on its own line; an offline search that worked is not counted (real-44, corpus wu-rf-02)", async () => {
    const online = await searchesOf('WindowsUpdate.log', fixture('samples/real-44-windowsupdate.log'));
    expect(online.succeeded?.text).toContain('* END * Finding updates');
    const scans = await searchesOf('WindowsUpdate.log', fixture('corpus/healthy/wu-rf-02-scans.log'));
    expect(scans.failed).toBe(0);
    expect(scans.succeeded?.text).toMatch(/Finding updates .*Exit code = 0x00000000/);
  });

  it('Windows 10 and later: searches failing for a day, in the form the agent writes them (its format `* END * Finding updates CallerId = %ws, Id = %d, Exit code = 0x%08lX`), fail the machine', async () => {
    const end = (day: string, id: number) => `2024/05/${day} 10:00:00.0000000 4932  5160  Agent           * END * Finding updates CallerId = UpdateOrchestrator, Id = ${id}, Exit code = 0x8024401C (cV = a.1)`;
    const report = await analyze([bytesInput('WindowsUpdate.log', [end('01', 1), end('02', 2)].join('\r\n'))], caseKnowledge());
    expect(report.rootCause).toMatchObject({ code: '0x8024401C', basis: 'search', count: 2 });
    // a search that worked later, in another log of the bundle, ends the run
    const worked = '2024/05/03 10:00:00.0000000 4932  5160  Agent           * END * Finding updates CallerId = UpdateOrchestrator, Id = 3, Exit code = 0x00000000 (cV = a.2)';
    const later = await analyze([bytesInput('WindowsUpdate.log', [end('01', 1), end('02', 2)].join('\r\n')), bytesInput('later/WindowsUpdate.log', worked)], caseKnowledge());
    expect(later.verdict.searchFails).toBeUndefined();
    expect(later.rootCause?.basis).not.toBe('search');
  });
});
