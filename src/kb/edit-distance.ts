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

/**
 * Which single edit turns `typed` into `real`, or undefined when it takes none or more than one: as
 * `editDistance(typed, real, 1) === 1` decides, read by comparing the two once. A report checks every
 * KB a log names that the catalog has not against every record, and a real CBS.log names hundreds.
 */
export function singleEdit(typed: string, real: string): EditKind | undefined {
  const longer = typed.length - real.length;
  if (longer === 0) return sameLengthEdit(typed, real);
  if (longer === 1) return oneLeftOut(typed, real) ? 'insertion' : undefined;
  if (longer === -1) return oneLeftOut(real, typed) ? 'deletion' : undefined;
  return undefined;
}

/** One changed character, or two neighbours swapped; undefined for none or anything more. */
function sameLengthEdit(a: string, b: string): EditKind | undefined {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return undefined;
  if (a.slice(i + 1) === b.slice(i + 1)) return 'substitution';
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i];
  return swapped && a.slice(i + 2) === b.slice(i + 2) ? 'transposition' : undefined;
}

/** Whether `shorter` is `longer` with one character left out. */
function oneLeftOut(longer: string, shorter: string): boolean {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}
