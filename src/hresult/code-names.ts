/**
 * Symbolic names of code values and the arithmetic on values the decoder and the code tables
 * share: the page a name is filed under, the hex form, the order names are listed in.
 */

/** One symbolic name of a value, with the table it comes from. */
export interface CodeName {
  name: string;
  /** header file (`winerror.h`) or document the name comes from */
  header: string;
  /** URL or package/version of the source */
  source: string;
  /** how the name is defined: an HRESULT, a Win32 code (shown under its 0x8007 form), an NTSTATUS, … */
  kind: 'hresult' | 'win32' | 'ntstatus' | 'setupapi' | 'other';
  /** the value as written in its table, before mapping onto the page value (e.g. 1392 for a Win32 code) */
  raw: number;
  /** the name this one is defined as (an alias: `DNS_ERROR_INVALID_NAME` for `ERROR_INVALID_NAME`) */
  aliasOf?: string;
}

/** One page value and every name filed under it. */
export interface CodeEntry {
  value: string;
  names: CodeName[];
}

export type CodeKind = CodeName['kind'];
export const CODE_KINDS: readonly CodeKind[] = ['hresult', 'win32', 'ntstatus', 'setupapi', 'other'];

/** `0x` + 8 upper-case hex digits. */
export function toHex(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/**
 * The value whose page a name is filed under: Win32 n → HRESULT_FROM_WIN32(n),
 * setupapi.h 0xE000xxxx → HRESULT_FROM_SETUPAPI (0x800Fxxxx), everything else stays.
 */
export function pageValueOf(kind: CodeKind, raw: number): number {
  if (kind === 'win32') return raw === 0 ? 0 : (0x80070000 | (raw & 0xffff)) >>> 0;
  if (kind === 'setupapi') return (0x800f0000 | (raw & 0xffff)) >>> 0;
  return raw >>> 0;
}

/**
 * Header tables first in a fixed order, then the rest by name: winerror.h, wuerror.h, ntstatus.h, then
 * the names Wine's copies add to them, so that a Win32 number reads as its winerror.h name before a
 * subsystem's of the same number (raserror.h's 600–800); within a header, a name defined as
 * another comes after the names defined by value, so that the first name of 0x8007007B is
 * ERROR_INVALID_NAME and not its DNS alias. The order names are listed in.
 */
const HEADER_RANK = ['winerror.h', 'wuerror.h', 'ntstatus.h', 'wine/ntstatus.h', 'wine/winerror.h'];
export function headerRank(header: string): number {
  const i = HEADER_RANK.indexOf(header);
  return i === -1 ? HEADER_RANK.length : i;
}

export function compareNames(a: CodeName, b: CodeName): number {
  return (
    headerRank(a.header) - headerRank(b.header) ||
    (a.header < b.header ? -1 : a.header > b.header ? 1 : 0) ||
    Number(a.aliasOf !== undefined) - Number(b.aliasOf !== undefined) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}
