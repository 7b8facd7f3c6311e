/**
 * Finds every occurrence of a set of ASCII literals in a text with the WebAssembly SIMD scan of
 * token-scan.wat (Teddy-style: a fingerprint of each literal's first three bytes, then a
 * verification of the lanes that pass), over one byte per UTF-16 code unit. One pass finds what
 * the line filter, the code forms and the marker words start with, where a regex per word would
 * pass over the text once per word.
 */
import { TOKEN_SCAN_WASM } from './token-scan-module.ts';
import { assignBuckets } from './token-buckets.ts';
import { isLetter } from '../../extract/line-bytes.ts';
import { fingerprintMasks, MAX_LITERAL_BYTES, type Literal } from './literal.ts';

export type { Literal } from './literal.ts';

/** The table of literal descriptors holds 64 (token-scan.wat). */
export const MAX_LITERALS = 64;
/** The id of a line end's hit (`next(true)`). */
export const LINE_END = 64;
/** Memory: the tables, the literals by the hash of their first two bytes, then the hits of one call, then the text (see token-scan.wat). */
const TABLES = 4096, BY_PREFIX = 16384, PREFIX_KEYS = 4096, OUT = BY_PREFIX + 8 * PREFIX_KEYS, OUT_BYTES = 2 << 20, TEXT = OUT + OUT_BYTES, MAX_SLICE = 1 << 16, PAD = 64;
const PAGE = 65536;
/** Bytes of the first text whose frequencies decide the buckets. */
const SAMPLE_BYTES = 1 << 14;

let compiled: WebAssembly.Module | null | undefined;
/**
 * The literal tables by literal set, built for the first text scanned with it (its bytes choose
 * the buckets) and copied into each later scanner: the same formats' logs have much the same
 * bytes, and building the tables costs more than reading a small log.
 */
const tables = new Map<string, Uint8Array>();
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
    // The last block may reach 15 characters past the slice: their hits must fit too.
    this.slice = Math.min(MAX_SLICE, (Math.floor(OUT_BYTES / 8 / chainBound(literals)) - 16) & ~15);
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

  /** Puts the literal tables in memory: those of this literal set built before, or new ones from `sample`. */
  private load(sample: Uint8Array): void {
    let table = tables.get(this.key);
    if (!table) {
      table = buildTables(this.literals, sample);
      if (tables.size < 16) tables.set(this.key, table);
    }
    new Uint8Array(this.memory.buffer).set(table);
  }
}

/** The literal tables (see token-scan.wat for the layout), as the bytes of memory from 0 to the hits. */
function buildTables(literals: readonly Literal[], sample: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(OUT);
  const view = new DataView(bytes.buffer);
  const bucketOf = assignBuckets(literals, sample);
  let at = TABLES;
  literals.forEach((literal, id) => {
    const { text, fold, hex8, third } = literal;
    const bucket = bucketOf[id];
    const raw = Array.from(text, (c) => c.charCodeAt(0));
    const folded = raw.map((c) => (fold && isLetter(c) ? c | 32 : c));
    let word = 0, mask = 0, foldMask = 0;
    for (let k = 0; k < Math.min(4, raw.length); k++) {
      word |= folded[k] << (8 * k);
      mask |= 0xff << (8 * k);
      if (fold && isLetter(raw[k])) foldMask |= 32 << (8 * k);
    }
    const d = 1024 + id * 16;
    view.setUint32(d, at, true);
    view.setUint32(d + 4, raw.length, true);
    view.setUint32(d + 8, mask >>> 0, true);
    view.setUint32(d + 12, (hex8 ? 1 : 0) | (fold ? 2 : 0) | (third !== undefined ? 4 : 0), true);
    view.setUint32(3072 + id * 4, word >>> 0, true);
    view.setUint32(3584 + id * 4, foldMask >>> 0, true);
    const key = prefixKey(foldByte(raw[0]), foldByte(raw[1]));
    view.setUint32(BY_PREFIX + 8 * key + (id < 32 ? 0 : 4), view.getUint32(BY_PREFIX + 8 * key + (id < 32 ? 0 : 4), true) | (1 << (id & 31)), true);
    bytes.set(folded, at);
    bytes.set(raw.map((c) => (fold && isLetter(c) ? 32 : 0)), at + raw.length);
    at += 2 * raw.length;
    if (third !== undefined) {
      // The characters that may follow a two-character literal, one bit each; bit 0 stands for 0x80.
      for (const c of third) for (const v of fold && isLetter(c.charCodeAt(0)) ? [c.toLowerCase(), c.toUpperCase()] : [c]) bytes[at + ((v.charCodeAt(0) & 127) >> 3)] |= 1 << (v.charCodeAt(0) & 7);
      at += 16;
    }
    const masks = fingerprintMasks(literal);
    for (let k = 0; k < 3; k++) {
      for (let v = 0; v < 16; v++) {
        if (masks[2 * k] & (1 << v)) bytes[k * 32 + v] |= 1 << bucket;
        if (masks[2 * k + 1] & (1 << v)) bytes[k * 32 + 16 + v] |= 1 << bucket;
      }
    }
  });
  if (at > BY_PREFIX) throw new Error('token scanner: literals too long for their table');
  return bytes;
}

/** A byte as the scan hashes it: upper-case letters in lower case, whether the literal folds or not. */
const foldByte = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
/** The hash table's key for two folded bytes, as token-scan.wat's `$verify` works it out. */
const prefixKey = (c0: number, c1: number): number => ((c0 << 6) ^ c1) & (PREFIX_KEYS - 1);
