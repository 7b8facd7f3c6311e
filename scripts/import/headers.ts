/**
 * Which headers of mingw-w64-common (and, for the names it lacks, Wine) hold error codes, which of their names are codes,
 * and how each value is to be read (its `kind`). Most of these headers are error
 * headers through and through; the mixed ones (wininet.h, setupapi.h, …) list
 * the name patterns of their error block, as Err.exe's tables do.
 */
import type { CodeKind } from '../../src/hresult/code-names.ts';

export interface HeaderProfile {
  header: string;
  /** names that are codes; default: every name not excluded below */
  include?: RegExp;
  /** how to read a value; default: by the shape of the value (see `defaultKind`) */
  kind?: (value: number, body: string) => CodeKind;
}

/** Names that are never codes: guards, facility and severity numbers, range bases. */
const NOT_A_CODE = /^_|^(FACILITY|SEVERITY|STATUS_SEVERITY)_|_(FIRST|LAST|MAX|MIN)$|^MAX_|^MIN_/;
const RANGE_BASE = /BASE(ERR|END)?$/;
/** `…_NOT_AT_BASE`, `…_AT_DIFFERENT_BASE`: an image's base address, not a range's. */
const IMAGE_BASE = /_(AT|DIFFERENT)_BASE$/;

/** A value cast to a status type is a code whatever its name says. */
const TYPED_STATUS = /\(\s*(NTSTATUS|HRESULT|SCODE)\s*\)|_HRESULT_TYPEDEF_/;

/**
 * A name ending in `BASE` is a range base (`WSABASEERR 10000`, `NERR_BASE 2100`), unless it
 * speaks of an image base (`ERROR_IMAGE_NOT_AT_BASE`), its value is typed as a status
 * (`((NTSTATUS)0x40000003)`), or it has `_E_`/`_S_` in it (`WU_E_PT_SOAPCLIENT_BASE`,
 * `CRYPT_E_NOT_IN_REVOCATION_DATABASE`). Checked against every header imported.
 */
export function isExcludedName(name: string, body = ''): boolean {
  if (NOT_A_CODE.test(name)) return true;
  return RANGE_BASE.test(name) && !IMAGE_BASE.test(name) && !/_[ES]_/.test(name) && !TYPED_STATUS.test(body);
}

/** Win32 codes are small numbers; HRESULTs are typed or do not fit in 16 bits. */
export function defaultKind(value: number, body: string): CodeKind {
  if (/HRESULT|SCODE/.test(body) || value > 0xffff) return 'hresult';
  return 'win32';
}

const win32Only = (): CodeKind => 'win32';

const SETUPAPI: HeaderProfile = {
  header: 'setupapi.h',
  include: /^ERROR_/,
  kind: (value) => ((value & 0xe0000000) >>> 0 === 0xe0000000 ? 'setupapi' : 'win32'),
};

export const HEADERS: HeaderProfile[] = [
  { header: 'winerror.h' },
  { header: 'wuerror.h', kind: () => 'hresult' },
  { header: 'ntstatus.h', kind: () => 'ntstatus' },
  { header: 'bitsmsg.h', include: /^BG_[ES]_/, kind: () => 'hresult' },
  { header: 'wininet.h', include: /^ERROR_(INTERNET|FTP|GOPHER|HTTP)_/, kind: win32Only },
  { header: 'winhttp.h', include: /^ERROR_WINHTTP_/, kind: win32Only },
  { header: 'lmerr.h', include: /^NERR_/, kind: win32Only },
  // event-log message numbers, not Win32 codes: they stay at their own value
  { header: 'lmerrlog.h', include: /^NELOG_/, kind: () => 'other' },
  SETUPAPI,
  { header: 'dismapi.h', include: /^DISMAPI_[ESW]_/, kind: () => 'hresult' },
  { header: 'bugcodes.h', include: /^[A-Z][A-Z0-9_]+$/, kind: () => 'other' },
  { header: 'raserror.h', include: /^ERROR_/, kind: win32Only },
  { header: 'mprerror.h', include: /^ERROR_/, kind: win32Only },
  { header: 'corerror.h', include: /^(COR|CORSEC|CLDB|META|FUSION|CLR)_[ESW]_/ },
  { header: 'vsserror.h', include: /^VSS_[ES]_/, kind: () => 'hresult' },
  { header: 'fltwinerror.h', include: /^ERROR_FLT_/ },
  { header: 'p2p.h', include: /^PEER_[ES]_/, kind: () => 'hresult' },
  { header: 'vfwmsgs.h', include: /^(VFW_[ES]_|E_PROP_)/, kind: () => 'hresult' },
  // URL monikers (urlmon): the INET_E_* results a download through them fails with (0x800C0005, resource not found)
  { header: 'urlmon.h', include: /^INET_E_/, kind: () => 'hresult' },
];

/** Headers whose defines may be named by other headers' expressions. */
export const SUPPORT_HEADERS = ['winerror.h', 'winnt.h'];

/**
 * Wine's headers fill what mingw-w64's lack (the KTM range 6700–6900 and more): only
 * the names no mingw-w64 table has are taken from them, filed as `wine/<header>`.
 */
export const WINE_HEADERS: HeaderProfile[] = [
  { header: 'winerror.h' },
  { header: 'ntstatus.h', kind: () => 'ntstatus' },
  // the newer driver-signing codes (ERROR_FILE_HASH_NOT_IN_CATALOG, 0x800F024B as an HRESULT)
  SETUPAPI,
];
