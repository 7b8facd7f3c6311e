import type { ByteSink } from '../zip.ts';
import type { TemplateCache } from './binxml.ts';
import { CHUNK_BYTES, CHUNK_HEADER_BYTES, readChunk } from './chunk.ts';
import type { EventRecord } from './event-record.ts';
import { FILE_HEADER_BYTES, readFileHeader } from './file-header.ts';

export interface EvtxHandler {
  event(event: EventRecord): void;
  /** `message` names the file and the byte offset in it */
  warn(message: string): void;
}

/**
 * Streams a Windows event log (.evtx): bytes arrive in pieces of any size, each 64 KiB
 * chunk is read as soon as it is whole, and only one chunk is ever held, so memory does
 * not grow with the file. A broken chunk or record is reported and skipped; a truncated
 * file gives what it holds.
 */
export class EvtxReader implements ByteSink {
  private readonly buffer = new Uint8Array(CHUNK_BYTES);
  private readonly templates: TemplateCache = new Map();
  private filled = 0;
  /** file offset of the block being filled */
  private at = 0;
  private headerRead = false;
  /** chunks read (with an ElfChnk signature) */
  chunks = 0;
  /** the highest record id read so far: a reused chunk's stale records are older (readChunk) */
  private newest = -1;
  /**
   * A file closed cleanly has chunk headers to trust: a chunk that counts no record holds none,
   * whatever its body still holds (a log cleared keeps its old records there).
   */
  private trustChunkHeaders = false;

  constructor(
    private readonly file: string,
    private readonly handler: EvtxHandler,
  ) {}

  push(piece: Uint8Array): void {
    let from = 0;
    while (from < piece.length) {
      const want = (this.headerRead ? CHUNK_BYTES : FILE_HEADER_BYTES) - this.filled;
      const take = Math.min(want, piece.length - from);
      this.buffer.set(piece.subarray(from, from + take), this.filled);
      this.filled += take;
      from += take;
      if (take === want) this.block();
    }
  }

  end(): void {
    if (this.filled > 0) {
      // A piece of a chunk that holds its header: its whole records are the newest events, and are read.
      const piece = this.headerRead && this.filled >= CHUNK_HEADER_BYTES;
      const what = this.headerRead ? `a ${this.filled}-byte piece of a chunk` : 'a file header cut short';
      // Nothing of the chunk before it may be read for this one's missing bytes.
      if (piece) this.buffer.fill(0, this.filled);
      const read = piece ? this.chunk(this.filled) : 0;
      this.warn(`the file ends in ${what}: the file is truncated${read ? `; the ${read} records whole in it were read` : ''}`, this.at);
    }
    this.filled = 0;
  }

  private block(): void {
    if (!this.headerRead) this.fileHeader();
    else this.chunk(CHUNK_BYTES);
    this.at += this.filled;
    this.filled = 0;
  }

  /** Reads the chunk in the buffer, whose bytes end at `end`; returns how many events it gave. A piece of a chunk that gave none is no chunk read. */
  private chunk(end: number): number {
    const chunkAt = this.at;
    let events = 0;
    const read = readChunk(this.buffer, {
      event: (event) => {
        events++;
        this.handler.event(event);
      },
      warn: (message, offset) => this.warn(message, chunkAt + offset),
    }, this.templates, this.trustChunkHeaders ? Infinity : this.newest, end);
    if (read !== false && (end === CHUNK_BYTES || events > 0)) {
      this.chunks++;
      this.newest = Math.max(this.newest, read);
    }
    return events;
  }

  private fileHeader(): void {
    const header = readFileHeader(this.buffer.subarray(0, FILE_HEADER_BYTES));
    for (const problem of header.problems) this.warn(problem, 0);
    if (header.dirty) this.warn('the log was not closed cleanly (copied while in use): every chunk is read, the header\'s counts are not trusted', 0);
    this.trustChunkHeaders = !header.dirty && header.problems.length === 0;
    this.headerRead = true;
  }

  private warn(message: string, offset: number): void {
    this.handler.warn(`${this.file}: byte ${offset}: ${message}`);
  }
}
