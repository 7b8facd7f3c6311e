/** Messages between the verifier on the page and its hash worker. */
import type { HashEngine } from '../../hash/engine.ts';

export interface HashRequest {
  file: File;
}

export type HashReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; sha256: string; engine: HashEngine; bytes: number; ms: number }
  | { type: 'error'; message: string };
