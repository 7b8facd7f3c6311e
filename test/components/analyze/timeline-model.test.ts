import { describe, expect, it } from 'vitest';
import { buildTimeline, stackPoints, timeMs, weighedFailures, type TimelinePoint } from '../../../src/components/analyze/timeline-model.ts';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/analyzer/index.ts';
import { bytesInput, caseKnowledge } from '../../analyzer/helpers.ts';
import { caseReport } from './case-report.ts';

describe('buildTimeline', () => {
  it('puts the case on rows per update, then the servicing episode, over whole days', async () => {
    const timeline = buildTimeline(await caseReport())!;
    const rows = timeline.rows.map((r) => [r.update ?? null, r.servicing, r.points.length]);
    expect(rows).toEqual([
      [null, false, 5],
      ['KB5016623', false, 1],
      ['KB5016623', true, 1],
    ]);
    expect(new Date(timeline.start).toISOString()).toBe('2022-10-12T00:00:00.000Z');
    expect(new Date(timeline.end).toISOString()).toBe('2022-10-29T00:00:00.000Z');
    expect(timeline.rows[0].points.map((p) => p.code)).toEqual(['0x80070490', '0x80070570', '0x80070570', '0x80070570', '0x80070570']);
  });

  it('spreads at most the asked number of day ticks from the first day', async () => {
    const timeline = buildTimeline(await caseReport(), 5)!;
    expect(timeline.ticks.length).toBeLessThanOrEqual(5);
    expect(timeline.ticks[0].day).toBe('2022-10-12');
    // all of one year: the first tick says which, the others the month and day
    expect(timeline.ticks.map((t) => t.label).slice(0, 2)).toEqual(['2022-10-12', '10-17']);
  });

  it('ends the axis on the last day, however the steps fall', async () => {
    const report = await caseReport();
    const at = (time: string) => ({ ...report.attempts[0], outcome: { ...report.attempts[0].outcome, time } });
    for (const [first, last, most] of [
      ['2020-02-04 10:00:00', '2024-05-02 10:00:00', 8],
      ['2020-02-04 10:00:00', '2024-05-02 10:00:00', 4],
      ['2022-10-12 10:00:00', '2022-10-28 10:00:00', 5],
      ['2022-10-12 10:00:00', '2022-10-12 11:00:00', 8],
    ] as const) {
      const timeline = buildTimeline({ attempts: [at(first), at(last)], servicing: [] }, most)!;
      expect(timeline.ticks.at(-1)!.ms, `${first} … ${last}`).toBe(timeline.end);
      expect(timeline.ticks[0].ms).toBe(timeline.start);
      expect(timeline.ticks.length).toBeLessThanOrEqual(most);
      // in order, none on another
      for (let i = 1; i < timeline.ticks.length; i++) expect(timeline.ticks[i].ms).toBeGreaterThan(timeline.ticks[i - 1].ms);
    }
  });

  it('writes the year on the axis when the attempts are of several years, and the month alone past a year', async () => {
    const report = await caseReport();
    const at = (time: string) => ({ ...report.attempts[0], outcome: { ...report.attempts[0].outcome, time } });
    const newYear = buildTimeline({ attempts: [at('2022-12-20 10:00:00'), at('2023-01-10 10:00:00')], servicing: [] }, 5)!;
    expect(newYear.ticks.map((t) => t.label)[0]).toBe('2022-12-20');
    const years = buildTimeline({ attempts: [at('2020-02-04 10:00:00'), at('2024-05-02 10:00:00')], servicing: [] }, 5)!;
    expect(years.ticks.map((t) => t.label)).toEqual(years.ticks.map((t) => t.day.slice(0, 7)));
    expect(years.ticks[0].label).toBe('2020-02');
  });

  it('marks the failures the verdict sets aside: an app provisioned with DISM, a Store app; not a failure of an update', async () => {
    const report = await caseReport();
    const [servicing] = report.servicing;
    const attempt = report.attempts.find((a) => a.status === 'failed')!;
    const app = { ...servicing, status: 'failed' as const, update: { phase: 'DISM.exe  /Online /Add-ProvisionedAppxPackage /PackagePath:92fd0ac0607b40e6bf7e9dcb09dfe742.appx' } };
    const store = { ...attempt, update: { title: '9WZDNCRFJ364-MICROSOFT.SKYPEAPP' } };
    const timeline = buildTimeline({ attempts: [attempt, store], servicing: [app] })!;
    const aside = timeline.rows.map((r) => [r.update ?? null, r.servicing, r.points.map((p) => p.aside ?? false)]);
    expect(aside).toEqual([
      [null, false, [false]],
      ['9WZDNCRFJ364-MICROSOFT.SKYPEAPP', false, [true]],
      [null, true, [true]],
    ]);
  });

  it('gathers the points whose dots would cover each other, one dot per outcome among them, side by side in the order they came', () => {
    const point = (time: string, status: TimelinePoint['status'], code?: string): TimelinePoint => ({ ms: timeMs(time)!, time, status, code, file: 'WindowsUpdate.log', line: 1 });
    // a day is 1000 units wide: a minute apart is the same place, two hours apart is not
    const x = (ms: number) => (ms - Date.UTC(2022, 9, 28)) / 86_400;
    const points = [
      point('2022-10-28 10:00:00', 'failed', '0x80240009'),
      point('2022-10-28 10:00:40', 'failed', '0x8024200B'),
      point('2022-10-28 10:01:00', 'succeeded'),
      point('2022-10-28 12:00:00', 'failed', '0x80070570'),
      point('2022-10-28 12:00:30', 'failed', '0x80070570'),
    ];
    const stacks = stackPoints(points, x);
    expect(stacks.map((s) => [s.kind, s.points.length, s.code ?? null])).toEqual([
      // a driver's two failures of two codes, then its success a minute later: the success is not under them
      ['failed', 2, null],
      ['succeeded', 1, null],
      ['failed', 2, '0x80070570'],
    ]);
    // the two outcomes of one place stand apart, the failures first as they came first; a place of one outcome stays where it is
    const at = x(points[0].ms);
    expect(stacks[0].x).toBeCloseTo(at - 6.5);
    expect(stacks[1].x).toBeCloseTo(at + 6.5);
    expect(stacks[2].x).toBe(x(points[3].ms));
    // given in any order, the points of a stack keep their time order
    expect(stackPoints([...points].reverse(), x)[2].points.map((p) => p.time)).toEqual(['2022-10-28 12:00:00', '2022-10-28 12:00:30']);
  });

  it('has nothing to draw without dated attempts', () => {
    expect(buildTimeline({ attempts: [], servicing: [] })).toBeUndefined();
  });

  it('reads both local and UTC stamps of the analyzer', () => {
    expect(timeMs('2022-10-28 13:50:06')).toBe(Date.UTC(2022, 9, 28, 13, 50, 6));
    expect(timeMs('2022-10-28T13:50:06Z')).toBe(Date.UTC(2022, 9, 28, 13, 50, 6));
    expect(timeMs('yesterday')).toBeUndefined();
  });
});

describe('weighedFailures', () => {
  it("leaves out a Store app's failure, which the verdict sets aside: the count under the cause is of the others", async () => {
    const report = await analyze([bytesInput('System.evtx', readFileSync('test/fixtures/binary/System-wuclient.evtx'))], caseKnowledge());
    const failed = report.attempts.filter((a) => a.status === 'failed');
    expect(failed.map((a) => a.code)).toEqual(expect.arrayContaining(['0x80240016', '0x80073D02']));
    expect(weighedFailures(report).map((a) => a.code)).toEqual(['0x80240016']);
  });
});
