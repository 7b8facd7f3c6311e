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

  it('under a wrapper outcome, names the code its own line gives before the first code of the attempt', () => {
    // Real lines: github.com/ReeceKetley/Command-8-Remapper, commit a7e0f6a3, WindowsUpdate.log lines 9785, 9858 and 9862.
    const at = (line: number, text: string) => ({ file: 'WindowsUpdate.log', line, text });
    const attempt: Attempt = {
      file: 'WindowsUpdate.log',
      kind: 'update',
      update: { kb: 'KB5034441' },
      status: 'failed',
      code: '0x80070643',
      source: 'history',
      outcome: at(9862, '2024/05/02 16:40:48.6826417 6720  4720  Agent           LogHistory called. idUpdate={576B0DD6-57CC-457B-A5EC-E888491B395D}.200, resultMapped=80070643, resultUnMapped=800F0828'),
      companions: [
        { code: '0x8024801E', form: 'failed', evidence: at(9785, '2024/05/02 16:36:25.2022496 2396  8492  WIL             *FAILED* [8024801E] file = onecore\\enduser\\windowsupdate\\client\\engine\\updatedeploymentprovider\\lib\\dpupdatehelper.cpp, line = 632') },
        { code: '0x800F0828', form: 'hex', evidence: at(9858, '2024/05/02 16:40:48.0802895 6600  2648  Handler         Command line install completed. Return code = 0x800f0828, Result = Failed, Reboot required = false') },
      ],
    };
    const knowledge = emptyKnowledge();
    knowledge.codes['0x80070643'] = { names: ['ERROR_INSTALL_FAILURE'], wrapper: true };
    const cause = causeFromAttempts([attempt], knowledge);
    expect(cause?.code).toBe('0x800F0828');
    // The lines that show it: its own, then the wrapper's outcome.
    expect(cause?.evidence.map((e) => e.line)).toEqual([9858, 9862]);
    expect(cause?.wrappers.map((w) => w.code)).toEqual(['0x80070643', '0x8024801E']);
    // With no code of its own line among them, the attempt's first.
    expect(causeFromAttempts([{ ...attempt, outcome: at(9862, 'LogHistory called. resultMapped=80070643') }], knowledge)?.code).toBe('0x8024801E');
  });
});

