/**
 * Code tables (one per header or document) → catalog entries and a compact index
 * for lookups. Pure data in, pure data out: runs in the build, the CLI and the browser.
 */
import type { CodeEntry, CodeName } from './types.ts';

export type CodeKind = CodeName['kind'];
export const CODE_KINDS: readonly CodeKind[] = ['hresult', 'win32', 'ntstatus', 'setupapi', 'other'];

/** One name/value pair as written in a table file. */
export interface CodeTableEntry {
  name: string;
  /** the value as defined, `0x` + 8 upper-case hex digits */
  value: string;
  kind: CodeKind;
  /** line in the header, for header tables */
  line?: number;
  /** per-entry source (documents); defaults to the table's */
  source?: string;
  /** per-entry document name (documents); defaults to the table's header */
  header?: string;
}

/** The content of one `content/code-tables/<header>.json` or `docs/*.yaml` file. */
export interface CodeTable {
  /** `winerror.h`, or a document name */
  header: string;
  /** `mingw-w64-common 10.0.0-3`, or a URL */
  source: string;
  entries: CodeTableEntry[];
}

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

/** Header tables first in a fixed order, then the rest by name: the order names are listed in. */
const HEADER_RANK = ['winerror.h', 'wuerror.h', 'ntstatus.h'];
export function headerRank(header: string): number {
  const i = HEADER_RANK.indexOf(header);
  return i === -1 ? HEADER_RANK.length : i;
}

export function compareNames(a: CodeName, b: CodeName): number {
  return (
    headerRank(a.header) - headerRank(b.header) ||
    (a.header < b.header ? -1 : a.header > b.header ? 1 : 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** Every table entry as a CodeName, with its page value. */
export function namesOfTables(tables: CodeTable[]): { page: number; name: CodeName }[] {
  const out: { page: number; name: CodeName }[] = [];
  for (const table of tables) {
    for (const entry of table.entries) {
      const raw = Number(entry.value) >>> 0;
      out.push({
        page: pageValueOf(entry.kind, raw),
        name: {
          name: entry.name,
          header: entry.header ?? table.header,
          source: entry.source ?? table.source,
          kind: entry.kind,
          raw,
        },
      });
    }
  }
  return out;
}

/** One entry per distinct page value, sorted by value; names in listing order. */
export function codeEntriesFromTables(tables: CodeTable[]): CodeEntry[] {
  const byPage = new Map<number, CodeName[]>();
  for (const { page, name } of namesOfTables(tables)) {
    const list = byPage.get(page) ?? [];
    if (!list.some((n) => n.name === name.name && n.header === name.header)) list.push(name);
    byPage.set(page, list);
  }
  return [...byPage.keys()]
    .sort((a, b) => a - b)
    .map((page) => ({ value: toHex(page), names: byPage.get(page)!.sort(compareNames) }));
}
