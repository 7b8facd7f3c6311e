/**
 * A file that can be read at any offset: a browser `File` (through `slice`) or a file on
 * disk. Lets a zip be planned from its central directory and each entry read on its own.
 */
export interface RandomAccess {
  readonly size: number;
  /** `length` bytes from `offset`, fewer only at the end of the file */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A `Blob` (a browser `File`) as random access; also works in Node 20 and in Web Workers. */
export function blobAccess(blob: Blob): RandomAccess {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Bytes held in memory as random access (tests, small inputs). */
export function bytesAccess(bytes: Uint8Array): RandomAccess {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
