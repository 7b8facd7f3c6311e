import { ContentError } from '../../src/catalog/content-error.ts';

/** Where a command writes and what it reads of its environment: the process's, or a test's. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** `LANG`/`LC_ALL` pick the output language, `SITE_URL` the address of page links */
  env?: Record<string, string | undefined>;
  /** progress lines go to a terminal only, never into a redirected file */
  terminal?: boolean;
  /** today as YYYY-MM-DD (tests fix it) */
  today?: string;
}

export const stdio: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  terminal: process.stderr.isTTY === true,
};

/**
 * The command's data from the catalog, or undefined after saying why it could not be had (a
 * content error, such as no content folder to compile it from): the command then exits 1.
 */
export async function catalogData<T>(load: () => Promise<T>, io: CliIo, command: string): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    io.err(`update-triage ${command}: ${error.message}\n`);
    return undefined;
  }
}
