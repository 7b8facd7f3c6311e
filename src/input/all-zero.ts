/**
 * Whether every byte is zero: what Windows leaves in the unused rest of a preallocated file (an
 * event log's chunks not written yet, a trace's buffers past its last), which is no damage.
 */
export function allZero(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}
