import { describe, expect, it } from 'vitest';
import { timedByMB, WARM_MB, warmUp } from '../../bench/support/warm-up.ts';

const MB = 1024 * 1024;

describe('the benchmark warm-up figure', () => {
  it('sets the time of the first 8 MB against the median rate of the rest', () => {
    // 10 ms a MB for the first eight, then 3 ms, with one slow MB among them
    const perMB = Array.from({ length: 40 }, (_, k) => (k < WARM_MB ? 10 : k === 20 ? 50 : 3));
    const at = perMB.map((_, k) => perMB.slice(0, k + 1).reduce((a, b) => a + b, 0));
    expect(warmUp(at)).toEqual({ firstMs: 80, steadyMsPerMB: 3 });
  });

  it('gives no figure for a log too short to tell the two apart', () => {
    expect(warmUp(Array.from({ length: 4 * WARM_MB - 1 }, (_, k) => k))).toBeUndefined();
  });

  it('notes a time each time a whole MB has been handed over, whatever the chunks', async () => {
    const chunk = new Uint8Array(300 * 1024);
    const input = { name: 'log', size: 10 * chunk.length, stream: async function* () { for (let k = 0; k < 10; k++) yield chunk; } };
    const at: number[] = [];
    let chunks = 0;
    for await (const piece of timedByMB(input, performance.now(), at).stream() as AsyncIterable<Uint8Array>) chunks += piece === chunk ? 1 : 0;
    expect(chunks).toBe(10);
    // 3,000 KiB handed over: two whole MB
    expect(at).toHaveLength(Math.floor((10 * chunk.length) / MB));
    expect(at[1]).toBeGreaterThanOrEqual(at[0]);
  });
});
