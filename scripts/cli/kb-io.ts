/** What the `kb`, `kb record` and `verify` commands share: their io (io.ts) and the catalog they read. */
import type { Catalog } from '../../src/catalog/types.ts';
import { stdio, type CliIo } from './io.ts';
import { compileFromDisk, loadCatalog } from '../lib/load-catalog.ts';

export type CommandIo = CliIo;
export { stdio };

/**
 * The catalog of `contentDir` (compiled now), or the site's (see loadCatalog). A content error
 * (`file:line: message`) is printed and gives undefined: the command exits 2, it does not crash.
 */
export async function catalogOf(contentDir: string | undefined, io: CommandIo, command: string): Promise<Catalog | undefined> {
  try {
    return contentDir ? (await compileFromDisk({ contentDir })).catalog : await loadCatalog();
  } catch (error) {
    io.err(`update-triage ${command}: ${(error as Error).message}\n`);
    return undefined;
  }
}
