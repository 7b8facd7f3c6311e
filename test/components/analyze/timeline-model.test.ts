import { describe, expect, it } from 'vitest';
import { buildTimeline, timeMs } from '../../../src/components/analyze/timeline-model.ts';
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
    expect(timeline.ticks[0].label).toBe('2022-10-12');
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
