import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimeOrder } from '../../../src/input/etl/time-order.ts';

const order = (times: number[], capacity: number) => {
  const out: number[] = [];
  const window = new TimeOrder<{ time: bigint; n: number }>(capacity, (e) => out.push(e.n));
  times.forEach((t, n) => window.push({ time: BigInt(t), n }));
  window.flush();
  return { out, late: window.late };
};

describe('restoring time order in a bounded window', () => {
  it('sorts interleaved ordered runs, keeping the arrival order of equal times', () => {
    const { out, late } = order([10, 20, 11, 30, 12, 20, 31], 100);
    expect(out).toEqual([0, 2, 4, 1, 5, 3, 6]);
    expect(late).toBe(0);
  });

  it('sorts any sequence that fits the window; what lags further is counted, never lost', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), fc.integer({ min: 1, max: 300 }), (times, capacity) => {
        const { out, late } = order(times, capacity);
        expect([...out].sort((a, b) => a - b)).toEqual(times.map((_, i) => i));
        const emitted = out.map((n) => times[n]);
        if (times.length <= capacity) expect(emitted).toEqual([...times].sort((a, b) => a - b));
        const descents = emitted.filter((t, i) => i > 0 && t < Math.max(...emitted.slice(0, i))).length;
        expect(late).toBe(descents);
      }),
      { numRuns: 300 },
    );
  });
});
