/** Node-only: reads every code table under `content/code-tables` (JSON, then docs/*.yaml). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CodeTable } from '../../src/catalog/code-tables.ts';
import { parseCodeTable } from '../../src/catalog/parse-code-table.ts';

export const CODE_TABLES_DIR = 'content/code-tables';

export function readCodeTables(dir: string = CODE_TABLES_DIR): CodeTable[] {
  const files: string[] = [];
  const list = (sub: string, ext: RegExp) => {
    const path = join(dir, sub);
    if (!existsSync(path)) return;
    for (const name of readdirSync(path).sort()) if (ext.test(name)) files.push(join(path, name));
  };
  list('.', /\.json$/);
  list('docs', /\.ya?ml$/);
  return files.map((file) => parseCodeTable(readFileSync(file, 'utf8'), relative(process.cwd(), file) || file));
}
