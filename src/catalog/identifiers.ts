/** Canonical forms of the identifiers content files use. */

/** `0x8024001e` → `0x8024001E`; undefined when not `0x` + 8 hex digits. */
export function canonicalCode(text: string): string | undefined {
  const m = /^0[xX]([0-9a-fA-F]{8})$/.exec(text.trim());
  return m ? `0x${m[1].toUpperCase()}` : undefined;
}

/** `kb5016623` → `KB5016623`. */
export function canonicalKb(text: string): string | undefined {
  const m = /^KB(\d{6,8})$/i.exec(text.trim());
  return m ? `KB${m[1]}` : undefined;
}

export const SHA256_PATTERN = /^[0-9A-Fa-f]{64}$/;
export const RUNBOOK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
