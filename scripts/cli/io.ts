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
