import type { UnreadableReason } from '../magic.ts';

/** A cabinet, or one of its members, that cannot be read; `message` names the file and byte offset. */
export class CabError extends Error {
  constructor(
    readonly reason: Extract<UnreadableReason, 'cab-corrupt' | 'cab-method' | 'cab-split' | 'zip-limit'>,
    message: string,
  ) {
    super(message);
  }
}
