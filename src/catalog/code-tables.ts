/**
 * Code tables (one per header or document) → catalog entries and a compact index
 * for lookups. Pure data in, pure data out: runs in the build, the CLI and the browser.
 */
import type { CodeEntry, CodeName } from './types.ts';
import { compareNames, pageValueOf, toHex, type CodeKind } from '../hresult/code-names.ts';


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
  /** the name this one is defined as, with the same value (`#define DNS_ERROR_INVALID_NAME ERROR_INVALID_NAME`): listed after it */
  aliasOf?: string;
}

/** The content of one `content/code-tables/<header>.json` or `docs/*.yaml` file. */
export interface CodeTable {
  /** `winerror.h`, or a document name */
  header: string;
  /** `mingw-w64-common 10.0.0-3`, or a URL */
  source: string;
  entries: CodeTableEntry[];
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
          ...(entry.aliasOf ? { aliasOf: entry.aliasOf } : {}),
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
