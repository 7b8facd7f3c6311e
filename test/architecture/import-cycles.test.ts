import { describe, expect, it } from 'vitest';
import { bareImports, importCycles, moduleGraph, specifiersOf } from './module-graph.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the import graph', () => {
  it('reads static, type-only, re-exported and dynamic imports', () => {
    const text = `import a from './a.ts';\nimport type { B } from "./b.ts";\nexport { c } from './c.ts';\nimport './d.ts';\nconst e = await import('./e.ts');`;
    expect(specifiersOf(text)).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts']);
  });

  it('finds a ring of imports, and only rings', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('has no cycle in src/, scripts/, test/ or bench/', () => {
    const graph = moduleGraph(ROOT, ['src', 'scripts', 'test', 'bench']);
    expect(graph.size).toBeGreaterThan(200);
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('framework-free libraries', () => {
  const LIBRARIES = ['catalog', 'markdown', 'hresult', 'input', 'analyzer', 'reply', 'redact', 'hash', 'search', 'runbook', 'routes', 'i18n'];

  const folders = LIBRARIES.map((l) => `src/${l}`);

  it('import nothing from the site code (pages, components, Astro glue)', () => {
    const offending = [...moduleGraph(ROOT, folders)].flatMap(([file, targets]) => targets.filter((t) => /^src\/(site|components|pages)\//.test(t)).map((t) => `${file} → ${t}`));
    expect(offending).toEqual([]);
  });

  it('import nothing from Astro', () => {
    const offending = [...bareImports(ROOT, folders)].flatMap(([file, names]) => names.filter((n) => /^(astro|@astrojs)(\/|:|$)/.test(n)).map((n) => `${file} → ${n}`));
    expect(offending).toEqual([]);
  });

  it('the decoder and the routes import nothing from the catalog compiler', () => {
    const graph = moduleGraph(ROOT, ['src/hresult', 'src/routes', 'src/i18n']);
    expect([...graph].flatMap(([file, targets]) => targets.filter((t) => t.startsWith('src/catalog/')).map((t) => `${file} → ${t}`))).toEqual([]);
  });
});
