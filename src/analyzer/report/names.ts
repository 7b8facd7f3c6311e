import type { Knowledge } from '../knowledge.ts';
import type { CodeReport } from './model.ts';
import { toHex } from '../../hresult/code-names.ts';
import { hresultFromWin32, ntFromHresult, win32FromNtstatus } from '../../hresult/relations.ts';

/** The first (most specific) symbolic name of a code, when the catalog has one. */
export function nameOf(knowledge: Knowledge, code: string | undefined): string | undefined {
  return code ? ownNames(knowledge, code)[0] : undefined;
}

/**
 * The NTSTATUS a value no table names is HRESULT_FROM_NT of, when the catalog knows that
 * NTSTATUS: CSI writes `STATUS_SXS_COMPONENT_STORE_CORRUPT … [gle=0xd015001a]`, the N bit set on 0xC015001A.
 */
export function ntstatusWrapped(knowledge: Knowledge, code: string): string | undefined {
  if (knowledge.codes[code]?.names.length) return undefined;
  const inner = ntFromHresult(parseInt(code.slice(2), 16) >>> 0);
  if (inner === undefined) return undefined;
  const key = toHex(inner);
  return knowledge.codes[key]?.ntstatus ? key : undefined;
}

/**
 * The Win32 error (its page, 0x8007000D) a value no table names carries as NTSTATUS_FROM_WIN32
 * (0xC007000D), with the N bit set or not (0xD007000D): CBS writes `NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA)`.
 */
export function win32Wrapped(knowledge: Knowledge, code: string): string | undefined {
  if (knowledge.codes[code]?.names.length) return undefined;
  const value = parseInt(code.slice(2), 16) >>> 0;
  const inner = win32FromNtstatus(ntFromHresult(value) ?? value);
  if (inner === undefined) return undefined;
  const key = toHex(hresultFromWin32(inner));
  return knowledge.codes[key]?.names.length ? key : undefined;
}

/** How a name borrowed from the NTSTATUS inside is marked, in any language: `STATUS_… (HRESULT_FROM_NT(0xC015001A))`. */
const nameViaNtstatus = (name: string, ntstatus: string): string => `${name} (HRESULT_FROM_NT(${ntstatus}))`;

/**
 * How a code's name reads in a report, the text's and the page's alike: `name` (its first name
 * unless given), marked when borrowed from the NTSTATUS it wraps; else the name its log lines
 * print, followed by `printedNote`; undefined when it has neither.
 */
export function codeLabel(c: Pick<CodeReport, 'names' | 'ntstatus' | 'win32' | 'printed'> | undefined, printedNote: string, name = c?.names[0]): string | undefined {
  if (name) return c?.ntstatus ? nameViaNtstatus(name, c.ntstatus) : c?.win32 ? `${name} (NTSTATUS_FROM_WIN32)` : name;
  return c?.printed ? `${c.printed} (${printedNote})` : undefined;
}

/** A code's names in the catalog, or those of the NTSTATUS (ntstatusWrapped) or Win32 error (win32Wrapped) it wraps. */
function ownNames(knowledge: Knowledge, code: string): string[] {
  const own = knowledge.codes[code]?.names;
  if (own?.length) return own;
  const inner = ntstatusWrapped(knowledge, code) ?? win32Wrapped(knowledge, code);
  return inner ? knowledge.codes[inner].names : [];
}

/** How a log field reads its value: a Win32 error (`gle=`, a short `Exit code`) or an HRESULT. */
export type FieldReading = 'win32' | 'hresult';

const WIN32_FORMS = new Set(['gle', 'exit-code']);

/** The reading most of a code's occurrences were written in (forms as counted by the scan). */
export function readingOf(forms: Record<string, number>): FieldReading {
  let win32 = 0;
  let other = 0;
  for (const [form, count] of Object.entries(forms)) (WIN32_FORMS.has(form) ? (win32 += count) : (other += count));
  return win32 > other ? 'win32' : 'hresult';
}

/**
 * The names of a code, the primary one chosen by the field it came from. A small value
 * (below 0x10000) shares its page with bug checks and DNS codes (0 is also
 * DNS_ERROR_RCODE_NO_ERROR, 5 INVALID_PROCESS_ATTACH_ATTEMPT), yet a log field holds a
 * Win32 error or an HRESULT: as an HRESULT its `S_` name comes first (S_OK, S_FALSE), and
 * otherwise the Win32 error's `ERROR_` name (ERROR_SUCCESS, ERROR_ACCESS_DENIED).
 */
export function namesInContext(knowledge: Knowledge, code: string, reading: FieldReading): string[] {
  const own = ownNames(knowledge, code);
  const value = parseInt(code.slice(2), 16) >>> 0;
  if (value > 0xffff) return own;
  const win32Page = value === 0 ? own : (knowledge.codes[toHex(0x80070000 | value)]?.names ?? []);
  const success = reading === 'hresult' ? own.find((n) => n.startsWith('S_')) : undefined;
  const primary = success ?? win32Page.find((n) => n.startsWith('ERROR_'));
  return primary ? [primary, ...own.filter((n) => n !== primary)] : own;
}

export function isWrapper(knowledge: Knowledge, code: string): boolean {
  return knowledge.codes[code]?.wrapper === true;
}

/** Severity, facility and code bits: what can be said of a value no header names (0x802400FF). */
export function structureOf(code: string): { severity: 0 | 1; facility: number; code: number } {
  const value = parseInt(code.slice(2), 16) >>> 0;
  return { severity: value >>> 31 ? 1 : 0, facility: (value >>> 16) & 0x7ff, code: value & 0xffff };
}
