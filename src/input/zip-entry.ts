import { Inflate } from 'fflate';
import type { RandomAccess } from './random-access.ts';
import type { ByteSink, ExpandBudget } from './zip.ts';
import { entryDataStart, LOCAL_HEADER_SIZE, type ZipEntry } from './zip-directory.ts';

/** Bytes handed to the scanner at a time: the size the CLI reads files in. */
const PIECE = 64 * 1024;
/** Compressed bytes inflated at a time: logs deflate some twentyfold, and inflating a small piece keeps its output small. */
const COMPRESSED_PIECE = 16 * 1024;
/** Bytes read from the file at a time: each read of a browser `File` is a round trip to the browser process. */
const READ_PIECE = 1024 * 1024;

/** Why an entry read on its own stopped: the archive is then read whole, by the streaming reader. */
export class ZipEntryError extends Error {}

export interface EntryReadOptions {
  /** compressed bytes read so far of this entry, after each piece */
  onBytes?: (bytes: number) => void;
  signal?: AbortSignal;
}

/**
 * Reads one planned entry of a zip from its own byte range and hands its expanded bytes to
 * `sink`, counting them against `budget` before they are passed on: an entry that expands
 * past its share stops there. Throws ZipEntryError on a missing header or damaged data.
 */
export async function readZipEntry(file: RandomAccess, entry: ZipEntry, sink: ByteSink, budget: ExpandBudget, options: EntryReadOptions = {}): Promise<void> {
  const header = await file.read(entry.offset, LOCAL_HEADER_SIZE);
  const start = entryDataStart(header, entry);
  if (start === undefined) throw new ZipEntryError(`${entry.name}: no local header at byte ${entry.offset}`);
  let failure: Error | undefined;
  const take = (data: Uint8Array) => {
    budget.used += data.length;
    if (budget.used > budget.limit) throw new ZipEntryError(`${entry.name}: expands past its share of ${budget.limit} bytes`);
    // The scanner is fastest on chunks the size files are read in: a deflate piece expands to megabytes.
    for (let at = 0; at < data.length; at += PIECE) sink.push(data.subarray(at, at + PIECE));
  };
  const inflate = new Inflate((data) => {
    if (!failure) {
      try {
        take(data);
      } catch (error) {
        failure = error as Error;
      }
    }
  });
  const end = start + entry.compressedSize;
  for (let at = start; at < end; ) {
    options.signal?.throwIfAborted();
    const read = await file.read(at, Math.min(READ_PIECE, end - at));
    if (!read.length) throw new ZipEntryError(`${entry.name}: the file ends at byte ${at}`);
    at += read.length;
    for (let from = 0; from < read.length; from += COMPRESSED_PIECE) {
      const piece = read.subarray(from, from + COMPRESSED_PIECE);
      if (entry.method === 0) take(piece);
      else inflateSafely(inflate, piece, at === end && from + COMPRESSED_PIECE >= read.length, entry);
      if (failure) throw failure;
    }
    options.onBytes?.(at - start);
  }
  if (entry.method === 8 && entry.compressedSize === 0) inflateSafely(inflate, new Uint8Array(0), true, entry);
  if (failure) throw failure;
  sink.end();
}

function inflateSafely(inflate: Inflate, piece: Uint8Array, final: boolean, entry: ZipEntry): void {
  try {
    inflate.push(piece, final);
  } catch (error) {
    throw new ZipEntryError(`${entry.name}: ${(error as Error).message || 'invalid deflate data'}`);
  }
}
