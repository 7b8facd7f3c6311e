/**
 * Downloads of updates in a WindowsUpdate.log, by update id. The agent writes one line when it
 * gives up on an update's download (`*FAILED* [80D05001] Error occurred while downloading update
 * <id>.<revision>; notifying dependent calls.`) and one when a download job of it completes
 * (`DO job {…} completed successfully, updateId = <id>.<revision>`) or finds its files already there
 * (`All files for update <id>.<revision> were already downloaded and are valid.`). An install result
 * of the same id also ends the download's story. A failure with neither after it is still open: a
 * success of some other operation later in the log does not outlive it (finding-history.ts).
 */

/** The parser's marker words for these lines (see markers.ts): rare first letters, as the scan looks for them on every line, and at most 32 bytes (MAX_LITERAL_BYTES). */
export const DOWNLOAD_WORDS = ['occurred while downloading', 'successfully, updateId = ', 'already downloaded and are valid'];

const FAILED = /\*FAILED\* \[([0-9A-Fa-f]{8})\] Error occurred while downloading update \{?([0-9A-Fa-f-]{36})/;
const DONE = /(?:completed successfully, updateId = |All files for update )\{?([0-9A-Fa-f-]{36})/;

/** Update ids kept per file: a log cannot grow the map without end. */
const MAX_DOWNLOADS = 500;

/** update id (upper case) → the code its last download failed with, while nothing later downloaded or installed it */
export type OpenDownloads = Map<string, string>;

/** Notes a download's failure (`failed`: the line holds the failure words) or its success. */
export function noteDownload(open: OpenDownloads, text: string, failed: boolean): void {
  const m = (failed ? FAILED : DONE).exec(text);
  if (!m) return;
  if (!failed) return void open.delete(m[1].toUpperCase());
  const id = m[2].toUpperCase();
  if (open.has(id) || open.size < MAX_DOWNLOADS) open.set(id, `0x${m[1].toUpperCase()}`);
}

/** Whether some update's download failed with `code` and nothing later downloaded or installed it. */
export function downloadStillFailing(open: OpenDownloads | undefined, code: string): boolean {
  if (open) for (const failed of open.values()) if (failed === code) return true;
  return false;
}
