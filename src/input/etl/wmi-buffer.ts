import { align8, type Bytes } from './bytes.ts';

/**
 * An .etl file is a row of WMI buffers, each starting with a 72-byte header (its size, the
 * offset where its records end, the processor that filled it). Records follow the header,
 * each aligned to 8 bytes; the unused rest of a buffer is filled with 0xFF bytes.
 */
export const BUFFER_HEADER_SIZE = 0x48;

/** ETW sessions allow buffers of at most 16 MiB: a larger claim is damage, refused before reading it. */
export const MAX_BUFFER_SIZE = 16 * 1024 * 1024;

export interface BufferHeader {
  size: number;
  /** where the records end (bytes after it are filler) */
  end: number;
  processor: number;
}

export function readBufferHeader(b: Bytes): BufferHeader {
  const size = b.u32(0);
  const saved = b.u32(4);
  return { size, end: saved >= BUFFER_HEADER_SIZE && saved <= size ? saved : size, processor: b.u8(0x28) };
}

/** A record's header type (byte 2 of its first word). */
export const HeaderType = {
  System32: 0x01,
  System64: 0x02,
  Compact32: 0x03,
  Compact64: 0x04,
  PerfInfo32: 0x10,
  PerfInfo64: 0x11,
  EventHeader32: 0x12,
  EventHeader64: 0x13,
} as const;

/** Header types whose record size is the second 16-bit word (the others keep it in the first). */
const SIZE_IN_SECOND_WORD = new Set<number>([HeaderType.System32, HeaderType.System64, HeaderType.Compact32, HeaderType.Compact64, HeaderType.PerfInfo32, HeaderType.PerfInfo64]);

export interface RawRecord {
  offset: number;
  type: number;
  size: number;
}

export type RecordStep = RawRecord | { damaged: string; offset: number };

/** Walks the records of one buffer; stops at the filler, at the end, or at the first damaged record. */
export function* bufferRecords(b: Bytes, end: number): Generator<RecordStep> {
  let o = BUFFER_HEADER_SIZE;
  while (o + 8 <= end) {
    if (b.u32(o) === 0xffffffff) return;
    const type = b.u8(o + 2);
    const flags = b.u8(o + 3);
    const size = SIZE_IN_SECOND_WORD.has(type) ? b.u16(o + 4) : b.u16(o);
    if (!(flags & 0x80) || size < 8 || o + size > end) {
      yield { damaged: `record of ${size} bytes with header type ${type} does not fit its buffer`, offset: o };
      return;
    }
    yield { offset: o, type, size };
    o = align8(o + size);
  }
}

/**
 * An .etl file starts with a buffer whose first record is the system record (hook 0) holding
 * the trace logfile header. The buffer's size is not required: a damaged one is the reader's to report.
 */
export function looksLikeEtl(head: Uint8Array): boolean {
  if (head.length < BUFFER_HEADER_SIZE + 8) return false;
  const first = BUFFER_HEADER_SIZE;
  const systemRecord = (head[first + 2] === HeaderType.System32 || head[first + 2] === HeaderType.System64) && (head[first + 3] & 0xc0) === 0xc0;
  // The trace's first record, its logfile header, marks the file: a damaged size still makes it an .etl (the reader says the size is wrong).
  return systemRecord && head[first + 6] === 0 && head[first + 7] === 0;
}
