/** The arithmetic relations between HRESULTs, Win32 codes, NTSTATUS values and setupapi.h codes. */
import { N_BIT } from './fields.ts';

export type RelationKind = 'HRESULT_FROM_WIN32' | 'HRESULT_FROM_NT' | 'NTSTATUS_FROM_WIN32' | 'HRESULT_FROM_SETUPAPI';

export interface Relation {
  kind: RelationKind;
  /** the wrapped value (for NTSTATUS_FROM_WIN32, the NTSTATUS) */
  hresult: number;
  /** the value inside: Win32 code, NTSTATUS or setupapi.h code */
  inner: number;
}

/** `HRESULT_FROM_WIN32(x)`: 0 and negative values pass through. */
export function hresultFromWin32(code: number): number {
  return (code | 0) <= 0 ? code >>> 0 : ((code & 0xffff) | 0x80070000) >>> 0;
}

/** The Win32 code inside a FACILITY_WIN32 failure, or undefined. */
export function win32FromHresult(hr: number): number | undefined {
  return ((hr >>> 16) & 0xffff) === 0x8007 ? hr & 0xffff : undefined;
}

export function hresultFromNt(status: number): number {
  return (status | N_BIT) >>> 0;
}

/** The NTSTATUS inside a value with the N bit set, or undefined. */
export function ntFromHresult(hr: number): number | undefined {
  return hr & N_BIT ? (hr & ~N_BIT) >>> 0 : undefined;
}

/**
 * The Win32 code inside an NTSTATUS error of FACILITY_NTWIN32 (0xC007xxxx), or undefined:
 * `NTSTATUS_FROM_WIN32(x)` puts a Win32 code in the low word with that facility and error severity.
 */
export function win32FromNtstatus(status: number): number | undefined {
  return ((status >>> 16) & 0xffff) === 0xc007 ? status & 0xffff : undefined;
}

const SETUPAPI_ERROR = 0xe0000000; // APPLICATION_ERROR_MASK | ERROR_SEVERITY_ERROR

export function isSetupapiError(code: number): boolean {
  return ((code & 0xffff0000) >>> 0) === SETUPAPI_ERROR;
}

/** `HRESULT_FROM_SETUPAPI(x)`: setupapi.h errors go to FACILITY_SETUPAPI, others as Win32. */
export function hresultFromSetupapi(code: number): number {
  return isSetupapiError(code) ? (0x800f0000 | (code & 0xffff)) >>> 0 : hresultFromWin32(code);
}

/** The setupapi.h form of a FACILITY_SETUPAPI failure, or undefined. */
export function setupapiFromHresult(hr: number): number | undefined {
  return ((hr >>> 16) & 0xffff) === 0x800f ? (SETUPAPI_ERROR | (hr & 0xffff)) >>> 0 : undefined;
}
