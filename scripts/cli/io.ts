/** Where a command writes and what it reads of its environment: the process's, or a test's. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** `LANG`/`LC_ALL` pick the output language, `SITE_URL` the address of page links */
  env?: Record<string, string | undefined>;
}

export const stdio: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
};
