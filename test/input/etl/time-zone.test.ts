import { describe, expect, it } from 'vitest';
import { Bytes } from '../../../src/input/etl/bytes.ts';
import { readLogfileHeader, SYSTEM_HEADER_SIZE } from '../../../src/input/etl/logfile-header.ts';
import { formatStamp, localOffsetMinutes, toLocal } from '../../../src/input/etl/time-zone.ts';
import { BUFFER_HEADER_SIZE } from '../../../src/input/etl/wmi-buffer.ts';
import { etlFixture, WU_TRACE } from './helpers.ts';

const filetime = (iso: string) => BigInt(Date.parse(iso)) * 10_000n + 116_444_736_000_000_000n;
const header = readLogfileHeader(new Bytes(etlFixture(WU_TRACE)), BUFFER_HEADER_SIZE + SYSTEM_HEADER_SIZE);
const local = (iso: string) => formatStamp(toLocal(filetime(iso), header.timeZone));

describe('the trace header of a real Windows Update trace', () => {
  it('gives the writer, the session start and the clock', () => {
    expect(header).toMatchObject({ build: 22631, pointerSize: 8, clockType: 1, perfFrequency: 10_000_000n });
    expect(formatStamp(header.startTime)).toBe('2025/10/08 21:02:45.4479919');
  });

  it('holds the Pacific zone: UTC−8, and UTC−7 from the second Sunday of March to the first Sunday of November', () => {
    expect(header.timeZone).toMatchObject({ bias: 480, standard: { bias: 0, month: 11, day: 1, hour: 2 }, daylight: { bias: -60, month: 3, day: 2, hour: 2 } });
    expect(local('2025-01-15T12:00:00Z')).toBe('2025/01/15 04:00:00.0000000');
    expect(local('2025-07-15T12:00:00Z')).toBe('2025/07/15 05:00:00.0000000');
    // 2025-03-09 02:00 PST is 10:00 UTC: the minute before is still standard time.
    expect(local('2025-03-09T09:59:00Z')).toBe('2025/03/09 01:59:00.0000000');
    expect(local('2025-03-09T10:00:00Z')).toBe('2025/03/09 03:00:00.0000000');
    // 2025-11-02 02:00 PDT is 09:00 UTC.
    expect(local('2025-11-02T08:59:00Z')).toBe('2025/11/02 01:59:00.0000000');
    expect(local('2025-11-02T09:00:00Z')).toBe('2025/11/02 01:00:00.0000000');
  });

  it('a zone without daylight saving time keeps one offset all year (China Standard Time, bias −480)', () => {
    const china = { bias: -480, standard: { ...header.timeZone.standard, month: 0 }, daylight: { ...header.timeZone.daylight, month: 0 } };
    expect(formatStamp(toLocal(filetime('2025-07-15T12:00:00Z'), china))).toBe('2025/07/15 20:00:00.0000000');
  });

  it('says how far local time runs ahead of UTC at any moment, for the analyzer to put event times on the local clock', () => {
    expect(localOffsetMinutes(header.timeZone, Date.parse('2025-01-15T12:00:00Z'))).toBe(-480);
    expect(localOffsetMinutes(header.timeZone, Date.parse('2025-06-02T16:47:30Z'))).toBe(-420);
    expect(localOffsetMinutes(header.timeZone, Date.parse('2025-11-02T08:59:00Z'))).toBe(-420);
    expect(localOffsetMinutes(header.timeZone, Date.parse('2025-11-02T09:00:00Z'))).toBe(-480);
  });
});
