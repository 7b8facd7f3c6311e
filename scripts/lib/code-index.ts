/** Node-only: the code index built from the committed tables, once per process. */
import { fileURLToPath } from 'node:url';
import { buildCodeIndex, type CodeIndex } from '../../src/hresult/code-index.ts';
import { codeEntriesFromTables } from '../../src/catalog/code-tables.ts';
import { readCodeTables } from './read-code-tables.ts';

/** `content/code-tables` of this checkout, wherever the command is run from. */
export const REPO_CODE_TABLES = fileURLToPath(new URL('../../content/code-tables', import.meta.url));

let cached: CodeIndex | undefined;

export function loadCodeIndex(dir: string = REPO_CODE_TABLES): CodeIndex {
  if (dir !== REPO_CODE_TABLES) return buildCodeIndex(codeEntriesFromTables(readCodeTables(dir)));
  cached ??= buildCodeIndex(codeEntriesFromTables(readCodeTables(dir)));
  return cached;
}
