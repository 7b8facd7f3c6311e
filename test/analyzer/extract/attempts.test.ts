import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttemptTracker } from '../../../src/analyzer/extract/attempts.ts';
import { evidence } from '../../../src/analyzer/extract/evidence.ts';

const CODES = ['0x800F0922', '0x800F0831', '0x80070002', '0x800F081F'];
const PACKAGES = [undefined, { package: 'Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7', kb: 'KB5016623' }, { package: 'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7' }];

/** One line a servicing parser gives the tracker: a failure outcome, a companion, or a success. */
const step = fc.record({
  kind: fc.constantFrom('failed', 'companion', 'succeeded'),
  code: fc.constantFrom(...CODES),
  gap: fc.integer({ min: 0, max: 90 }),
  update: fc.constantFrom(...PACKAGES),
  timed: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function apply(tracker: AttemptTracker, s: Step, line: number, ms: number | undefined): void {
  const ev = evidence('CBS.log', line, `line ${line}`);
  if (s.kind === 'companion') tracker.companion(s.code, '0x', ev, ms);
  else if (s.kind === 'failed') tracker.outcome({ status: 'failed', code: s.code, source: 'servicing-error', evidence: ev, ms, update: s.update });
  else tracker.outcome({ status: 'succeeded', source: 'session-result', evidence: ev, ms });
}

/** The steps applied in turn, lines and seconds advancing by each step's gap. */
function run(steps: Step[]): { tracker: AttemptTracker; line: number; ms: number } {
  const tracker = new AttemptTracker('CBS.log', 'servicing');
  let line = 0, ms = 0;
  for (const s of steps) {
    line += 1 + (s.gap % 7);
    ms += s.gap * 1000;
    apply(tracker, s, line, s.timed ? ms : undefined);
  }
  return { tracker, line, ms };
}

describe('AttemptTracker.holdsAt', () => {
  it('holds a failure exactly when its outcome or companion would change nothing but the time', () => {
    let held = 0, notHeld = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), step, (steps, last) => {
        if (last.kind === 'succeeded') return;
        const outcome = last.kind === 'failed';
        const { tracker, line, ms } = run(steps);
        const at = line + 1 + (last.gap % 7), when = last.timed ? ms + last.gap * 1000 : undefined;
        if (!tracker.holdsAt(last.code, at, when, outcome, last.update !== undefined)) return void notHeld++;
        held++;
        const applied = run(steps).tracker;
        apply(applied, last, at, when);
        if (outcome) tracker.touch(when);
        expect(JSON.stringify(tracker.attempts)).toBe(JSON.stringify(applied.attempts));
      }),
      { numRuns: 3000 },
    );
    expect(held).toBeGreaterThan(200);
    expect(notHeld).toBeGreaterThan(200);
  });

  it('at the attempt\'s own time, a failure held as an outcome changes nothing, as an outcome or as a companion', () => {
    let still = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), step, fc.boolean(), (steps, last, sameSecond) => {
        const { tracker, line, ms } = run(steps);
        const at = line + 1 + (last.gap % 7), when = !last.timed ? undefined : sameSecond ? ms : ms + last.gap * 1000;
        const before = JSON.stringify(tracker.attempts);
        if (!tracker.holdsAt(last.code, at, when, true, last.update !== undefined) || !tracker.isAt(when)) return;
        still++;
        for (const kind of ['failed', 'companion'] as const) {
          const applied = run(steps).tracker;
          apply(applied, { ...last, kind }, at, when);
          expect(JSON.stringify(applied.attempts)).toBe(before);
        }
      }),
      { numRuns: 3000 },
    );
    expect(still).toBeGreaterThan(100);
  });

  it('holds nothing for a WindowsUpdate.log, whose outcomes weigh their sources', () => {
    const tracker = new AttemptTracker('WindowsUpdate.log', 'update');
    tracker.outcome({ status: 'failed', code: CODES[0], source: 'exit-code', evidence: evidence('WindowsUpdate.log', 1, 'x'), ms: 0 });
    expect(tracker.holdsAt(CODES[0], 2, 0, true, false)).toBe(false);
  });
});

describe('AttemptTracker.notePhase', () => {
  it('notes a phase as note({ phase }) does, for either kind of tracker and whatever was noted before', () => {
    const phases = fc.array(fc.constantFrom('DPX: Apply', 'DPX: Resume', '', 'dism /online'), { maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom('update' as const, 'servicing' as const), phases, fc.integer({ min: 0, max: 6 }), (kind, list, outcomeAt) => {
        const [byNote, byPhase] = [new AttemptTracker('x.log', kind), new AttemptTracker('x.log', kind)];
        list.forEach((phase, i) => {
          if (i === outcomeAt) for (const t of [byNote, byPhase]) t.outcome({ status: 'failed', code: CODES[0], source: 'servicing-error', evidence: evidence('x.log', i + 1, 'x'), update: { kb: 'KB5016623' } });
          byNote.note({ phase });
          byPhase.notePhase(phase);
        });
        for (const t of [byNote, byPhase]) t.outcome({ status: 'failed', code: CODES[1], source: 'servicing-error', evidence: evidence('x.log', 1000, 'y'), separate: true });
        expect(byPhase.attempts).toEqual(byNote.attempts);
      }),
      { numRuns: 300 },
    );
  });

  it('names an install from a note near its outcome, not from one of another title or written long after', () => {
    const tracker = new AttemptTracker('WindowsUpdate.log', 'update');
    const at = (line: number) => evidence('WindowsUpdate.log', line, `line ${line}`);
    tracker.outcome({ status: 'succeeded', source: 'history', evidence: at(10), ms: 0, update: { id: '4F5A0173-1A79-40FF-951F-3CC0B40A5CB4' } });
    tracker.note({ package: 'Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9241.1' }, 12, 1000);
    tracker.note({ title: '2024-01 Security Update (KB5034441)', kb: 'KB5034441' }, 9000, 29 * 24 * 3600_000);
    expect(tracker.attempts[0].update).toEqual({ id: '4F5A0173-1A79-40FF-951F-3CC0B40A5CB4', package: 'Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9241.1' });

    tracker.start(at(9050), true, 30 * 24 * 3600_000 - 1000);
    tracker.outcome({ status: 'failed', code: '0x80070643', source: 'history', evidence: at(9100), ms: 30 * 24 * 3600_000, update: { id: '576B0DD6-57CC-457B-A5EC-E888491B395D', title: 'Windows 11, version 24H2' } });
    tracker.note({ title: '2024-04 .NET Framework update (KB5037724)', kb: 'KB5037724' }, 9101, 30 * 24 * 3600_000 + 10);
    expect(tracker.attempts[1].update).toEqual({ id: '576B0DD6-57CC-457B-A5EC-E888491B395D', title: 'Windows 11, version 24H2' });
  });

  it('gives an install its own result named by id no title listed after it, only the package its handler names', () => {
    const tracker = new AttemptTracker('WindowsUpdate.log', 'update');
    const at = (line: number) => evidence('WindowsUpdate.log', line, `line ${line}`);
    tracker.outcome({ status: 'succeeded', source: 'history', evidence: at(10), ms: 0, update: { id: 'BA15B1F5-A339-4F7F-8C55-711687501735' } });
    tracker.note({ title: '9MV0B5HZVK9Z-Microsoft.GamingApp' }, 11, 7000);
    tracker.note({ package: 'Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9236.2' }, 12, 7100);
    expect(tracker.attempts[0].update).toEqual({ id: 'BA15B1F5-A339-4F7F-8C55-711687501735', package: 'Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9236.2' });
  });
});

