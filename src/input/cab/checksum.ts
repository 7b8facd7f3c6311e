/**
 * The CFDATA checksum (MS-CAB 2.4): the data XORed as little-endian 32-bit words, the tail
 * bytes packed in reverse order, then the block's cbData and cbUncomp fields folded in.
 */
export function dataChecksum(data: Uint8Array, sizes: Uint8Array): number {
  return fold(sizes, fold(data, 0));
}

function fold(b: Uint8Array, seed: number): number {
  let sum = seed;
  const words = b.length >> 2;
  let i = 0;
  for (let w = 0; w < words; w++, i += 4) sum ^= b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  let tail = 0;
  switch (b.length & 3) {
    case 3: tail |= b[i++] << 16; // falls through
    case 2: tail |= b[i++] << 8; // falls through
    case 1: tail |= b[i];
  }
  return (sum ^ tail) >>> 0;
}
