/** Hex forms of a SHA-256: computed bytes to text, and a typed or pasted value to its canonical form. */

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * The canonical (upper-case, 64 hex digits) form of a SHA-256 as people write it: with spaces,
 * colons or line breaks (certutil prints it in pairs on old systems), in any case. Undefined when
 * the text is not a SHA-256.
 */
export function normalizeSha256(text: string): string | undefined {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex : undefined;
}
