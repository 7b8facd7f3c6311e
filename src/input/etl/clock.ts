import type { LogfileHeader } from './logfile-header.ts';

/**
 * Turns an event's raw timestamp into FILETIME (UTC). The logfile header record is written
 * when the session starts: its own timestamp is the clock reading at `startTime`, and the
 * header says how fast the clock runs.
 */
export function clockOf(header: LogfileHeader, reference: bigint): (timestamp: bigint) => bigint {
  const { clockType, startTime, perfFrequency, cpuMHz } = header;
  if (clockType === 2) return (t) => t; // system time: already FILETIME
  if (clockType === 3 && cpuMHz > 0) {
    const mhz = BigInt(cpuMHz);
    return (t) => startTime + ((t - reference) * 10n) / mhz;
  }
  if (perfFrequency <= 0n) throw new Error(`clock type ${clockType} with a frequency of ${perfFrequency}`);
  return (t) => startTime + ((t - reference) * 10_000_000n) / perfFrequency;
}
