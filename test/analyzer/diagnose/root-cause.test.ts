import { describe, expect, it } from 'vitest';
import { causeFromAttempts } from '../../../src/analyzer/diagnose/root-cause.ts';
import type { Attempt } from '../../../src/analyzer/extract/attempt-model.ts';
import { emptyKnowledge } from '../../../src/analyzer/index.ts';

/** A failed servicing outcome with `code` at `time`, on line `line` of CBS.log. */
const failed = (code: string, time: string, line: number): Attempt => ({
  file: 'CBS.log',
  kind: 'servicing',
  update: {},
  status: 'failed',
  code,
  source: 'servicing-error',
  outcome: { file: 'CBS.log', line, text: `${time}, Error CBS failed [HRESULT = ${code}]`, time },
  companions: [],
});

describe('causeFromAttempts', () => {
  it('between codes of the same weight and count, names the one that failed last', () => {
    const attempts = [
      failed('0x800F0821', '2022-10-27 08:38:33', 1),
      failed('0x80070570', '2022-10-27 09:12:00', 2),
      failed('0x800F0821', '2022-10-27 10:00:00', 3),
      failed('0x80070570', '2022-10-27 09:59:59', 4),
    ];
    expect(causeFromAttempts(attempts, emptyKnowledge())?.code).toBe('0x800F0821');
    expect(causeFromAttempts([...attempts].reverse(), emptyKnowledge())?.code).toBe('0x800F0821');
    expect(causeFromAttempts(attempts.slice(0, 2), emptyKnowledge())?.code).toBe('0x80070570');
  });

  it('puts more attempts before a later time', () => {
    const attempts = [failed('0x800F0821', '2022-10-27 08:00:00', 1), failed('0x800F0821', '2022-10-27 08:01:00', 2), failed('0x80070570', '2022-10-28 00:00:00', 3)];
    expect(causeFromAttempts(attempts, emptyKnowledge())?.code).toBe('0x800F0821');
  });
});
