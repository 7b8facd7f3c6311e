import type { UnreadableReason } from '../magic.ts';

/** A cabinet, or one of its members, that cannot be read; `message` names the file and byte offset. */
export class CabError extends Error {
  constructor(
    readonly reason: Extract<UnreadableReason, 'cab-corrupt' | 'cab-method' | 'cab-split' | 'zip-limit'>,
    message: string,
  ) {
    // Broken input is expected here, not a bug: skip the stack trace, which would cost a cabinet
    // of 65,535 broken folders most of its reading time (stackTraceLimit is V8's; elsewhere inert).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}
