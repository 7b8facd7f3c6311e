/**
 * Undoes the x86 CALL translation LZX applies to its input: after each 0xE8 byte the encoder
 * turned a relative 32-bit address into an absolute one (relative to `fileSize`); this turns
 * it back. `position` is the frame's offset in the whole output.
 */
export function undoCallTranslation(frame: Uint8Array, position: number, fileSize: number): void {
  const end = frame.length - 10;
  for (let i = 0; i < end; ) {
    if (frame[i] !== 0xe8) {
      i++;
      continue;
    }
    const at = position + i;
    const absolute = frame[i + 1] | (frame[i + 2] << 8) | (frame[i + 3] << 16) | (frame[i + 4] << 24);
    if (absolute >= -at && absolute < fileSize) {
      const relative = absolute >= 0 ? absolute - at : absolute + fileSize;
      frame[i + 1] = relative & 0xff;
      frame[i + 2] = (relative >>> 8) & 0xff;
      frame[i + 3] = (relative >>> 16) & 0xff;
      frame[i + 4] = (relative >>> 24) & 0xff;
    }
    i += 5;
  }
}
