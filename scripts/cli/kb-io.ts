/**
 * What the `kb`, `kb record` and `verify` commands print to and read from, so that tests run
 * them in process: output streams, the environment (for the language) and whether stderr is a
 * terminal (for progress).
 */
import type { Catalog } from '../../src/catalog/types.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { compileFromDisk, loadCatalog } from '../lib/load-catalog.ts';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** progress lines go to a terminal only, never into a redirected file */
  terminal: boolean;
  /** today as YYYY-MM-DD (tests fix it) */
  today?: string;
}

export const stdio = (): CommandIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  terminal: process.stderr.isTTY === true,
});

/** `--lang` wins; else LC_ALL, then LANG: zh* → zh-CN, anything else → en. Undefined for a bad --lang. */
export function chooseLang(flag: string | undefined, env: CommandIo['env']): Lang | undefined {
  if (flag !== undefined) return flag === 'zh-CN' || flag === 'en' ? flag : undefined;
  const locale = env.LC_ALL || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

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
