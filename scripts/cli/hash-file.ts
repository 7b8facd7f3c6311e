/** SHA-256 and size of a file, streamed in 1 MiB reads: an offline package can be gigabytes. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface FileHash {
  sha256: string;
  size: number;
}

/** `progress(done, total)` after each read. Rejects with Node's error (ENOENT, EISDIR) for a bad path. */
export async function hashFile(path: string, progress?: (done: number, total: number) => void): Promise<FileHash> {
  const { size } = await stat(path);
  const hash = createHash('sha256');
  let done = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    done += (chunk as Buffer).length;
    progress?.(done, size);
  }
  return { sha256: hash.digest('hex').toUpperCase(), size };
}

/** A progress line for a terminal that rewrites itself: `\r  42 % file.msu`. */
export function progressLine(done: number, total: number, name: string): string {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  return `\r${String(percent).padStart(3)} % ${name}`;
}
