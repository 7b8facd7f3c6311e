import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge, type Report } from '../../../src/analyzer/index.ts';
import { bundleClock } from '../../../src/analyzer/diagnose/clock-offset.ts';
import type { Attempt } from '../../../src/analyzer/extract/attempts.ts';
import { Bytes } from '../../../src/input/etl/bytes.ts';
import { readLogfileHeader, SYSTEM_HEADER_SIZE } from '../../../src/input/etl/logfile-header.ts';
import { BUFFER_HEADER_SIZE } from '../../../src/input/etl/wmi-buffer.ts';
import { etlFixture, WU_TRACE } from '../../input/etl/helpers.ts';
import { bytesInput } from '../helpers.ts';

const HOUR = 3_600_000;
const EVTX = 'System.evtx';
const evtx = () => bytesInput(EVTX, new Uint8Array(readFileSync(new URL('../../fixtures/binary/System-wuclient.evtx', import.meta.url))));
const trace = () => bytesInput(`Logs/WindowsUpdate/${WU_TRACE}`, etlFixture(WU_TRACE));
/** The real trace's zone: Pacific, UTC−8 and UTC−7 in summer. */
const pacific = readLogfileHeader(new Bytes(etlFixture(WU_TRACE)), BUFFER_HEADER_SIZE + SYSTEM_HEADER_SIZE).timeZone;

/**
 * The agent's side of an install that System-wuclient.evtx records as event 19 at
 * 2025-06-02T16:47:30Z (KB5054273), written in local time: 09:47, Pacific daylight time.
 */
const agentLog = [
  '2025/06/02 09:47:02.1180551 1204 6620 Handler	* START * CBS Install',
  '2025/06/02 09:47:02.1185230 1204 6620 Agent	Title = 2025-03 Update for Windows 11 Version 24H2 for ARM64-based Systems (KB5054273)',
  '2025/06/02 09:47:29.8812270 1204 6620 Agent	LogHistory called. idUpdate={0C1A0E5B-5A76-4C62-9C3E-1DA3A9C1B1F2}.1, resultMapped=00000000, resultUnMapped=00000000',
  '2025/06/02 09:47:29.8850002 1204 6620 Handler	* END * CBS Install',
].join('\r\n');
const agent = () => bytesInput('WindowsUpdate.log', agentLog);

const install = (report: Report) => report.attempts.filter((a) => a.update.kb === 'KB5054273');

describe('the bundle clock: UTC events and local-time logs on one clock', () => {
  it('an .etl trace header gives the offset: event 19 (UTC) and the agent log (local) are one install, with no failure pair', async () => {
    const report = await analyze([evtx(), trace(), agent()], emptyKnowledge());
    expect(install(report)).toHaveLength(1);
    expect(install(report)[0]).toMatchObject({ file: 'WindowsUpdate.log', status: 'succeeded', outcome: { time: '2025-06-02 09:47:29' } });
    expect(install(report)[0].joined).toEqual([expect.objectContaining({ file: EVTX, time: '2025-06-02T16:47:30Z' })]);
  });

  it('without the trace nothing teaches the offset (successes make no pair), so the two stay apart', async () => {
    const report = await analyze([evtx(), agent()], emptyKnowledge());
    expect(install(report).map((a) => a.file)).toEqual(['WindowsUpdate.log', EVTX]);
  });

  it('applies the daylight bias in summer: read with the standard offset (UTC−8) the times would be an hour apart', async () => {
    const winterLog = agentLog.replaceAll('09:47:', '08:47:');
    const report = await analyze([evtx(), trace(), bytesInput('WindowsUpdate.log', winterLog)], emptyKnowledge());
    expect(install(report)).toHaveLength(2);
  });
});

describe('bundleClock', () => {
  const failed = (file: string, code: string, time: string): Attempt => {
    const utc = time.endsWith('Z');
    const ms = Date.parse(utc ? time : time.replace(' ', 'T') + 'Z');
    return { file, kind: 'update', update: {}, status: 'failed', code, source: utc ? 'event' : 'history', outcome: { file, line: 1, text: '', time }, companions: [], ms };
  };
  /** A pair that says UTC+8: same code, 8 hours apart. */
  const pair = [failed('WindowsUpdate.log', '0x8024001E', '2025-06-02 17:00:10'), failed(EVTX, '0x8024001E', '2025-06-02T09:00:30Z')];
  const june = Date.parse('2025-06-02T12:00:00Z');
  const january = Date.parse('2025-01-15T12:00:00Z');

  it('takes the trace header over a pair that disagrees: the header is what Windows wrote the local times with', () => {
    const clock = bundleClock(pair, [pacific])!;
    expect(clock(june)).toBe(-7 * HOUR);
    expect(clock(january)).toBe(-8 * HOUR);
  });

  it('learns from pairs when no trace names a zone, or when traces name different zones', () => {
    expect(bundleClock(pair, [])!(january)).toBe(8 * HOUR);
    const china = { bias: -480, standard: { ...pacific.standard, month: 0 }, daylight: { ...pacific.daylight, month: 0 } };
    expect(bundleClock(pair, [pacific, china])!(january)).toBe(8 * HOUR);
    expect(bundleClock(pair.slice(0, 1), [pacific, china])).toBeUndefined();
  });

  it('several traces of one zone give that zone', () => {
    expect(bundleClock([], [pacific, { ...pacific }])!(june)).toBe(-7 * HOUR);
  });
});
