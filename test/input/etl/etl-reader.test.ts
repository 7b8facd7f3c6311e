import { describe, expect, it } from 'vitest';
import { etlFixture, readEtl, utf16Runs, WAASMEDIC_TRACE, WU_TRACE } from './helpers.ts';

const LINE = /^(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d{7}) (\d+) (\d+) ([^\t]+)\t(.*)$/;

describe('the .etl reader, on a real Windows Update trace', () => {
  const bytes = etlFixture(WU_TRACE);
  const { lines, notes } = readEtl(bytes);

  it('decodes one line per TraceLogging event: the provider name is in all 80 events, and 80 lines come out', () => {
    const occurrences = new TextDecoder('latin1').decode(bytes).split('WUTraceLogging').length - 1;
    expect(occurrences).toBe(80);
    expect(lines).toHaveLength(80);
    expect(notes).toEqual([]);
  });

  it('writes every line as Get-WindowsUpdateLog does: local time, PID, TID, component, tab, message', () => {
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines[0]).toBe('2025/10/08 14:03:26.9403716 11168 10232 Agent\tReschedule the tasks in callback work item if they are waiting to execute.');
    expect(lines[79]).toBe('2025/10/08 14:13:28.9936350 11168 10232 Shared\t* END * Service exit Exit code = 0x240001');
  });

  it('keeps the messages that matter, with their components', () => {
    expect(lines).toContain('2025/10/08 14:03:26.9413235 12808 11540 ComApi\tInstall call complete (succeeded = 1, succeeded with errors = 0, failed = 0, cancelled = 0, unaccounted = 0');
    expect(lines).toContain('2025/10/08 14:03:26.9414654 12808 24684 ComApi\t* END *   All federated installs have completed. ClientId = Update;ScanForUpdates (cV = FkIxASxtF0m0xJOD.41.105.1.1), hr = 0x00000000');
    const components = new Set(lines.map((l) => LINE.exec(l)![4]));
    expect([...components].sort()).toEqual(['Agent', 'ComApi', 'Deployment', 'DownloadManager', 'IdleTimer', 'Misc', 'Shared']);
  });

  it('puts the lines in time order', () => {
    const stamps = lines.map((l) => LINE.exec(l)![1]);
    expect(stamps).toEqual([...stamps].sort());
  });

  it('prints local time of the zone in the trace header: the session began 21:02:45 UTC, 14:02:45 by the file name, and ended 14:13:28.99', () => {
    const first = LINE.exec(lines[0])![1];
    const last = LINE.exec(lines[79])![1];
    expect(first > '2025/10/08 14:02:45' && last < '2025/10/08 14:13:29').toBe(true);
  });

  it('decodes every message string in the file: each UTF-16 text run outside the header buffer is in a line', () => {
    const runs = utf16Runs(bytes.subarray(4096), 12);
    expect(runs.length).toBeGreaterThan(70);
    const all = lines.join('\n');
    for (const run of runs) expect(all).toContain(run);
  });

  it('gives the same lines whatever the chunk size', () => {
    expect(readEtl(bytes, 1).lines).toEqual(lines);
    expect(readEtl(bytes, 4095).lines).toEqual(lines);
  });
});

describe('the .etl reader, on a real WaaSMedic trace', () => {
  const bytes = etlFixture(WAASMEDIC_TRACE);
  const { lines, notes } = readEtl(bytes, 1000);

  it('decodes its 17 events with the provider as component and the event name before the message', () => {
    expect(notes).toEqual([]);
    expect(lines).toHaveLength(17);
    expect(lines[0]).toBe('2025/10/05 04:30:19.2020528 29468 24484 Microsoft.Windows.WaaSMedic.Local\tInfo: ** Service starting **');
    expect(lines).toContain('2025/10/05 04:30:20.9576969 29468 25964 Microsoft.Windows.WaaSMedic.Local\tWarning: Unexpectedly called while already impersonating the caller.');
    expect(lines[16]).toBe('2025/10/05 04:31:19.3848833 29468 14648 Microsoft.Windows.WaaSMedic.Local\tInfo: ** Service stopping **');
  });

  it('decodes every message string in the file', () => {
    const all = lines.join('\n');
    for (const run of utf16Runs(bytes.subarray(8192), 12)) expect(all).toContain(run);
  });
});
