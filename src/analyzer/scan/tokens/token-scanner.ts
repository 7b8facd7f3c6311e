/**
 * Finds every occurrence of a set of ASCII literals in a text with the WebAssembly SIMD scan of
 * token-scan.wat (Teddy-style: a fingerprint of each literal's first three bytes, then a
 * verification of the lanes that pass), over one byte per UTF-16 code unit. One pass finds what
 * the line filter, the code forms and the marker words start with, where a regex per word would
 * pass over the text once per word.
 */
import { TOKEN_SCAN_WASM } from './token-scan-module.ts';
import { buildTables, tablesSearching, TABLES_END, type ScanTables } from './scan-tables.ts';
import { MAX_LITERAL_BYTES, type Literal } from './literal.ts';

export type { Literal } from './literal.ts';

/** The table of literal descriptors holds 64 (token-scan.wat). */
export const MAX_LITERALS = 64;
/** The id of a line end's hit (`next(true)`). */
export const LINE_END = 64;
/** Memory: the literal tables (scan-tables.ts), then the hits of one call, then the text (see token-scan.wat). */
const OUT = TABLES_END, OUT_BYTES = 2 << 20, TEXT = OUT + OUT_BYTES, MAX_SLICE = 1 << 16, PAD = 64;
const PAGE = 65536;
/** Bytes of the first text whose frequencies decide the buckets. */
const SAMPLE_BYTES = 1 << 14;

let compiled: WebAssembly.Module | null | undefined;
/**
 * The literal tables by literal set, built for the first text scanned with it (its bytes choose
 * the buckets) and copied into each later scanner: the same formats' logs have much the same
 * bytes, and building the tables costs more than reading a small log.
 */
const tables = new Map<string, ScanTables>();
/** Scanners given back, by literal set: a few, for the files read one after another on this thread. */
const released = new Map<string, TokenScanner[]>();
const MAX_RELEASED = 2, MAX_RELEASED_SETS = 8;
/** The key of a literal set; the line layer's sets are made once per format, so it is worked out once each. */
const keys = new WeakMap<readonly Literal[], string>();
function keyOf(literals: readonly Literal[]): string {
  let key = keys.get(literals);
  if (key === undefined) keys.set(literals, (key = JSON.stringify(literals)));
  return key;
}

/** The compiled module, or null where WebAssembly SIMD is not available (then the regex line layer reads). */
function tokenScanModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    const bytes = Uint8Array.from(atob(TOKEN_SCAN_WASM), (c) => c.charCodeAt(0));
    compiled = new WebAssembly.Module(bytes);
  } catch {
    compiled = null;
  }
  return compiled;
}

/** Most literals that can match at one place: the ones a literal starts with (compared folded), and itself. */
function chainBound(literals: readonly Literal[]): number {
  const lower = literals.map((l) => l.text.toLowerCase());
  return Math.max(1, ...lower.map((t) => lower.filter((u) => t.startsWith(u)).length));
}

export class TokenScanner {
  private readonly scan: (at: number, length: number, out: number, lines: number) => number;
  private readonly units: (at: number, length: number) => number;
  private readonly memory: WebAssembly.Memory;
  private readonly encoder = new TextEncoder();
  /** characters per call: the hits of one call, at most `chainBound` per character, fit the output area */
  private readonly slice: number;
  /** the text set last, one byte per UTF-16 code unit (other characters than ASCII are 0x80) */
  text = new Uint8Array(0);

  /**
   * A scanner for these literals, or undefined where WebAssembly SIMD is not available: one
   * given back with `release`, or a new one. A log's scanner is some megabytes of memory, and
   * one made for each small file of a bundle cost more in garbage collection than its reading.
   */
  static create(literals: readonly Literal[]): TokenScanner | undefined {
    const module = tokenScanModule();
    if (!module) return undefined;
    const key = keyOf(literals);
    return released.get(key)?.pop() ?? new TokenScanner(module, literals, key);
  }

  /** Gives the scanner back for the next text of its literals; it must not be used after. */
  release(): void {
    this.searchOnly(undefined);
    const list = released.get(this.key) ?? [];
    if (released.size >= MAX_RELEASED_SETS && !released.has(this.key)) released.clear();
    if (list.length < MAX_RELEASED && !list.includes(this)) list.push(this);
    released.set(this.key, list);
  }

  /** True where the module compiles: the token line layer can read. */
  static get available(): boolean {
    return tokenScanModule() !== null;
  }

  private constructor(
    module: WebAssembly.Module,
    private readonly literals: readonly Literal[],
    private readonly key: string,
  ) {
    if (literals.length > MAX_LITERALS) throw new Error(`token scanner: at most ${MAX_LITERALS} literals (${literals.length} given)`);
    for (const { text } of literals) {
      if (text.length < 2 || text.length > MAX_LITERAL_BYTES || /[^\x20-\x7e]/.test(text)) throw new Error(`token scanner: "${text}" is not 2–${MAX_LITERAL_BYTES} printable ASCII characters`);
    }
    const instance = new WebAssembly.Instance(module);
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.scan = instance.exports.scan as (at: number, length: number, out: number, lines: number) => number;
    this.units = instance.exports.units as (at: number, length: number) => number;
    // The last two blocks may reach 31 characters past the slice: their hits must fit too.
    this.slice = Math.min(MAX_SLICE, (Math.floor(OUT_BYTES / 8 / chainBound(literals)) - 32) & ~31);
  }

  /** false until the first text: its bytes decide how the literals share the scan's buckets */
  private loaded = false;

  /** Puts `text` (whole, or its first `length` characters) in the scanner's memory, for `next` and the `text` view. */
  setText(text: string, length = text.length): void {
    const part = length === text.length ? text : text.slice(0, length);
    // UTF-8 takes at most three bytes per UTF-16 code unit
    const need = TEXT + 3 * length + PAD;
    if (need > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((need - this.memory.buffer.byteLength) / PAGE));
    const { written } = this.encoder.encodeInto(part, new Uint8Array(this.memory.buffer, TEXT, 3 * length));
    const units = written === length ? length : this.units(TEXT, written);
    new Uint8Array(this.memory.buffer).fill(0, TEXT + units, TEXT + units + PAD);
    this.text = new Uint8Array(this.memory.buffer, TEXT, units);
    this.pairs = new Int32Array(this.memory.buffer, OUT, OUT_BYTES / 4);
    this.offset = 0;
    if (!this.loaded) this.load(this.text.subarray(0, SAMPLE_BYTES));
    this.loaded = true;
  }

  /** Offset of the text in `pairs`' offsets: hit k of the last `next` is at `pairs[2k] - base` in the text. */
  readonly base = TEXT;
  /** the hits of the last `next`: offset (plus `base`), then literal id */
  pairs = new Int32Array(0);
  private offset = 0;

  /**
   * Scans the next slice of the text set last: returns how many hits it has (in `pairs`, in the
   * order they stand), or -1 when the text is done. Slices keep each call's hits within the
   * output area; a literal that starts in a slice is found there, whole. With `lineEnds`, each
   * `\n` is a hit too, of id LINE_END: a reader of lines then needs no search for them.
   */
  next(lineEnds = false): number {
    const length = this.text.length;
    if (this.offset >= length) return -1;
    const offset = this.offset;
    const size = Math.min(this.slice, length - offset);
    this.offset += size;
    const pairs = this.pairs;
    let n = this.scan(TEXT + offset, size, OUT, lineEnds ? 1 : 0);
    while (n > 0 && pairs[2 * n - 2] - TEXT - offset >= size) n--; // hits past the slice are the next one's
    return n;
  }

  /** The literals searched for, by id; all when undefined. */
  private keep?: readonly boolean[];
  private tables?: ScanTables;

  /**
   * Searches only the literals `keep` marks (all when undefined) from here on. A
   * literal whose tokens no longer mean anything (a content pattern's, once it is found) costs
   * the scan its hits and the lanes it passes, in every block after.
   */
  searchOnly(keep: readonly boolean[] | undefined): void {
    if (keep === this.keep || (keep && this.keep && keep.every((k, id) => k === this.keep![id]))) return;
    this.keep = keep;
    if (this.tables) this.put();
  }

  /** Puts the literal tables in memory: those of this literal set built before, or new ones from `sample`. */
  private load(sample: Uint8Array): void {
    let built = tables.get(this.key);
    if (!built) {
      built = buildTables(this.literals, sample);
      if (tables.size < 16) tables.set(this.key, built);
    }
    this.tables = built;
    this.put();
  }

  private put(): void {
    const bytes = this.keep ? tablesSearching(this.tables!, this.literals, this.keep) : this.tables!.bytes;
    new Uint8Array(this.memory.buffer).set(bytes);
  }
}
