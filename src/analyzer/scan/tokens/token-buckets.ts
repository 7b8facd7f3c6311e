import { fingerprintBytes, type Literal } from './literal.ts';

export const BUCKETS = 8;
const MAX_PER_BUCKET = 15;

/**
 * Which of the scan's eight buckets each literal goes in. A position is verified against every
 * literal of each bucket whose fingerprint it passes, and a bucket's fingerprint is the union of
 * its literals' nibbles, so literals that pass on the same common bytes are best kept apart from
 * rare ones. Greedy: each literal in turn moves to the bucket that lowers the expected number of
 * literal checks per position, with byte frequencies taken from a sample of the text. On a
 * dense CBS.log this checks about a third as many literals as buckets by alphabetical order.
 */
export function assignBuckets(literals: readonly Literal[], sample: Uint8Array): number[] {
  // freq[v]: how often byte v stands in the sample (one added to each, so none is impossible)
  const freq = new Float64Array(256).fill(1);
  for (let i = 0; i < sample.length; i++) freq[sample[i]]++;
  const total = freq.reduce((a, b) => a + b, 0);
  // each literal's fingerprint as nibble masks: [position k] low nibbles, high nibbles
  const lows = literals.map((l) => fingerprintBytes(l).map((set) => set.reduce((m, v) => m | (1 << (v & 15)), 0)));
  const highs = literals.map((l) => fingerprintBytes(l).map((set) => set.reduce((m, v) => m | (1 << (v >> 4)), 0)));
  const bucketOf = literals.map((_, id) => Math.floor((id * BUCKETS) / literals.length));
  const sizes = new Array<number>(BUCKETS).fill(0);
  bucketOf.forEach((b) => sizes[b]++);
  /** Expected literal checks per position for one bucket: the chance a byte passes its fingerprint, times its size. */
  const cost = (bucket: number): number => {
    if (!sizes[bucket]) return 0;
    let pass = 1;
    for (let k = 0; k < 3; k++) {
      let lo = 0, hi = 0;
      for (let id = 0; id < literals.length; id++) if (bucketOf[id] === bucket) (lo |= lows[id][k]), (hi |= highs[id][k]);
      let p = 0;
      for (let h = hi; h; h &= h - 1) {
        const row = 31 - Math.clz32(h & -h);
        for (let l = lo; l; l &= l - 1) p += freq[(row << 4) | (31 - Math.clz32(l & -l))];
      }
      pass *= p / total;
    }
    return pass * (sizes[bucket] + 2); // a lane's call and loop cost about two literal checks
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
