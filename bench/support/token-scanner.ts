/**
 * A multi-literal scanner over bytes with WebAssembly SIMD (token-scan.wat), for the token
 * benchmarks: each literal's first three bytes make its fingerprint, and a candidate is verified
 * against the literal (letters folded when asked, eight hex digits after `0x` when asked).
 * WABT, which turns the text format into a module, is installed into bench/.deps on first use.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { benchDependency } from './bench-deps.ts';

/** `third`: the bytes that may follow a two-byte literal (its fingerprint's third byte); all when absent */
export interface Literal {
  text: string;
  fold?: boolean;
  hex8?: boolean;
  third?: string;
}

/** Hits of one slice: {address, literal id} pairs; a hit's offset in the input is `offset + address - base`. */
export type OnHits = (offset: number, pairs: Uint32Array, base: number) => void;

/** The part of WABT's API used here: WebAssembly text to binary. */
interface Wabt {
  parseWat(name: string, source: string, features: { simd: boolean }): { toBinary(options: object): { buffer: Uint8Array<ArrayBuffer> } };
}

export const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

export async function tokenScanner(literals: Literal[]) {
  const wabt = await (await benchDependency<{ default: () => Promise<Wabt> }>('wabt', '1.0.39')).default();
  const source = readFileSync(new URL('./token-scan.wat', import.meta.url), 'utf8');
  const { buffer } = wabt.parseWat('token-scan.wat', source, { simd: true }).toBinary({});
  const instance = new WebAssembly.Instance(new WebAssembly.Module(buffer));
  const memory = instance.exports.memory as WebAssembly.Memory;
  const scan = instance.exports.scan as (at: number, length: number, out: number) => number;
  const bytes = new Uint8Array(memory.buffer);
  const view = new DataView(memory.buffer);
  if (literals.length > 120) throw new Error('at most 120 literals');
  // Literals in sorted order share buckets with their neighbours: fewer false fingerprints.
  const order = literals.map((_, id) => id).sort((a, b) => literals[a].text.localeCompare(literals[b].text));
  let at = 4096;
  order.forEach((id, rank) => {
    const { text, fold, hex8, third } = literals[id];
    const bucket = Math.floor((rank * 8) / literals.length);
    const list = 2048 + bucket * 16;
    if (bytes[list] >= 15) throw new Error('too many literals in a bucket');
    bytes[list + 1 + bytes[list]++] = id;
    const raw = Buffer.from(text, 'latin1');
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
    view.setUint32(d + 12, (hex8 ? 1 : 0) | (fold ? 2 : 0), true);
    view.setUint32(3072 + id * 4, word >>> 0, true);
    view.setUint32(3584 + id * 4, foldMask >>> 0, true);
    bytes.set(folded, at);
    bytes.set(raw.map((c) => (fold && isLetter(c) ? 32 : 0)), at + raw.length);
    at += 2 * raw.length;
    const anyByte = Array.from({ length: 256 }, (_, c) => c);
    const sets = [[raw[0]], [raw[1]], raw.length > 2 ? [raw[2]] : third === undefined ? anyByte : [...Buffer.from(third, 'latin1')]];
    sets.forEach((set, k) => {
      for (const c of set) for (const v of fold && isLetter(c) ? [c & ~32, c | 32] : [c]) {
        bytes[k * 32 + (v & 15)] |= 1 << bucket;
        bytes[k * 32 + 16 + (v >> 4)] |= 1 << bucket;
      }
    });
  });
  const IN = 1 << 20, CHUNK = 1 << 20, PAD = 32, OUT = IN + CHUNK + 64;
  const input = new Uint8Array(memory.buffer, IN, CHUNK + PAD);
  /** Scans a slice already in `input` (its next PAD bytes are the input's own, or zeros); drops hits past its end. */
  const slice = (offset: number, length: number, onHits?: OnHits): number => {
    let n = scan(IN, length, OUT);
    const pairs = new Uint32Array(memory.buffer, OUT, n * 2);
    while (n > 0 && pairs[2 * n - 2] - IN >= length) n--; // hits in the padding belong to the next slice
    onHits?.(offset, pairs.subarray(0, n * 2), IN);
    return n;
  };
  return {
    /** The file read in slices that overlap by the padding, so a literal across two slices is found once. */
    scanFile(file: string, onHits?: OnHits): number {
      const fd = openSync(file, 'r');
      let hits = 0, offset = 0, got: number;
      while ((got = readSync(fd, input, 0, CHUNK + PAD, offset)) > 0) {
        const length = Math.min(got, CHUNK);
        input.fill(0, got);
        hits += slice(offset, length, onHits);
        offset += length;
        if (got <= CHUNK) break;
      }
      closeSync(fd);
      return hits;
    },
    /** The same over bytes in memory. */
    scanBytes(bytes: Uint8Array, onHits?: OnHits): number {
      let hits = 0;
      for (let offset = 0; offset < bytes.length; offset += CHUNK) {
        const part = bytes.subarray(offset, offset + CHUNK + PAD);
        input.set(part);
        input.fill(0, part.length);
        hits += slice(offset, Math.min(CHUNK, part.length), onHits);
      }
      return hits;
    },
  };
}

