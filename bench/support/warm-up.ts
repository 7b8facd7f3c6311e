/**
 * What a fresh process's first megabytes cost: V8 runs the analyzer's code unoptimized until its
 * optimizing compiler, on a background thread, has compiled the hot functions, which took the
 * first 4-7 MB of a log on the machine the speed document was measured on. The input is timed as
 * it is read, and the time of the first WARM_MB is set against the rate of the rest.
 */
import type { AnalyzerInput } from '../../src/analyzer/index.ts';
import { readChunks } from '../../src/input/read-chunks.ts';
import { median } from './cpu-time.ts';

export const WARM_MB = 8;
const MB = 1024 * 1024;

/**
 * `input`, noting in `at` the milliseconds since `start` at which each whole MB had been handed over:
 * `at[k]` is when k + 1 MB had been handed over, all of it analyzed but the chunk just handed.
 */
export function timedByMB(input: AnalyzerInput, start: number, at: number[]): AnalyzerInput {
  return {
    ...input,
    async *stream() {
      let bytes = 0;
      for await (const chunk of readChunks(input.stream())) {
        for (bytes += chunk.length; bytes >= (at.length + 1) * MB; ) at.push(performance.now() - start);
        yield chunk;
      }
    },
  };
}

export interface WarmUp {
  /** milliseconds to the end of the first WARM_MB */
  firstMs: number;
  /** median milliseconds per MB after them */
  steadyMsPerMB: number;
}

/** From the times of a run's MBs; undefined for a log too short to tell the two apart. */
export function warmUp(at: readonly number[]): WarmUp | undefined {
  if (at.length < 4 * WARM_MB) return undefined;
  const perMB = at.slice(WARM_MB).map((ms, i) => ms - at[WARM_MB - 1 + i]);
  return { firstMs: at[WARM_MB - 1], steadyMsPerMB: median(perMB) };
}
