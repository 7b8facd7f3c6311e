/**
 * Reads the text of a code-table file (`<header>.json` from the importer or a hand-written
 * `docs/*.yaml`) into a CodeTable, checking every entry. Errors name the file and line.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { type CodeTable, type CodeTableEntry } from './code-tables.ts';
import { CODE_KINDS, toHex, type CodeKind } from '../hresult/code-names.ts';

export class CodeTableError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const VALUE = /^0x[0-9A-Fa-f]{1,8}$/;

/** JSON is YAML, so one parser (with line numbers) reads both formats. */
export function parseCodeTable(text: string, file: string): CodeTable {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, intAsBigInt: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new CodeTableError(file, e.linePos?.[0].line ?? 1, e.message.split('\n')[0]);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new CodeTableError(file, 1, 'expected a map with header, source and entries');
  const str = (key: string, node: Node | null = root): string => {
    const value = isMap(node) ? node.get(key) : undefined;
    if (typeof value !== 'string' || !value.trim()) throw new CodeTableError(file, lineOf(node), `'${key}' must be a non-empty string`);
    return value;
  };
  const header = str('header');
  const source = str('source');
  const list = root.get('entries', true);
  if (!isSeq(list)) throw new CodeTableError(file, lineOf(root), "'entries' must be a list");

  const seen = new Map<string, number>();
  const entries = list.items.map((item): CodeTableEntry => {
    const node = item as Node;
    const line = lineOf(node);
    if (!isMap(node)) throw new CodeTableError(file, line, 'each entry must be a map');
    const name = str('name', node);
    if (!NAME.test(name)) throw new CodeTableError(file, line, `'${name}' is not a symbolic name`);
    const rawValue = node.get('value');
    const valueText = typeof rawValue === 'number' ? toHex(rawValue) : String(rawValue ?? '');
    if (!VALUE.test(valueText)) throw new CodeTableError(file, line, `${name}: value '${valueText}' is not 0x + 1..8 hex digits`);
    const kind = node.get('kind') as CodeKind;
    if (!CODE_KINDS.includes(kind)) throw new CodeTableError(file, line, `${name}: kind must be one of ${CODE_KINDS.join(', ')}`);
    const value = toHex(Number(valueText));
    if (kind === 'win32' && Number(value) > 0xffff) throw new CodeTableError(file, line, `${name}: a win32 code must be at most 0xFFFF`);
    const key = `${name}=${value}`;
    if (seen.has(key)) throw new CodeTableError(file, line, `${name} ${value} is listed twice (first on line ${seen.get(key)})`);
    seen.set(key, line);
    const entry: CodeTableEntry = { name, value, kind };
    const headerLine = node.get('line');
    if (typeof headerLine === 'number') entry.line = headerLine;
    if (node.has('source')) entry.source = str('source', node);
    if (node.has('header')) entry.header = str('header', node);
    if (node.has('aliasOf')) entry.aliasOf = str('aliasOf', node);
    return entry;
  });
  return { header, source, entries };
}
