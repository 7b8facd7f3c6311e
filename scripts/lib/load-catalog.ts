import { readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileCatalog, type ContentFile } from '../../src/catalog/compile.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { ContentError, type ContentWarning } from '../../src/catalog/content-error.ts';
import { readCodeTables } from './read-code-tables.ts';
import { codeEntriesFromTables } from '../../src/catalog/code-tables.ts';

import { CATALOG_DIR, CATALOG_FILE, ROOT } from './catalog-files.ts';
import { siteBase } from './site-address.ts';
import { writeCliData } from './cli-data.ts';

export { CATALOG_FILE, ROOT } from './catalog-files.ts';
export { siteBase } from './site-address.ts';

async function readKind(content: string, dir: string, ext: string): Promise<ContentFile[]> {
  const abs = join(content, dir);
  const names = (await readdir(abs).catch(() => [] as string[])).filter((n) => n.endsWith(ext)).sort();
  return Promise.all(names.map(async (n) => ({ path: relative(process.cwd(), join(abs, n)), text: await readFile(join(abs, n), 'utf8') })));
}

/** Reads and compiles everything under content/. Throws a ContentError on the first bad file. */
export async function compileFromDisk(options: { contentDir?: string } = {}): Promise<{ catalog: Catalog; warnings: ContentWarning[] }> {
  const content = options.contentDir ?? join(ROOT, 'content');
  // Its kinds' folders may be missing (an empty kind), the folder itself not: that would compile an
  // empty catalog, and every code would then read as having no public name.
  if (!(await stat(content).catch(() => undefined))?.isDirectory()) {
    throw new ContentError(content, 0, 'no content folder here: the catalog is compiled from it', 'run it from a checkout of update-triage, whose content/ folder holds codes/, kb/ and runbooks/');
  }
  const [articles, kbs, runbooks, builds, symptoms, codes] = await Promise.all([
    readKind(content, 'codes', '.md'),
    readKind(content, 'kb', '.md'),
    readKind(content, 'runbooks', '.md'),
    readKind(content, 'builds', '.yaml'),
    readKind(content, 'symptoms', '.md'),
    codeEntriesFromTables(readCodeTables(join(content, 'code-tables'))),
  ]);
  return compileCatalog({ articles, kbs, runbooks, builds, symptoms, codes, base: siteBase() });
}

let cached: Promise<Catalog> | undefined;

/** The compiled catalog: read from .catalog/catalog.json when built, else compiled now. */
export function loadCatalog(): Promise<Catalog> {
  cached ??= readFile(CATALOG_FILE, 'utf8')
    .then((text) => JSON.parse(text) as Catalog)
    .catch(async () => (await compileFromDisk()).catalog);
  return cached;
}

/** Writes the catalog and the data the CLI commands read from it. */
export async function writeCatalog(catalog: Catalog): Promise<void> {
  await mkdir(CATALOG_DIR, { recursive: true });
  await writeFile(CATALOG_FILE, JSON.stringify(catalog));
  await writeCliData(catalog);
}
