/** A structure that cannot be what it claims; `offset` is where in the chunk (or file) it was found. */
export class EvtxFormatError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Throws unless `[offset, offset + size)` lies inside `[0, limit)`. */
export function need(offset: number, size: number, limit: number, what: string): void {
  if (offset < 0 || size < 0 || offset + size > limit) {
    throw new EvtxFormatError(`${what} at ${offset} runs past its end (${size} bytes claimed, ${Math.max(0, limit - offset)} left)`, offset);
  }
}
