/**
 * One value → every name that explains it, strongest first. Direct names (the value as
 * defined in a table) and the names reached through HRESULT_FROM_WIN32/NT/SETUPAPI and
 * NTSTATUS_FROM_WIN32 are
 * strong readings; the low word of a non-Win32 facility looked up as a Win32 code (what
 * Err.exe prints for 0x8024001E → ERROR_READ_FAULT) is a weak one, marked as such.
 */
import type { CodeIndex, IndexedName } from './code-index.ts';
import { compareNames, toHex } from './code-names.ts';
import { hresultFields, ntstatusFields, type HresultFields, type NtStatusFields } from './fields.ts';
import {
  hresultFromNt,
  hresultFromWin32,
  isSetupapiError,
  ntFromHresult,
  setupapiFromHresult,
  win32FromHresult,
  win32FromNtstatus,
  type Relation,
  type RelationKind,
} from './relations.ts';
import { pageKey } from './page-key.ts';

export type MatchVia = 'value' | RelationKind | 'low-word';

export interface Match extends IndexedName {
  via: MatchVia;
  /** a re-reading that is usually wrong for this facility; shown after the others */
  weak: boolean;
}

export interface NearbyCode {
  value: string;
  names: string[];
}

export interface Reading {
  value: number;
  hex: string;
  signed: number;
  unsigned: number;
  hresult: HresultFields;
  /** present when the value reads as an NTSTATUS (error severity, or a known NTSTATUS) */
  ntstatus?: NtStatusFields;
  matches: Match[];
  /** the first strong match, if any */
  primary?: Match;
  relations: Relation[];
  /** known codes with the same upper word, when nothing names this value */
  nearby: NearbyCode[];
  /** the catalog page the value belongs to */
  page: string;
}

/** Error severity (both top bits), no customer or N bit: the shape of an NTSTATUS error. */
function looksNtError(v: number): boolean {
  return v >>> 30 === 3 && (v & 0x30000000) === 0;
}

function relationsOf(v: number, index: CodeIndex): Relation[] {
  const out: Relation[] = [];
  const win32 = win32FromHresult(v);
  if (win32 !== undefined) out.push({ kind: 'HRESULT_FROM_WIN32', hresult: v, inner: win32 });
  else if (v > 0 && v <= 0xffff) out.push({ kind: 'HRESULT_FROM_WIN32', hresult: hresultFromWin32(v), inner: v });
  const nt = ntFromHresult(v);
  if (nt !== undefined) out.push({ kind: 'HRESULT_FROM_NT', hresult: v, inner: nt });
  else if (looksNtError(v) || (index.byRaw.get(v) ?? []).some((n) => n.kind === 'ntstatus' && v > 0xffff)) {
    out.push({ kind: 'HRESULT_FROM_NT', hresult: hresultFromNt(v), inner: v });
  }
  // 0xC007000D, or 0xD007000D with the N bit: a Win32 code in an NTSTATUS (CBS writes `NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA)`)
  const status = nt ?? v;
  const win32InStatus = win32FromNtstatus(status);
  if (win32InStatus !== undefined) out.push({ kind: 'NTSTATUS_FROM_WIN32', hresult: status, inner: win32InStatus });
  const spapi = setupapiFromHresult(v);
  if (spapi !== undefined && (index.byRaw.get(spapi) ?? []).some((n) => n.kind === 'setupapi')) {
    out.push({ kind: 'HRESULT_FROM_SETUPAPI', hresult: v, inner: spapi });
  } else if (isSetupapiError(v)) {
    out.push({ kind: 'HRESULT_FROM_SETUPAPI', hresult: (0x800f0000 | (v & 0xffff)) >>> 0, inner: v });
  }
  return out;
}

function collectMatches(v: number, index: CodeIndex, relations: Relation[]): Match[] {
  const out: Match[] = [];
  const add = (names: IndexedName[] | undefined, via: MatchVia, weak = false) => {
    for (const n of [...(names ?? [])].sort(compareNames)) {
      if (!out.some((m) => m.name === n.name && m.header === n.header)) out.push({ ...n, via, weak });
    }
  };
  const win32Inner = win32FromHresult(v);
  // a FACILITY_WIN32 value means its Win32 code first
  if (win32Inner !== undefined) add(index.byPage.get(v)?.filter((n) => n.kind === 'win32'), 'HRESULT_FROM_WIN32');
  add(index.byRaw.get(v), 'value');
  for (const r of relations) {
    if (r.kind === 'HRESULT_FROM_NT' && r.hresult === v) add(index.byRaw.get(r.inner)?.filter((n) => n.kind === 'ntstatus'), r.kind);
    if (r.kind === 'HRESULT_FROM_NT' && r.inner === v) add(index.byRaw.get(r.hresult), r.kind);
    if (r.kind === 'HRESULT_FROM_WIN32' && r.inner === v) add(index.byPage.get(r.hresult)?.filter((n) => n.raw !== v), r.kind);
    if (r.kind === 'HRESULT_FROM_SETUPAPI') add(index.byPage.get(r.hresult)?.filter((n) => n.raw !== v), r.kind);
    if (r.kind === 'NTSTATUS_FROM_WIN32') add(index.byPage.get(hresultFromWin32(r.inner))?.filter((n) => n.kind === 'win32'), r.kind);
  }
  if (win32Inner === undefined && ntFromHresult(v) === undefined && v > 0xffff) {
    add(index.byRaw.get(v & 0xffff)?.filter((n) => n.kind === 'win32'), 'low-word', true);
  }
  return out;
}

function nearbyCodes(v: number, index: CodeIndex, limit = 6): NearbyCode[] {
  const upper = (v >>> 16) & 0xffff;
  return index.pages
    .filter((p) => p >>> 16 === upper && p !== v)
    .sort((a, b) => Math.abs(a - v) - Math.abs(b - v) || a - b)
    .slice(0, limit)
    .sort((a, b) => a - b)
    .map((p) => ({ value: toHex(p), names: (index.byPage.get(p) ?? []).map((n) => n.name) }));
}

export function decodeValue(value: number, index: CodeIndex): Reading {
  const v = value >>> 0;
  const relations = relationsOf(v, index);
  const matches = collectMatches(v, index, relations);
  const primary = matches.find((m) => !m.weak);
  const reading: Reading = {
    value: v,
    hex: toHex(v),
    signed: v | 0,
    unsigned: v,
    hresult: hresultFields(v),
    matches,
    primary,
    relations,
    nearby: primary ? [] : nearbyCodes(v, index),
    page: pageKey(v, index),
  };
  if (looksNtError(v)) reading.ntstatus = ntstatusFields(v);
  else if (matches.some((m) => m.kind === 'ntstatus' && m.via === 'value')) reading.ntstatus = ntstatusFields(v);
  return reading;
}
