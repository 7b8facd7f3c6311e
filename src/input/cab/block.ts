/** Turns one CFDATA block's bytes into its `size` uncompressed bytes, or throws CabError saying why (after `where`). */
export interface BlockDecoder {
  block(data: Uint8Array, size: number, where: string): Uint8Array;
}
