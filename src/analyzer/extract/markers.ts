/** Places of one placed word noted per line (MarkerPlaces). */
export const MAX_PLACES = 4;

/**
 * Where the placed marker words (`Markers.placed`) stand in a line, as the token line layer's scan
 * found them: for the word of bit index `i`, `count[i]` places, in order, at `at[i * MAX_PLACES + k]`.
 * A count over MAX_PLACES means more places than were noted. Kept for the next line: read it
 * only for the words the line's marks hold (`placeCount`).
 */
export interface MarkerPlaces {
  readonly count: Uint8Array;
  readonly at: Int32Array;
}

/** A marker word's bit as an index (of `MarkerPlaces`). */
export const bitIndex = (bit: number): number => 31 - Math.clz32(bit);

/** How many places of the word of `bit` the line has (0 when its marks lack it), or -1 when not known: search the line then. */
export function placeCount(places: MarkerPlaces | undefined, marks: number, bit: number): number {
  if (!(marks & bit)) return 0;
  if (!places) return -1;
  const n = places.count[bitIndex(bit)];
  return n > MAX_PLACES ? -1 : n;
}

/** The `k`th place of the word of `bit` (k below its `placeCount`). */
export const placeAt = (places: MarkerPlaces, bit: number, k: number): number => places.at[bitIndex(bit) * MAX_PLACES + k];

/**
 * Words that several steps test on each line read (`KB`, `Package`, `DPX phase`, `.cab` …),
 * found in one pass as a bit mask. An `includes` per word scans the line once per word; one
 * regex over the line costs about half of a dozen of them, and the answers are the same.
 */
export class Markers {
  private readonly search: RegExp;
  private readonly bits = new Map<string, number>();
  /** bits set by a match of each word: its own and those of the words it starts with */
  private readonly masks = new Map<string, number>();
  /** the bits of the words whose places in a line the token line layer notes (MarkerPlaces) */
  readonly placed: number;

  constructor(
    readonly words: readonly string[],
    readonly placedWords: readonly string[] = [],
  ) {
    const unique = [...new Set(words)];
    if (unique.length > 31 || unique.includes('')) throw new Error(`marker words: at most 31, none empty (${unique.length} given)`);
    unique.forEach((word, i) => this.bits.set(word, 1 << i));
    this.placed = placedWords.reduce((mask, word) => mask | this.bit(word), 0);
    for (const word of unique) {
      let mask = 0;
      for (const other of unique) if (word.startsWith(other)) mask |= this.bits.get(other)!;
      this.masks.set(word, mask);
    }
    // Longest first: where two words start at the same place, the longer one is matched and
    // stands for both; words inside a match are found because the search moves on by one.
    const longestFirst = [...unique].sort((a, b) => b.length - a.length);
    this.search = new RegExp(longestFirst.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'g');
  }

  /** These words and more; the words of this set keep their bits and places. */
  with(words: readonly string[]): Markers {
    return new Markers([...this.words, ...words], this.placedWords);
  }

  /** True when every word of `base` has the same bit here (a set made by `base.with`). */
  extends(base: Markers): boolean {
    return base.words.every((w) => this.bits.get(w) === base.bit(w));
  }

  /** The words found in `text`, as a mask of their bits: bit set ⇔ `text.includes(word)`. */
  scan(text: string): number {
    const search = this.search;
    let mask = 0;
    search.lastIndex = 0;
    for (let m = search.exec(text); m; m = search.exec(text)) {
      mask |= this.masks.get(m[0])!;
      search.lastIndex = m.index + 1;
    }
    return mask;
  }

  bit(word: string): number {
    const bit = this.bits.get(word);
    if (bit === undefined) throw new Error(`"${word}" is not one of the marker words`);
    return bit;
  }
}

/**
 * Words the line processor and `endsWithSuccess` test on every line read; formats add theirs with
 * `with`. The words its extractors start from are placed: read there, not searched for.
 */
export const LINE_MARKERS = new Markers(['KB', 'kb', 'Package', 'OS ', 'RollupFix', 'WSUS', 'erver', 'uccess', '0x0'], ['KB', 'kb', 'Package', 'OS ', 'RollupFix']);
