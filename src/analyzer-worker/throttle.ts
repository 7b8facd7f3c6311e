/**
 * Lets through at most one call per interval, and always the last one when asked: progress
 * comes once per chunk (thousands of times for a large log), but the page needs a few per second.
 */
export interface Throttle<T> {
  push(value: T): void;
  /** sends the latest value held back, if any */
  flush(): void;
}

export function throttle<T>(send: (value: T) => void, intervalMs: number, now: () => number = () => performance.now()): Throttle<T> {
  let last = -Infinity;
  let pending: { value: T } | undefined;
  return {
    push(value) {
      const t = now();
      if (t - last >= intervalMs) {
        last = t;
        pending = undefined;
        send(value);
      } else pending = { value };
    },
    flush() {
      if (!pending) return;
      const { value } = pending;
      pending = undefined;
      last = now();
      send(value);
    },
  };
}
