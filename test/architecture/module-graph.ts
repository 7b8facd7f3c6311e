/** The import graph of the project's own source files, read from their text (no bundler). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|mjs|astro)$/;
// static imports and re-exports (type-only ones too: they tie files together just the same) and import('…')
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path, out);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every module specifier a file names, relative or bare. */
export function specifiersOf(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]);
}

/** file → the packages it imports (`fflate`, `node:fs`, `astro:content`). */
export function bareImports(root: string, folders: string[]): Map<string, string[]> {
  const files = folders.flatMap((folder) => walk(join(root, folder), []));
  return new Map(files.map((file) => [relative(root, file), specifiersOf(readFileSync(file, 'utf8')).filter((s) => !s.startsWith('.'))]));
}

/** file → the project files it imports, as paths relative to `root`. */
export function moduleGraph(root: string, folders: string[]): Map<string, string[]> {
  const files = folders.flatMap((folder) => walk(join(root, folder), []));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiersOf(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(file), s.replace(/\?.*$/, '')))
      .filter((target) => known.has(target));
    graph.set(relative(root, file), [...new Set(targets)].map((t) => relative(root, t)));
  }
  return graph;
}

/** Groups of files that import each other in a ring (Tarjan's strongly connected components). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const ring: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      ring.push(member);
    } while (member !== node);
    if (ring.length > 1 || graph.get(node)?.includes(node)) cycles.push(ring.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
