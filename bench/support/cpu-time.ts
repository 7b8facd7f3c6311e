/** CPU time of a synchronous run and the median of runs, for benchmarks that time several ways in one process. */

/** User plus system CPU time of `run`, in ms: steadier than wall time on a shared machine. */
export function cpuMsOf(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The middle value (the upper one of an even count). */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];
