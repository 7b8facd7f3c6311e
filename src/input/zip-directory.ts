/**
 * Reads a zip's central directory (its table of entries at the end) without touching the
 * entries' bytes, so each entry can be read on its own, in another worker. Only plain
 * archives are planned: anything unusual (zip64, several disks, encryption, a method other
 * than stored or deflate, entries that overlap or lie outside the file) gives `undefined`,
 * and the caller streams the archive as before, with the streaming reader's messages.
 */
import type { RandomAccess } from './random-access.ts';

export interface ZipEntry {
  /** the name as stored, `\` kept (the reader turns it into `/`) */
  name: string;
  /** 0 stored, 8 deflate */
  method: 0 | 8;
  compressedSize: number;
  /** the size it declares when expanded: a bomb may lie, so its reader counts the real bytes */
  size: number;
  /** where its local header starts */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
export const LOCAL_HEADER_SIZE = 30;
/** A central directory larger than this (about a million entries) is not planned. */
const MAX_DIRECTORY = 64 * 1024 * 1024;

/** The file entries (folders left out) in the order of their bytes in the file, or undefined. */
export async function readZipDirectory(file: RandomAccess): Promise<ZipEntry[] | undefined> {
  if (file.size < EOCD_SIZE) return undefined;
  const head = await file.read(0, 4);
  if (u32(head, 0) !== LOCAL) return undefined;
  const tailStart = Math.max(0, file.size - EOCD_SIZE - 0xffff);
  const tail = await file.read(tailStart, file.size - tailStart);
  const end = findEnd(tail);
  if (end === undefined) return undefined;
  const disk = u16(tail, end + 4);
  const count = u16(tail, end + 10);
  const length = u32(tail, end + 12);
  const start = u32(tail, end + 16);
  if (disk !== 0 || u16(tail, end + 6) !== 0 || count === 0xffff || length === 0xffffffff || start === 0xffffffff) return undefined;
  if (length > MAX_DIRECTORY || start + length > tailStart + end) return undefined;
  const directory = await file.read(start, length);
  const entries = parseDirectory(directory, count);
  return entries && fitsIn(entries, start) ? entries.filter((e) => !/[/\\]$/.test(e.name)) : undefined;
}

/** The end record, searched from the end: its comment must reach exactly to the end of the file. */
function findEnd(tail: Uint8Array): number | undefined {
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (u32(tail, i) === EOCD && i + EOCD_SIZE + u16(tail, i + 20) === tail.length) return i;
  }
  return undefined;
}

function parseDirectory(bytes: Uint8Array, count: number): ZipEntry[] | undefined {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + CENTRAL_SIZE > bytes.length || u32(bytes, at) !== CENTRAL) return undefined;
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const next = at + CENTRAL_SIZE + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const offset = u32(bytes, at + 42);
    if (next > bytes.length || flags & 1 || (method !== 0 && method !== 8)) return undefined;
    if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) return undefined;
    const name = decodeName(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength), (flags & 0x800) !== 0);
    entries.push({ name, method, compressedSize, size, offset });
    at = next;
  }
  return entries.sort((a, b) => a.offset - b.offset);
}

/** Every entry's bytes lie before the directory and apart from the next entry's (overlapping entries make bombs). */
function fitsIn(entries: ZipEntry[], directoryStart: number): boolean {
  return entries.every((e, i) => {
    const limit = i + 1 < entries.length ? entries[i + 1].offset : directoryStart;
    return e.offset + LOCAL_HEADER_SIZE + e.compressedSize <= limit;
  });
}

/** As the streaming reader names entries: UTF-8 when the archive says so, else one byte per character. */
export function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder().decode(bytes);
  let name = '';
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}

/** Where an entry's data starts, from its local header; undefined when the header is not there. */
export function entryDataStart(header: Uint8Array, entry: ZipEntry): number | undefined {
  if (header.length < LOCAL_HEADER_SIZE || u32(header, 0) !== LOCAL) return undefined;
  return entry.offset + LOCAL_HEADER_SIZE + u16(header, 26) + u16(header, 28);
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
