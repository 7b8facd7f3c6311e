/**
 * Hashes one file off the main thread, so that a 600 MB package never freezes the page.
 * The page terminates the worker to cancel.
 */
import { chooseEngine } from '../../hash/engine.ts';
import { hashBlob } from '../../hash/hash-blob.ts';
import type { HashReply, HashRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** progress messages at most this often: enough for a smooth bar, few enough to cost nothing */
const PROGRESS_INTERVAL_MS = 50;

const post = (reply: HashReply) => scope.postMessage(reply);

scope.onmessage = async ({ data }: MessageEvent<HashRequest>) => {
  const { file } = data;
  // crypto.subtle is undefined outside a secure context (a plain-http intranet host).
  const subtle: SubtleCrypto | undefined = scope.crypto?.subtle;
  const deviceMemoryGb = (scope.navigator as { deviceMemory?: number }).deviceMemory;
  const engine = chooseEngine(file.size, { subtle: subtle !== undefined, deviceMemoryGb });
  const started = performance.now();
  let reported = 0;
  const onProgress = (done: number, total: number) => {
    const now = performance.now();
    if (now - reported < PROGRESS_INTERVAL_MS && done < total) return;
    reported = now;
    post({ type: 'progress', done, total });
  };
  try {
    const result = await hashBlob(file, { engine, subtle, onProgress });
    post({ type: 'done', ...result, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
