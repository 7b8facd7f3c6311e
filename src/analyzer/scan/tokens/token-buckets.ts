import { fingerprintMasks, type Literal } from './literal.ts';

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
 * It runs once per literal set in a process, before the first text is scanned: the sums are
 * read from tables of the sample's counts (passingChance), not byte by byte.
 */
export function assignBuckets(literals: readonly Literal[], sample: Uint8Array): number[] {
  const chance = passingChance(sample);
  const n = literals.length;
  // each literal's fingerprint: masks[6 * id + …] as fingerprintMasks gives them
  const masks = new Int32Array(6 * n);
  literals.forEach((l, id) => masks.set(fingerprintMasks(l), 6 * id));
  const bucketOf = literals.map((_, id) => Math.floor((id * BUCKETS) / n));
  const members = Array.from({ length: BUCKETS }, (_, b) => bucketOf.flatMap((x, id) => (x === b ? [id] : [])));
  /** One bucket's part of the sum, with `plus` in it and `minus` out of it (-1: none): the chance a position passes its fingerprint, times its size plus two. */
  const cost = (bucket: number, plus: number, minus: number): number => {
    const list = members[bucket];
    const size = list.length + (plus >= 0 ? 1 : 0) - (minus >= 0 ? 1 : 0);
    if (!size) return 0;
    let lo0 = 0, hi0 = 0, lo1 = 0, hi1 = 0, lo2 = 0, hi2 = 0;
    for (let i = 0; i <= list.length; i++) {
      const id = i < list.length ? list[i] : plus;
      if (id < 0 || id === minus) continue;
      const m = 6 * id;
      (lo0 |= masks[m]), (hi0 |= masks[m + 1]), (lo1 |= masks[m + 2]), (hi1 |= masks[m + 3]), (lo2 |= masks[m + 4]), (hi2 |= masks[m + 5]);
    }
    return chance(lo0, hi0) * chance(lo1, hi1) * chance(lo2, hi2) * (size + 2);
  };
  const costs = Array.from({ length: BUCKETS }, (_, b) => cost(b, -1, -1));
  for (let round = 0; round < 2; round++) {
    for (let id = 0; id < n; id++) {
      for (let to = 0; to < BUCKETS; to++) {
        const was = bucketOf[id];
        if (to === was || members[to].length >= MAX_PER_BUCKET) continue;
        const costWas = cost(was, -1, id), costTo = cost(to, id, -1);
        if (costWas + costTo < costs[was] + costs[to]) {
          costs[was] = costWas;
          costs[to] = costTo;
          members[was].splice(members[was].indexOf(id), 1);
          members[to].push(id);
          bucketOf[id] = to;
        }
      }
    }
  }
  return bucketOf;
}

/**
 * The chance a byte of the sample passes nibble masks `lo` and `hi`: the counts of the bytes
 * whose high nibble is in `hi` and low one in `lo`, summed a row (high nibble) at a time from
 * sums kept per half of the low mask. Counts are whole numbers, so the sums are exact in any order.
 */
function passingChance(sample: Uint8Array): (lo: number, hi: number) => number {
  // count[v]: how often byte v stands in the sample (one added to each, so none is impossible)
  const count = new Float64Array(256).fill(1);
  for (let i = 0; i < sample.length; i++) count[sample[i]]++;
  const total = count.reduce((a, b) => a + b, 0);
  // half[(h * 2 + part) * 256 + mask]: the counts of row h over the low nibbles in `mask` (part 0: nibbles 0-7, 1: 8-15)
  const half = new Float64Array(16 * 2 * 256);
  for (let row = 0; row < 32; row++) {
    const base = (row >> 1) * 16 + (row & 1) * 8;
    for (let mask = 1; mask < 256; mask++) {
      const low = 31 - Math.clz32(mask & -mask);
      half[row * 256 + mask] = half[row * 256 + (mask & (mask - 1))] + count[base + low];
    }
  }
  return (lo, hi) => {
    let p = 0;
    for (let h = hi; h; h &= h - 1) {
      const row = (31 - Math.clz32(h & -h)) * 2;
      p += half[row * 256 + (lo & 255)] + half[(row + 1) * 256 + (lo >> 8)];
    }
    return p / total;
  };
}
