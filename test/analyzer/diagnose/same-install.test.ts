import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, renderText } from '../../../src/analyzer/index.ts';
import { learnClockOffset } from '../../../src/analyzer/diagnose/clock-offset.ts';
import type { Attempt } from '../../../src/analyzer/extract/attempts.ts';
import { bytesInput, caseKnowledge, fixtureInput } from '../helpers.ts';

const HOUR = 3_600_000;
const WU = 'case/WindowsUpdate.log';
const caseEvent = () => fixtureInput('case-events/System.xml');
const failedUpdates = (report: Awaited<ReturnType<typeof analyze>>) => report.attempts.filter((a) => a.status === 'failed');

/** An exported event 20 (the form of case-events/System.xml) at another time and code. */
const event20 = (time: string, code: string) =>
  `<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient'/><EventID>20</EventID><TimeCreated SystemTime='${time}'/></System><EventData><Data Name='errorCode'>${code}</Data><Data Name='updateTitle'>2022-08 Cumulative Update for Windows 10 Version 1809 for x64-based Systems (KB5016623)</Data></EventData></Event></Events>`;

describe('one bundle, one story: the same install recorded by several files', () => {
  it('joins event 20 (UTC) with the WindowsUpdate.log attempt (local time, UTC+8) it reports, and still links the CBS abort', async () => {
    const report = await analyze([fixtureInput(WU), fixtureInput('case/CBS.log'), caseEvent()], caseKnowledge());
    const attempts = failedUpdates(report);
    expect(attempts).toHaveLength(6);
    const install = attempts.find((a) => a.code === '0x8024001E')!;
    expect(install).toMatchObject({ file: WU, source: 'history', outcome: { line: 14, time: '2022-10-27 08:38:34' } });
    expect(install.update).toMatchObject({ kb: 'KB5016623', id: '3911FF81-80A6-49F3-B1E7-E7FBC1E67FEB', title: expect.stringContaining('累积更新') });
    expect(install.joined).toEqual([expect.objectContaining({ file: 'case-events/System.xml', time: '2022-10-27T00:38:51Z' })]);
    expect(install.related).toEqual({ file: 'case/CBS.log', line: 7, code: '0x800F0821' });
    expect(renderText(report, 'en')).toContain('case/WindowsUpdate.log:14 = case-events/System.xml:2');
  });

  it('counts as many failures with the event log as without it', async () => {
    const logs = () => [fixtureInput(WU), fixtureInput('case/CBS.log')];
    const without = await analyze(logs(), caseKnowledge());
    const withEvent = await analyze([...logs(), caseEvent()], caseKnowledge());
    expect(withEvent.verdict.coverage.failed).toBe(without.verdict.coverage.failed);
    expect(withEvent.verdict.state).toBe('failing');
    expect(withEvent.rootCause?.code).toBe(without.rootCause?.code);
  });

  it('keeps an event that no local line recorded as an attempt of its own', async () => {
    const later = bytesInput('Later.xml', event20('2022-10-29T02:00:00.0000000Z', '0x8024001e'));
    const report = await analyze([fixtureInput(WU), caseEvent(), later], caseKnowledge());
    expect(failedUpdates(report).filter((a) => a.code === '0x8024001E').map((a) => [a.file, a.outcome.time])).toEqual([
      [WU, '2022-10-27 08:38:34'],
      ['Later.xml', '2022-10-29T02:00:00Z'],
    ]);
  });

  it('keeps a lone event whose time matches no local attempt on any whole-quarter-hour offset', async () => {
    const odd = bytesInput('System.xml', event20('2022-10-27T00:31:07.0000000Z', '0x8024001e'));
    const report = await analyze([fixtureInput(WU), odd], caseKnowledge());
    expect(failedUpdates(report).filter((a) => a.code === '0x8024001E').map((a) => a.file)).toEqual([WU, 'System.xml']);
  });

  it('reads the same agent lines twice (WindowsUpdate.log and its .etl, both in local time) as one history', async () => {
    const text = readFileSync(new URL('../../fixtures/logs/case/WindowsUpdate.log', import.meta.url));
    const report = await analyze([bytesInput('WindowsUpdate.log', text), bytesInput('converted/WindowsUpdate.log', text)], caseKnowledge());
    expect(failedUpdates(report)).toHaveLength(6);
    expect(failedUpdates(report).every((a) => a.joined?.[0].file === 'converted/WindowsUpdate.log')).toBe(true);
  });
});

describe('learnClockOffset', () => {
  const attempt = (file: string, code: string, time: string): Attempt => {
    const utc = time.endsWith('Z');
    const ms = Date.parse(utc ? time : time.replace(' ', 'T') + 'Z');
    return { file, kind: 'update', update: {}, status: 'failed', code, source: utc ? 'event' : 'history', outcome: { file, line: 1, text: '', time }, companions: [], ms };
  };

  it('takes the offset most event/local pairs agree on, rounded to the quarter hour', () => {
    const offset = learnClockOffset([
      attempt('WindowsUpdate.log', '0x8024001E', '2022-10-27 08:38:34'),
      attempt('WindowsUpdate.log', '0x80070570', '2022-10-28 13:50:06'),
      attempt('System.evtx', '0x8024001E', '2022-10-27T00:38:51Z'),
      attempt('System.evtx', '0x80070570', '2022-10-28T05:50:40Z'),
    ]);
    expect(offset).toBe(8 * HOUR);
  });

  it('knows nothing without a pair: different codes, a time far off the quarter hour, or one file only', () => {
    expect(learnClockOffset([attempt('a.log', '0x80070570', '2022-10-28 13:50:06'), attempt('s.evtx', '0x8024001E', '2022-10-28T05:50:06Z')])).toBeUndefined();
    expect(learnClockOffset([attempt('a.log', '0x80070570', '2022-10-28 13:50:06'), attempt('s.evtx', '0x80070570', '2022-10-28T05:43:00Z')])).toBeUndefined();
    expect(learnClockOffset([attempt('a.log', '0x80070570', '2022-10-28 13:50:06')])).toBeUndefined();
  });
});
