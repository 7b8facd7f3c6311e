import { describe, expect, it } from 'vitest';
import { symptomRefs, symptomsForCause } from '../../src/catalog/symptom-links.ts';
import type { Symptom } from '../../src/catalog/types.ts';

const symptom = (id: string, codes: string[], runbooks: string[]) => ({ id, title: { 'zh-CN': `现象 ${id}`, en: `Symptom ${id}` }, codes, runbooks }) as unknown as Symptom;
const refs = symptomRefs([
  symptom('rollback', ['0x800F0922'], ['pending-reboot-or-transaction', 'collect-logs-with-log-collector']),
  symptom('offered-again', ['0x800F0922'], ['pending-reboot-or-transaction']),
  symptom('stuck', [], ['pending-reboot-or-transaction', 'collect-logs-with-log-collector']),
  symptom('download', [], ['clear-softwaredistribution-download']),
]);

describe('symptomRefs', () => {
  it('maps each code and runbook to the symptoms that lead to it, with their titles', () => {
    expect(refs.byCode).toEqual({ '0x800F0922': ['rollback', 'offered-again'] });
    expect(refs.byRunbook['collect-logs-with-log-collector']).toEqual(['rollback', 'stuck']);
    expect(refs.titles.download.en).toBe('Symptom download');
  });
});

describe('symptomsForCause', () => {
  it("prefers the symptoms leading to the root cause's article, in any spelling of the code", () => {
    expect(symptomsForCause(refs, '0x800f0922', ['clear-softwaredistribution-download'])).toEqual(['rollback', 'offered-again']);
  });

  it('falls back to the first runbook of the cause, and finds nothing without either', () => {
    expect(symptomsForCause(refs, '0x80070570', ['clear-softwaredistribution-download', 'collect-logs-with-log-collector'])).toEqual(['download']);
    expect(symptomsForCause(refs, '0x80070570', [])).toEqual([]);
    expect(symptomsForCause(refs, undefined)).toEqual([]);
  });

  it("among a code's symptoms, puts first one leading to the cause's earliest runbook, then one leading to fewer codes", () => {
    const ranked = symptomRefs([
      symptom('history-failed', ['0x800F0922', '0x80070570', '0x8024001E'], ['collect-logs-with-log-collector']),
      symptom('offered-again', ['0x800F0922'], ['pending-reboot-or-transaction']),
      symptom('rollback', ['0x800F0922'], ['boot-trace-procmon-wpr']),
      symptom('reserved-full', ['0x800F0922'], ['disk-space-and-system-reserved']),
    ]);
    const causeRunbooks = ['boot-trace-procmon-wpr', 'disk-space-and-system-reserved', 'collect-logs-with-log-collector'];
    expect(symptomsForCause(ranked, '0x800F0922', causeRunbooks)).toEqual(['rollback', 'reserved-full']);
    expect(symptomsForCause(ranked, '0x800F0922', [], 4)).toEqual(['offered-again', 'rollback', 'reserved-full', 'history-failed']);
  });

  it('names at most `limit` symptoms', () => {
    expect(symptomsForCause(refs, undefined, ['pending-reboot-or-transaction'], 2)).toEqual(['rollback', 'offered-again']);
  });
});
