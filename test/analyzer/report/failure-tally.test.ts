import { describe, expect, it } from 'vitest';
import type { AttemptReport } from '../../../src/analyzer/report/model.ts';
import { tallyFailures } from '../../../src/analyzer/report/failure-tally.ts';
import { caseReport } from '../../components/analyze/case-report.ts';

/** A failed attempt as the report gives it, with only what the tally reads. */
const failed = (code: string | undefined, time: string): AttemptReport =>
  ({ file: 'WindowsUpdate.log', update: {}, status: 'failed', ...(code ? { code } : {}), source: 'agent-result', outcome: { file: 'WindowsUpdate.log', line: 1, text: '', time }, companions: [] }) as unknown as AttemptReport;

describe('tallyFailures', () => {
  it('counts the case as the engineer did: failed attempts by result code, most frequent first', async () => {
    const rows = tallyFailures((await caseReport()).attempts);
    expect(rows.map((r) => [r.code, r.count])).toEqual([
      ['0x80070570', 4],
      ['0x80070490', 1],
      ['0x8024001E', 1],
    ]);
    expect(rows[0]).toMatchObject({ name: 'ERROR_FILE_CORRUPT', first: '2022-10-13 13:23:49', last: '2022-10-28 13:50:06' });
  });

  it('leaves succeeded attempts out', async () => {
    const attempts = (await caseReport()).attempts.map((a) => ({ ...a, status: 'succeeded' as const }));
    expect(tallyFailures(attempts)).toEqual([]);
  });

  it('counts a code once whatever case its hex digits are written in, as its first attempt writes it', () => {
    const rows = tallyFailures([failed('0x800f0922', '2022-10-27 08:38:33'), failed('0x800F0922', '2022-10-28 09:00:00')]);
    expect(rows).toEqual([{ code: '0x800f0922', count: 2, first: '2022-10-27 08:38:33', last: '2022-10-28 09:00:00' }]);
  });

  it('keeps failures whose log gives no code in a row of their own, with no code', () => {
    const rows = tallyFailures([failed(undefined, '2022-10-27 08:38:33'), failed('0x80070570', '2022-10-27 08:00:00'), failed(undefined, '2022-10-27 09:00:00')]);
    expect(rows.map((r) => [r.code, r.count])).toEqual([
      [undefined, 2],
      ['0x80070570', 1],
    ]);
  });

  it('breaks ties by the earliest first time, or by day when times are read as days', () => {
    const attempts = [failed('0x80070570', '2022-10-27 18:00:00'), failed('0x8024001e', '2022-10-27 08:00:00')];
    expect(tallyFailures(attempts).map((r) => r.code)).toEqual(['0x8024001e', '0x80070570']);
    const byDay = tallyFailures(attempts, (time) => time.slice(0, 10));
    expect(byDay.map((r) => [r.code, r.first])).toEqual([
      ['0x80070570', '2022-10-27'],
      ['0x8024001e', '2022-10-27'],
    ]);
  });
});
