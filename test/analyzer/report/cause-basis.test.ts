import { describe, expect, it } from 'vitest';
import { causeBasis } from '../../../src/analyzer/report/cause-basis.ts';
import type { Report } from '../../../src/analyzer/index.ts';

type Parts = Pick<Report, 'rootCause' | 'verdict'>;
const evidence = [{ file: 'WindowsUpdate.log', line: 1, text: '…' }];
const report = (basis: 'mention' | 'attempt-outcome', unresolved: { code: string; download?: true }[]): Parts =>
  ({
    rootCause: { code: '0x80D05001', basis, count: 1, evidence, wrappers: [], runbooks: [], kbs: [] },
    verdict: { unresolved: unresolved.map((u) => ({ ...u, count: 1, evidence })) },
  }) as unknown as Parts;

describe('how the root cause was found, as the report says it', () => {
  it('a suspect that is the code of a download still failing is said as the download\'s', () => {
    expect(causeBasis(report('mention', [{ code: '0x80D05001', download: true }]))).toBe('download');
  });

  it('any other suspect, and any cause from an outcome, keeps its basis', () => {
    expect(causeBasis(report('mention', [{ code: '0x80D05001' }]))).toBe('mention');
    expect(causeBasis(report('mention', [{ code: '0x80D03805', download: true }]))).toBe('mention');
    expect(causeBasis(report('attempt-outcome', [{ code: '0x80D05001', download: true }]))).toBe('attempt-outcome');
  });

  it('is nothing where there is no cause', () => {
    expect(causeBasis({ rootCause: null, verdict: { unresolved: [] } } as unknown as Parts)).toBeUndefined();
  });
});
