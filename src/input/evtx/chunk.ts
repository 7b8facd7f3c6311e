import { BinXmlParser, type TemplateCache } from './binxml.ts';
import { readRecord } from './record.ts';
import { crc32 } from './crc32.ts';
import type { EventRecord } from './event-record.ts';
import { EvtxFormatError } from './format-error.ts';
import { allZero } from '../all-zero.ts';

/** Every chunk is 64 KiB: a 512-byte header (string and template tables included), then records. */
export const CHUNK_BYTES = 64 * 1024;
const RECORDS_START = 512;
/** A chunk's header, with its string and template tables: what a piece of a chunk must hold to be read. */
export const CHUNK_HEADER_BYTES = RECORDS_START;
const RECORD_HEADER = 24; // signature, size, record id, time
const MAGIC = [0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00]; // "ElfChnk\0"
/** BinXML tokens and nodes one chunk may take: real System chunks need under 10 000; this bounds the time a hostile chunk takes. */
const CHUNK_BUDGET = 500_000;

export interface ChunkHandler {
  event(event: EventRecord): void;
  /** `offset` is the problem's offset in the chunk */
  warn(message: string, offset: number): void;
}

const isRecord = (b: Uint8Array, o: number) => b[o] === 0x2a && b[o + 1] === 0x2a && b[o + 2] === 0 && b[o + 3] === 0;

/**
 * Reads the records of one chunk: the highest record id read in it (-1 for none), or false when it
 * is no chunk. `newest`: the highest id read in the file's chunks before it (Infinity where the
 * chunk headers are to be trusted). `end`: where the bytes end, for the piece of a chunk a file cut
 * short ends in (at least its header): the records whole before it are read, and its records'
 * checksum, which covers bytes that are not there, is not checked. Broken records are reported and
 * skipped; nothing throws.
 */
export function readChunk(bytes: Uint8Array, handler: ChunkHandler, templates?: TemplateCache, newest = -1, end = CHUNK_BYTES): number | false {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!MAGIC.every((b, i) => bytes[i] === b)) {
    // Windows leaves chunks it has not used yet as zeros: only anything else is a problem.
    if (!allZero(bytes)) handler.warn('no ElfChnk signature: the chunk is skipped', 0);
    return false;
  }
  if (view.getUint32(124, true) !== crc32(bytes, 128, RECORDS_START, crc32(bytes, 0, 120))) {
    handler.warn('the chunk header checksum does not match: its records are read with care', 124);
  }
  let free = view.getUint32(48, true);
  if (free < RECORDS_START || free > CHUNK_BYTES) {
    handler.warn(`the chunk claims its records end at ${free}: read to the end of the chunk instead`, 48);
    free = end;
  } else if (free > end) {
    free = end;
  } else if (view.getUint32(52, true) !== crc32(bytes, RECORDS_START, free)) {
    handler.warn('the checksum of the chunk\'s records does not match: its records are read with care', 52);
  }
  const parser = new BinXmlParser(bytes, view, CHUNK_BUDGET, templates);
  let offset = RECORDS_START;
  let lastId = -1;
  let highest = -1;
  const read = (at: number, size: number) => {
    try {
      const event = readRecord(parser, view, at, size);
      if (event) handler.event(event);
      else handler.warn('a record holds no event with a provider and an event id: skipped', at);
    } catch (error) {
      if (!(error instanceof EvtxFormatError)) throw error;
      handler.warn(`a record could not be read (${error.message}): skipped`, error.offset || at);
    }
    lastId = Number(view.getBigUint64(at + 8, true));
    if (lastId > highest) highest = lastId;
  };
  while (offset + RECORD_HEADER + 4 <= free && parser.budget >= 0) {
    if (!isRecord(bytes, offset)) {
      const next = resync(bytes, offset, free);
      if (next < 0) break;
      handler.warn(`${next - offset} bytes that are no record were skipped`, offset);
      offset = next;
      continue;
    }
    // In the piece of a chunk a cut file ends in, the record the cut runs through is not there to read.
    if (end < CHUNK_BYTES && offset + view.getUint32(offset + 4, true) > end) break;
    let size = recordSize(view, offset, free);
    if (!size) {
      size = view.getUint32(offset + 4, true);
      if (size < RECORD_HEADER + 4 || offset + size > free) {
        handler.warn(`a record claims ${size} bytes, which its chunk does not hold: skipped`, offset);
        offset += 8;
        continue;
      }
      // The copy of the size that closes a record is written last: a record caught half-written.
      handler.warn('a record does not end with its size (written while the file was copied): read as far as it goes', offset);
    }
    read(offset, size);
    offset += size;
  }
  // A log copied while open may hold records written after the chunk header was last
  // updated: they follow on, numbered in sequence (stale records in the slack are not). In a
  // chunk whose header counts none yet, the first is taken when it is newer than every record
  // read before it: a chunk Windows reused holds older records, from before it wrapped.
  let late = 0;
  const follows = (id: number) => id === lastId + 1 || (lastId === -1 && offset === RECORDS_START && id > newest);
  for (let size; offset === free && isRecord(bytes, offset) && (size = recordSize(view, offset, end)) && follows(Number(view.getBigUint64(offset + 8, true))); free += size) {
    read(offset, size);
    offset += size;
    late++;
  }
  if (late) handler.warn(`${late} records written after the chunk header was last updated were read`, offset);
  return highest;
}

/** The size of the record at `offset` when it fits before `limit` and ends with its copy, else 0. */
function recordSize(view: DataView, offset: number, limit: number): number {
  const size = view.getUint32(offset + 4, true);
  return size >= RECORD_HEADER + 4 && offset + size <= limit && view.getUint32(offset + size - 4, true) === size ? size : 0;
}

/** The next record signature after `offset` (records start on 8-byte boundaries), or -1. */
function resync(bytes: Uint8Array, offset: number, free: number): number {
  for (let o = (offset + 8) & ~7; o + RECORD_HEADER + 4 <= free; o += 8) if (isRecord(bytes, o)) return o;
  return -1;
}
