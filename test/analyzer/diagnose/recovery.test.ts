import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/analyzer/extract/attempts.ts';
import { splitRecovered } from '../../../src/analyzer/diagnose/recovery.ts';

/** A servicing outcome in `file`: time (zoned or not, or none), line, package or a whole session. */
const attempt = (status: Attempt['status'], file: string, line: number, time?: string, pkg?: string): Attempt => ({
  file,
  kind: 'servicing',
  update: pkg ? { package: pkg } : {},
  status,
  source: status === 'failed' ? 'servicing-error' : 'session-result',
  outcome: { file, line, text: '', ...(time ? { time } : {}) },
  companions: [],
});

/** The rule written plainly: the first success, in the attempts' order, that is later and of the same thing. */
function reference(attempts: readonly Attempt[]): [number, number | undefined][] {
  const successes = attempts.filter((a) => a.status === 'succeeded');
  const later = (s: Attempt, f: Attempt) =>
    s.outcome.time && f.outcome.time && s.outcome.time.endsWith('Z') === f.outcome.time.endsWith('Z') && s.outcome.time !== f.outcome.time ? s.outcome.time > f.outcome.time : s.file === f.file && s.outcome.line > f.outcome.line;
  const same = (f: Attempt, s: Attempt) => f.file === s.file && (!s.update.package || s.update.package === f.update.package);
  return attempts.flatMap((f, i) => (f.status === 'failed' ? [[i, (() => { const s = successes.find((x) => later(x, f) && same(f, x)); return s ? attempts.indexOf(s) : undefined; })()] as [number, number | undefined]] : []));
}

const indexed = (attempts: readonly Attempt[]) => {
  const { open, recovered } = splitRecovered(attempts);
  const at = (a: Attempt) => attempts.indexOf(a);
  return [...open.map((f) => [at(f), undefined] as [number, number | undefined]), ...recovered.map((r) => [at(r.failure), at(r.fixedBy)] as [number, number | undefined])].sort((a, b) => a[0] - b[0]);
};

describe('failures outlived by a later success', () => {
  it('a completed session outlives the failures of its file before it, a package\'s only that package\'s', () => {
    const log = [
      attempt('failed', 'CBS.log', 10, '2025-12-15 16:58:55', 'A'),
      attempt('succeeded', 'CBS.log', 12, '2025-12-15 16:58:55', 'B'),
      attempt('succeeded', 'CBS.log', 20, '2025-12-15 17:04:17'),
      attempt('failed', 'CBS.log', 30, '2025-12-15 17:09:28', 'A'),
      attempt('failed', 'other.log', 5, '2025-12-15 16:00:00'),
    ];
    expect(indexed(log)).toEqual([[0, 2], [3, undefined], [4, undefined]]);
  });

  it("a package's success does not outlive a failure of no package known: a feature's download failing before any package ran", () => {
    const log = [
      attempt('failed', 'CBS.log', 1956, '2023-11-11 11:26:35'),
      attempt('failed', 'CBS.log', 2003, '2023-11-11 11:29:44', 'fa-ir'),
      attempt('succeeded', 'CBS.log', 4836, '2023-11-12 12:15:47', 'Foundation'),
    ];
    expect(indexed(log)).toEqual([[0, undefined], [1, undefined]]);
    // a session-wide success after them outlives both
    expect(indexed([...log, attempt('succeeded', 'CBS.log', 4900, '2023-11-12 12:20:00')])).toEqual([[0, 3], [1, 3]]);
  });

  it('finds the same success as a search from the first, for any order, clock and mix of files (sorted sessions are searched by halving)', () => {
    const time = fc.option(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()).map(([t, z]) => `2025-12-15 10:${String(t).padStart(2, '0')}:00${z ? 'Z' : ''}`), { nil: undefined });
    const one = fc.record({ failed: fc.boolean(), file: fc.constantFrom('CBS.log', 'dism.log'), line: fc.integer({ min: 1, max: 60 }), time, pkg: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }) });
    const sorted = <T extends { line: number; time?: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.time ?? '').localeCompare(b.time ?? '') || a.line - b.line);
    fc.assert(
      fc.property(fc.array(one, { maxLength: 40 }), fc.boolean(), (items, inOrder) => {
        const log = (inOrder ? sorted(items) : items).map((x) => attempt(x.failed ? 'failed' : 'succeeded', x.file, x.line, x.time, x.pkg));
        expect(indexed(log)).toEqual(reference(log).sort((a, b) => a[0] - b[0]));
      }),
      { numRuns: 500 },
    );
  });
});
