import { describe, expect, it } from 'vitest';
import { tallyFailures } from '../../../src/components/analyze/tally.ts';
import { caseReport } from './case-report.ts';

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
});
