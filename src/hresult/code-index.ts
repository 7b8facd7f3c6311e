/**
 * A lookup index over every code name: by page value, by the value as defined, and
 * by name. Its serialized form is what the browser lookup box downloads, so headers,
 * sources and kinds are interned and page values are derived rather than stored.
 */
import type { CodeEntry, CodeName } from './code-names.ts';
import { CODE_KINDS, pageValueOf, type CodeKind } from './code-names.ts';

export interface IndexedName extends CodeName {
  /** the value of the page the name is filed under */
  page: number;
}

export interface CodeIndex {
  names: IndexedName[];
  byPage: Map<number, IndexedName[]>;
  byRaw: Map<number, IndexedName[]>;
  /** keyed by the upper-case name */
  byName: Map<string, IndexedName[]>;
  /** distinct page values, ascending */
  pages: number[];
}

/** [name, raw value, header index, source index, kind index, and for an alias the name it repeats] */
type Row = [string, number, number, number, number] | [string, number, number, number, number, string];

export interface SerializedCodeIndex {
  version: 1;
  headers: string[];
  sources: string[];
  kinds: CodeKind[];
  rows: Row[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexNames(names: IndexedName[]): CodeIndex {
  const index: CodeIndex = { names, byPage: new Map(), byRaw: new Map(), byName: new Map(), pages: [] };
  for (const n of names) {
    push(index.byPage, n.page, n);
    push(index.byRaw, n.raw, n);
    push(index.byName, n.name.toUpperCase(), n);
  }
  index.pages = [...index.byPage.keys()].sort((a, b) => a - b);
  return index;
}

export function buildCodeIndex(entries: CodeEntry[]): CodeIndex {
  const names: IndexedName[] = [];
  for (const entry of entries) {
    const page = Number(entry.value) >>> 0;
    for (const name of entry.names) names.push({ ...name, page });
  }
  return indexNames(names);
}

export function serializeCodeIndex(index: CodeIndex): SerializedCodeIndex {
  const headers: string[] = [];
  const sources: string[] = [];
  const intern = (list: string[], value: string) => {
    let i = list.indexOf(value);
    if (i === -1) i = list.push(value) - 1;
    return i;
  };
  const rows = index.names.map((n): Row => {
    const row: Row = [n.name, n.raw, intern(headers, n.header), intern(sources, n.source), CODE_KINDS.indexOf(n.kind)];
    return n.aliasOf ? [...row, n.aliasOf] : row;
  });
  return { version: 1, headers, sources, kinds: [...CODE_KINDS], rows };
}

export function deserializeCodeIndex(data: SerializedCodeIndex): CodeIndex {
  if (data?.version !== 1 || !Array.isArray(data.rows)) throw new Error('code index: unsupported format');
  const names = data.rows.map(([name, raw, h, s, k, aliasOf]): IndexedName => {
    const kind = data.kinds[k];
    return { name, raw, header: data.headers[h], source: data.sources[s], kind, page: pageValueOf(kind, raw), ...(aliasOf ? { aliasOf } : {}) };
  });
  return indexNames(names);
}
