/**
 * Which catalog page a value belongs to, and every form a user may type for a page.
 * Pages: a Win32 code n lives at its HRESULT 0x8007xxxx; a setupapi.h 0xE000xxxx code at
 * 0x800Fxxxx; an NTSTATUS at its own value, and its HRESULT_FROM_NT form (0xD…, N bit
 * set) is an alias of that page; a Win32 code in an NTSTATUS no table names (NTSTATUS_FROM_WIN32,
 * 0xC007xxxx, or 0xD007xxxx with the N bit) at that code's page; every other value at itself.
 */
import type { CodeIndex } from './code-index.ts';
import { toHex } from './code-names.ts';
import { hresultFromWin32, isSetupapiError, ntFromHresult, setupapiFromHresult, win32FromHresult, win32FromNtstatus } from './relations.ts';

export function pageKey(value: number, index?: CodeIndex): string {
  const v = value >>> 0;
  if (index?.byPage.has(v)) {
    // a small value that is also a Win32 code still belongs to the Win32 page
    const win32 = v > 0 && v <= 0xffff && index.byRaw.get(v)?.some((n) => n.kind === 'win32');
    return toHex(win32 ? hresultFromWin32(v) : v);
  }
  if (v > 0 && v <= 0xffff) return toHex(hresultFromWin32(v));
  if (isSetupapiError(v)) return toHex((0x800f0000 | (v & 0xffff)) >>> 0);
  const nt = ntFromHresult(v);
  if (nt !== undefined && (!index || index.byPage.has(nt))) return toHex(nt);
  const win32 = win32FromNtstatus(nt ?? v);
  if (win32 !== undefined) return toHex(hresultFromWin32(win32));
  return toHex(v);
}

/** Every spelling of a page's value: hex with and without 0x, both decimals, inner codes, names. */
export function aliasesOf(page: string, index?: CodeIndex): string[] {
  const v = Number(page) >>> 0;
  const hex = toHex(v);
  const out = new Set<string>([hex, hex.toLowerCase(), hex.slice(2), String(v | 0), String(v)]);
  const win32 = win32FromHresult(v);
  if (win32 !== undefined) {
    out.add(String(win32));
    out.add('0x' + win32.toString(16).toUpperCase());
  }
  if (index?.byPage.get(v)?.some((n) => n.kind === 'ntstatus') || (v >>> 30 === 3 && (v & 0x30000000) === 0)) {
    out.add(toHex((v | 0x10000000) >>> 0));
  }
  const spapi = setupapiFromHresult(v);
  if (spapi !== undefined && index?.byPage.get(v)?.some((n) => n.kind === 'setupapi')) out.add(toHex(spapi));
  for (const n of index?.byPage.get(v) ?? []) out.add(n.name);
  return [...out];
}
