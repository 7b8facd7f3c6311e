/**
 * One header's text → its code table: picks the names that are codes, evaluates their
 * values (through the header's own defines, then the support headers'), and decides
 * each value's kind. Names whose value cannot be computed are reported, never guessed.
 */
import type { CodeTable, CodeTableEntry } from '../../src/catalog/code-tables.ts';
import type { CodeKind } from '../../src/hresult/code-names.ts';
import { toHex } from '../../src/hresult/code-names.ts';
import { evaluate, EvaluateError } from './evaluate.ts';
import type { Define, ParsedHeader } from './parse-header.ts';
import { defaultKind, isExcludedName, type HeaderProfile } from './headers.ts';

export interface TableReport {
  table: CodeTable;
  /** `header:line: message` for each name or definition that was left out */
  skipped: string[];
}

/** Evaluates names across a header and its support headers, memoised, guarding cycles. */
export function makeResolver(own: ParsedHeader, support: ParsedHeader[]) {
  const cache = new Map<Define, number | undefined>();
  const active = new Set<Define>();
  const find = (name: string): Define | undefined =>
    own.defines.get(name) ?? support.map((h) => h.defines.get(name)).find(Boolean);
  const findMacro = (name: string) => own.macros.get(name) ?? support.map((h) => h.macros.get(name)).find(Boolean);
  const resolveName = (name: string) => {
    const d = find(name);
    return d ? valueOf(d) : undefined;
  };
  // a header's own macro, expanded by substituting the (already evaluated) arguments
  const call = (name: string, args: number[]): number | undefined => {
    const macro = findMacro(name);
    if (!macro || macro.params.length !== args.length) return undefined;
    const body = macro.body.replace(/[A-Za-z_]\w*/g, (id) => {
      const i = macro.params.indexOf(id);
      return i === -1 ? id : String(args[i]);
    });
    return evaluate(body, resolveName, call);
  };
  const valueOf = (define: Define): number | undefined => {
    if (cache.has(define)) return cache.get(define);
    if (active.has(define) || define.body === '') return undefined;
    active.add(define);
    let value: number | undefined;
    try {
      value = evaluate(define.body, resolveName, call);
    } catch (error) {
      if (!(error instanceof EvaluateError)) throw error;
    }
    active.delete(define);
    cache.set(define, value);
    return value;
  };
  const explain = (define: Define): string => {
    try {
      evaluate(define.body, resolveName, call);
      return 'no value';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  return { find, valueOf, explain };
}

export interface TableOptions {
  /** the header name the table records, e.g. `wine/winerror.h` */
  header?: string;
  /** names to leave out because an earlier source already has them */
  known?: ReadonlySet<string>;
}

/** The name a define repeats, when its body is only a name (`#define NOERROR S_OK`). */
function aliasTarget(define: Define): string | undefined {
  return /^\(?\s*([A-Za-z_]\w*)\s*\)?$/.exec(define.body)?.[1];
}

/** Marks each entry defined as another entry of the table with the same value (CodeTableEntry.aliasOf). */
function markAliases(entries: CodeTableEntry[], parsed: ParsedHeader): void {
  const valueOf = new Map(entries.map((e) => [e.name, e.value]));
  for (const entry of entries) {
    const target = aliasTarget(parsed.defines.get(entry.name)!);
    if (target && target !== entry.name && valueOf.get(target) === entry.value) entry.aliasOf = target;
  }
}

export function buildTable(profile: HeaderProfile, parsed: ParsedHeader, support: ParsedHeader[], source: string, options: TableOptions = {}): TableReport {
  const resolver = makeResolver(parsed, support);
  const skipped: string[] = [];
  const kindCache = new Map<string, CodeKind>();

  const kindOf = (define: Define, value: number, depth = 0): CodeKind => {
    const cached = kindCache.get(define.name);
    if (cached) return cached;
    // an alias (`#define NOERROR S_OK`) reads like the name it repeats
    const target = aliasTarget(define);
    const aliased = target ? parsed.defines.get(target) : undefined;
    const kind =
      aliased && depth < 8
        ? kindOf(aliased, value, depth + 1)
        : (profile.kind ?? defaultKind)(value, define.body);
    kindCache.set(define.name, kind);
    return kind;
  };

  const entries: CodeTableEntry[] = [];
  for (const define of parsed.defines.values()) {
    if (isExcludedName(define.name, define.body)) continue;
    if (profile.include && !profile.include.test(define.name)) continue;
    if (options.known?.has(define.name)) continue;
    if (define.body === '') continue;
    const value = resolver.valueOf(define);
    if (value === undefined) {
      skipped.push(`${profile.header}:${define.line}: ${define.name}: ${resolver.explain(define)}`);
      continue;
    }
    entries.push({ name: define.name, value: toHex(value), kind: kindOf(define, value), line: define.line });
  }
  // a name defined again with another value (SDK E_NOTIMPL under #else): the first is kept
  for (const again of parsed.shadowed) {
    const first = parsed.defines.get(again.name);
    if (!first || !entries.some((e) => e.name === again.name)) continue;
    const value = resolver.valueOf(again);
    if (value !== undefined && value !== resolver.valueOf(first)) {
      skipped.push(`${profile.header}:${again.line}: ${again.name}: defined again as ${toHex(value)}${again.inElse ? ' under #else' : ''}; the definition on line ${first.line} is kept`);
    }
  }
  markAliases(entries, parsed);
  entries.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { table: { header: options.header ?? profile.header, source, entries }, skipped };
}

/** Pretty JSON with one entry per line: stable, diff-friendly, no timestamps. */
export function formatTable(table: CodeTable): string {
  const lines = table.entries.map((e) => '    ' + JSON.stringify(e));
  return (
    '{\n' +
    `  "header": ${JSON.stringify(table.header)},\n` +
    `  "source": ${JSON.stringify(table.source)},\n` +
    '  "entries": [\n' +
    lines.join(',\n') +
    (lines.length ? '\n' : '') +
    '  ]\n}\n'
  );
}
