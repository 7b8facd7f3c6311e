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
  // freq[hi * 16 + lo]: how often each byte stands in the sample (one added to each, so none is impossible)
  const freq = new Float64Array(256).fill(1);
  for (let i = 0; i < sample.length; i++) freq[sample[i]]++;
  const total = freq.reduce((a, b) => a + b, 0);
  for (let v = 0; v < 256; v++) freq[v] /= total;
  const prints = literals.map(fingerprintBytes);
  const bucketOf = literals.map((_, id) => Math.floor((id * BUCKETS) / literals.length));
  const cost = (bucket: number) => {
    const members = prints.filter((_, id) => bucketOf[id] === bucket);
    if (!members.length) return 0;
    let pass = 1;
    for (let k = 0; k < 3; k++) {
      let lo = 0, hi = 0;
      for (const print of members) for (const v of print[k]) (lo |= 1 << (v & 15)), (hi |= 1 << (v >> 4));
      let p = 0;
      for (let v = 0; v < 256; v++) if (lo & (1 << (v & 15)) && hi & (1 << (v >> 4))) p += freq[v];
      pass *= p;
    }
    return pass * (members.length + 2); // a lane's call and loop cost about two literal checks
  };
  const costs = Array.from({ length: BUCKETS }, (_, b) => cost(b));
  for (let round = 0; round < 2; round++) {
    for (let id = 0; id < literals.length; id++) {
      for (let to = 0; to < BUCKETS; to++) {
        if (to === bucketOf[id] || bucketOf.filter((b) => b === to).length >= MAX_PER_BUCKET) continue;
        const was = bucketOf[id];
        const before = costs[was] + costs[to];
        bucketOf[id] = to;
        const [costWas, costTo] = [cost(was), cost(to)];
        if (costWas + costTo < before) [costs[was], costs[to]] = [costWas, costTo];
        else bucketOf[id] = was;
      }
    }
  }
  return bucketOf;
}
