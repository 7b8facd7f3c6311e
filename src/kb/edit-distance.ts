/**
 * How far a typed KB number is from a real one, in typing mistakes: a digit changed, two
 * neighbours swapped, one digit missing or one too many. Each counts as one edit (the
 * optimal-string-alignment distance), so `KB6016623` is one edit from `KB5016623`, and so is
 * `KB5016263`.
 */

export type EditKind = 'substitution' | 'transposition' | 'insertion' | 'deletion';

/** Optimal-string-alignment distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** Which single edit turns `typed` into `real`, or undefined when it takes none or more than one. */
export function singleEdit(typed: string, real: string): EditKind | undefined {
  if (editDistance(typed, real, 1) !== 1) return undefined;
  if (typed.length < real.length) return 'deletion';
  if (typed.length > real.length) return 'insertion';
  const diff = [...typed].flatMap((c, i) => (c === real[i] ? [] : [i]));
  return diff.length === 1 ? 'substitution' : 'transposition';
}
