/** Large files for the hash benchmarks: a counter pattern, different in every 1 MiB block, written without holding the file in memory. */
import { createWriteStream } from 'node:fs';

const MB = 1024 * 1024;

export async function writeCounterFile(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  const block = Buffer.alloc(MB);
  for (let i = 0; i < bytes / MB; i++) {
    for (let j = 0; j < MB; j += 4) block.writeUInt32LE((j * 2654435761 + i) >>> 0, j);
    if (!out.write(block)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(() => done()));
}
