/**
 * The symbolic name a log prints right after a value, where Windows writes one: CBS.log and
 * DISM.log `[HRESULT = 0x800f0816 - CBS_E_DPX_JOB_STATE_SAVED]`, CBS `overall result:0x800f0922
 * (CBS_E_INSTALLERS_FAILED)`. Most CBS names are in no public header, so for a code the catalog
 * cannot name, the lines Windows wrote may still say what it is.
 */

/** A constant's name: upper case, digits and at least one underscore (`CBS_E_CANCEL`, `E_FAIL`). */
const NAME = '[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]';
const AFTER_VALUE = new RegExp(`^(?: - (${NAME})\\]| \\((${NAME})\\))`);

/** The name printed right after `code` (`0x` + 8 hex digits, any case) on the first of `texts` that prints one. */
export function printedName(code: string, texts: Iterable<string>): string | undefined {
  const value = code.toLowerCase();
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(value); at >= 0; at = lower.indexOf(value, at + 1)) {
      // the value must stand alone: not the start of a longer hex run
      if (/[0-9a-z]/.test(lower[at + value.length] ?? '')) continue;
      const m = AFTER_VALUE.exec(text.slice(at + value.length, at + value.length + 120));
      if (m) return m[1] ?? m[2];
    }
  }
  return undefined;
}
