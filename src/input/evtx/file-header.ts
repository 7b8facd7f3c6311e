import { crc32 } from './crc32.ts';

/** The file header block; chunks follow it. Its own header is 128 bytes, the block 4 KiB. */
export const FILE_HEADER_BYTES = 4096;
const MAGIC = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00]; // "ElfFile\0"
const FLAG_DIRTY = 1;

export interface FileHeader {
  /** the file was not closed cleanly: copied while the log was open, or after a crash */
  dirty: boolean;
  chunkCount: number;
  /** problems found; the chunks are still read, since each chunk stands on its own */
  problems: string[];
}

export function readFileHeader(bytes: Uint8Array): FileHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const problems: string[] = [];
  if (!MAGIC.every((b, i) => bytes[i] === b)) problems.push('the file header has no ElfFile signature');
  const blockSize = view.getUint16(40, true);
  if (blockSize !== FILE_HEADER_BYTES) problems.push(`the file header claims a ${blockSize}-byte header block; 4096 is used`);
  if (view.getUint32(124, true) !== crc32(bytes, 0, 120)) problems.push('the file header checksum does not match');
  return { dirty: (view.getUint32(120, true) & FLAG_DIRTY) !== 0, chunkCount: view.getUint16(42, true), problems };
}
