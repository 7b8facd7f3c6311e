/**
 * Where the compiled catalog and the data cut from it for the CLI live. Kept apart from the
 * compiler so the CLI can find its data without loading it. Paths hold from `scripts/lib/` and
 * from the compiled CLI in `.build/cli/`, both two folders below the project root.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CATALOG_DIR = join(ROOT, '.catalog');
export const CATALOG_FILE = join(CATALOG_DIR, 'catalog.json');
/** the code index, articles in short and the site's address: all `lookup` reads */
export const LOOKUP_FILE = join(CATALOG_DIR, 'lookup.json');
/** the analyzer's knowledge (codes, rules, runbooks, KB packages, builds): all `analyze` reads */
export const KNOWLEDGE_FILE = join(CATALOG_DIR, 'knowledge.json');
/** the site's address (SITE_URL) or base path at build time, where the CLI's page links point */
export const SITE_FILE = join(CATALOG_DIR, 'site.json');
