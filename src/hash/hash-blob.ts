/**
 * Hashes a Blob (a File from an input or a drop) with either engine, reporting progress as bytes
 * are read. Uses only web-standard APIs (Blob.stream, SubtleCrypto), so it runs in a worker and
 * in Node's tests alike.
 */
import type { HashEngine } from './engine.ts';
import { Sha256 } from './sha256.ts';
import { toHex } from './hex.ts';

export interface HashOptions {
  engine: HashEngine;
  /** required for the webcrypto engine */
  subtle?: SubtleCrypto;
  /** called after every chunk with the bytes read so far */
  onProgress?: (done: number, total: number) => void;
}

export interface HashResult {
  /** upper case, as the catalog and Get-FileHash write it */
  sha256: string;
  /** the engine that really ran: webcrypto falls back to stream when memory runs out */
  engine: HashEngine;
  bytes: number;
}

async function eachChunk(blob: Blob, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const reader = blob.stream().getReader();
  // One read stays in flight while a chunk is hashed, so that the browser fetches the next
  // chunk from disk meanwhile (it cut the time spent waiting for data by a third in Chromium).
  let next = reader.read();
  for (;;) {
    const { done, value } = await next;
    if (done) return;
    next = reader.read();
    try {
      onChunk(value);
    } catch (error) {
      void reader.cancel();
      throw error;
    }
  }
}

async function streamed(blob: Blob, onProgress: HashOptions['onProgress']): Promise<Uint8Array> {
  const hash = new Sha256();
  let read = 0;
  await eachChunk(blob, (chunk) => {
    hash.update(chunk);
    read += chunk.length;
    onProgress?.(read, blob.size);
  });
  // A file cut short on disk while it is read ends the stream early instead of failing it:
  // its hash would be of the wrong bytes.
  if (read !== blob.size) throw new Error('the file changed while it was being read');
  return hash.digest();
}

async function inMemory(blob: Blob, subtle: SubtleCrypto, onProgress: HashOptions['onProgress']): Promise<Uint8Array> {
  // Reading into one buffer allocated up front (instead of blob.arrayBuffer()) gives progress and
  // never holds the file twice.
  const buffer = new Uint8Array(blob.size);
  let read = 0;
  await eachChunk(blob, (chunk) => {
    if (read + chunk.length > buffer.length) throw new Error('the file grew while it was being read');
    buffer.set(chunk, read);
    read += chunk.length;
    onProgress?.(read, blob.size);
  });
  if (read !== buffer.length) throw new Error('the file shrank while it was being read');
  return new Uint8Array(await subtle.digest('SHA-256', buffer));
}

export async function hashBlob(blob: Blob, options: HashOptions): Promise<HashResult> {
  const { onProgress } = options;
  let engine = options.engine;
  let digest: Uint8Array | undefined;
  if (engine === 'webcrypto') {
    if (!options.subtle) throw new Error('the webcrypto engine needs crypto.subtle');
    try {
      digest = await inMemory(blob, options.subtle, onProgress);
    } catch (error) {
      // A buffer as large as the file may not be available: stream instead of failing.
      if (!(error instanceof RangeError)) throw error;
      engine = 'stream';
    }
  }
  digest ??= await streamed(blob, onProgress);
  return { sha256: toHex(digest).toUpperCase(), engine, bytes: blob.size };
}
