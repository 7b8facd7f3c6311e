import type { LogFormat } from './types.ts';

/** Readable text in no known format: codes, KBs and servers are still counted. */
export const plainText: LogFormat = {
  kind: 'text',
  detect: () => 0.05,
  parser: () => ({ line: () => {} }),
};
