import { align8, type Bytes } from './bytes.ts';
import { readTimeZone, type TimeZone } from './time-zone.ts';

/**
 * The first record of an .etl file is a system record (hook 0) whose payload is the
 * TRACE_LOGFILE_HEADER (evntrace.h): when the session started, how its clock ticks, the
 * writer's pointer size, OS build and time zone.
 */
export interface LogfileHeader {
  /** OS build of the machine that wrote the trace */
  build: number;
  pointerSize: 4 | 8;
  /** 1 = QueryPerformanceCounter, 2 = system time (FILETIME), 3 = CPU cycle counter */
  clockType: number;
  perfFrequency: bigint;
  cpuMHz: number;
  /** FILETIME (UTC) of the session start and of the last buffer written */
  startTime: bigint;
  endTime: bigint;
  timeZone: TimeZone;
}

/** Size of the SYSTEM_TRACE_HEADER before a system record's payload. */
export const SYSTEM_HEADER_SIZE = 32;

/** Reads the header from the payload at `p`; throws (RangeError or Error) when it is not one. */
export function readLogfileHeader(b: Bytes, p: number): LogfileHeader {
  const pointerSize = b.u32(p + 0x2c);
  if (pointerSize !== 4 && pointerSize !== 8) throw new Error(`logfile header gives a pointer size of ${pointerSize}`);
  // Two pointers (logger and file name, meaningless on disk) come before the time zone.
  const zone = p + 0x38 + 2 * pointerSize;
  const after = p + align8(zone + TIME_ZONE_SIZE - p);
  return {
    build: b.u32(p + 8),
    pointerSize,
    clockType: b.u32(after + 24),
    perfFrequency: b.i64(after + 8),
    cpuMHz: b.u32(p + 0x34),
    startTime: b.i64(after + 16),
    endTime: b.i64(p + 0x10),
    timeZone: readTimeZone(b, zone),
  };
}

const TIME_ZONE_SIZE = 172;
