/**
 * When a code's finding is history: the code as the verdict reads it, open while a failure
 * holding it is, history once a later success outlived it. Attempts here are data, as the
 * scanners leave them; real excerpts are in acceptance/cleared-findings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/analyzer/extract/attempts.ts';
import type { Evidence } from '../../../src/analyzer/extract/evidence.ts';
import { codeClearedBy as clearedWith, recoveredLines } from '../../../src/analyzer/diagnose/finding-history.ts';
import type { CodeTally } from '../../../src/analyzer/scan/file-facts.ts';
import type { FactsData } from '../../../src/analyzer/scan/session.ts';

const FILE = 'WindowsUpdate.log';
const at = (line: number, text = `line ${line}`): Evidence => ({ file: FILE, line, text });
const attempt = (status: Attempt['status'], line: number, code?: string, companions: string[] = []): Attempt => ({
  file: FILE,
  kind: 'update',
  update: { kb: 'KB890830' },
  status,
  ...(code ? { code } : {}),
  source: 'history',
  outcome: at(line),
  companions: companions.map((c) => ({ code: c, form: 'hex', evidence: at(line - 1) })),
});
const tally = (code: string, lastSignal: number): CodeTally => ({ code, count: 1, noise: 0, lastSignal, forms: { hex: 1 }, evidence: [at(lastSignal)] });

function facts(attempts: Attempt[], tallies: CodeTally[] = [], lastSuccess?: number): FactsData {
  return {
    file: FILE,
    codes: new Map(tallies.map((t) => [t.code, t])),
    droppedCodes: 0,
    kbs: new Map(),
    packages: new Map(),
    builds: new Map(),
    wsus: [],
    patternHits: new Map(),
    patternWatch: new Map(),
    warnings: [],
    ...(lastSuccess ? { lastSuccess: { line: lastSuccess, text: `line ${lastSuccess}` } } : {}),
    updates: { attempts, dropped: 0 },
    servicing: { attempts: [], dropped: 0 },
  };
}

/** As findings.ts asks: with the file's attempts of both trackers. */
const codeClearedBy = (code: string, outcomeOnly: boolean, f: FactsData, recovered: Map<string, Evidence>) =>
  clearedWith(code, outcomeOnly, f, [...f.updates.attempts, ...f.servicing.attempts], recovered);

describe('a code finding as history', () => {
  const failed = attempt('failed', 10, '0x80070643', ['0x80072EE2']);
  const retried = attempt('succeeded', 20);

  it('a failure a later success outlived is history at that success; the code beside it too, unless the rule asks for outcomes', () => {
    const recovered = recoveredLines([{ failure: failed, fixedBy: retried }]);
    expect(codeClearedBy('0x80070643', true, facts([failed, retried]), recovered)?.line).toBe(20);
    expect(codeClearedBy('0x80072EE2', false, facts([failed, retried]), recovered)?.line).toBe(20);
    expect(codeClearedBy('0x80072EE2', true, facts([failed, retried]), recovered)).toBeUndefined();
  });

  it('stays open while any failure holding it is open', () => {
    const again = attempt('failed', 30, '0x80070643');
    const recovered = recoveredLines([{ failure: failed, fixedBy: retried }]);
    expect(codeClearedBy('0x80070643', true, facts([failed, retried, again]), recovered)).toBeUndefined();
    expect(codeClearedBy('0x80070643', false, facts([failed]), new Map())).toBeUndefined();
  });

  it('a failure joined into another is known by its own line', () => {
    const joined = { ...failed, joined: [{ file: 'System.evtx', line: 7, text: 'event 20' }] };
    const recovered = recoveredLines([{ failure: joined, fixedBy: retried }]);
    expect(recovered.get('System.evtx:7')?.line).toBe(20);
  });

  it('a code only beside an install that succeeded is history at that install', () => {
    const installed = attempt('succeeded', 40, undefined, ['0x8024000C']);
    expect(codeClearedBy('0x8024000C', false, facts([installed], [tally('0x8024000C', 39)]), new Map())?.line).toBe(40);
  });

  it('a code no attempt holds is history when an operation of its log ended with success after its last occurrence', () => {
    expect(codeClearedBy('0x8024401C', false, facts([], [tally('0x8024401C', 5)], 21), new Map())?.line).toBe(21);
    expect(codeClearedBy('0x8024401C', false, facts([], [tally('0x8024401C', 25)], 21), new Map())).toBeUndefined();
    expect(codeClearedBy('0x8024401C', false, facts([], [tally('0x8024401C', 5)]), new Map())).toBeUndefined();
  });
});
