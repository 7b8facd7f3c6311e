import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import fc from 'fast-check';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { inputDescription } from '../../../src/analyzer/report/input-line.ts';
import { bytesInput } from '../helpers.ts';
import { etlFixture, WAASMEDIC_TRACE, WU_TRACE } from '../../input/etl/helpers.ts';

describe('.etl traces go through the same line pipeline as text logs', () => {
  it('a Windows Update trace is read as a windowsupdate log, and its install call becomes an attempt', async () => {
    const report = await analyze([bytesInput(WU_TRACE, etlFixture(WU_TRACE), 5000)], emptyKnowledge());
    expect(report.inputs).toMatchObject([{ file: WU_TRACE, status: 'analyzed', format: 'windowsupdate', lines: 80 }]);
    expect(report.attempts).toHaveLength(1);
    expect(report.attempts[0]).toMatchObject({ status: 'succeeded', outcome: { file: WU_TRACE, line: 11, time: '2025-10-08 14:03:26' } });
    expect(report.attempts[0].outcome.text).toContain('ComApi\tInstall call complete (succeeded = 1, succeeded with errors = 0, failed = 0');
    expect(report.codes.find((c) => c.code === '0x00240001')).toMatchObject({ count: 1 });
    expect(report.warnings).toEqual([]);
  });

  it('traces inside a collector zip are read too', async () => {
    const zip = zipSync({ [`Logs/WindowsUpdate/${WU_TRACE}`]: etlFixture(WU_TRACE), [`Logs/waasmedic/${WAASMEDIC_TRACE}`]: etlFixture(WAASMEDIC_TRACE) });
    const report = await analyze([bytesInput('bundle.zip', zip, 3000)], emptyKnowledge());
    const traces = report.inputs.filter((i) => i.file.endsWith('.etl'));
    expect(traces.map((i) => [i.file, i.status, i.lines])).toEqual([
      [`bundle.zip/Logs/WindowsUpdate/${WU_TRACE}`, 'analyzed', 80],
      [`bundle.zip/Logs/waasmedic/${WAASMEDIC_TRACE}`, 'analyzed', 17],
    ]);
    expect(report.attempts).toHaveLength(1);
  });

  it("names the providers a trace holds, and calls it a Windows Update log only when the update client wrote in it", async () => {
    const report = await analyze([bytesInput(WU_TRACE, etlFixture(WU_TRACE)), bytesInput(WAASMEDIC_TRACE, etlFixture(WAASMEDIC_TRACE))], emptyKnowledge());
    const [wu, medic] = report.inputs;
    expect(wu.providers).toContain('WUTraceLogging');
    expect(medic.providers).toEqual(['Microsoft.Windows.WaaSMedic.Local']);
    expect(inputDescription(wu, 'en')).toBe('Windows Update log (read from an ETW trace (.etl), 80 lines)');
    // WaaSMedic's lines read as the update log's do, but the file is not that log
    expect(inputDescription(medic, 'en')).toBe('ETW trace (.etl) of Microsoft.Windows.WaaSMedic.Local (17 lines)');
    expect(inputDescription(medic, 'zh-CN')).toBe('ETW 跟踪文件（.etl），提供程序 Microsoft.Windows.WaaSMedic.Local（17 行）');
    // and so, given alone, it leaves the update log to ask for
    const alone = await analyze([bytesInput(WAASMEDIC_TRACE, etlFixture(WAASMEDIC_TRACE))], emptyKnowledge());
    expect(alone.verdict.next).toContain('windowsupdate-log');
    expect(report.verdict.next).not.toContain('windowsupdate-log');
  });

  it('events that are not TraceLogging give one warning naming the file', async () => {
    const bytes = etlFixture(WU_TRACE);
    for (let i = 0; i + 8 <= bytes.length; i += 8) if (bytes[i + 2] === 0x13 && bytes[i + 3] === 0xc0 && bytes[i + 4] === 1) bytes[i + 4] = 0;
    const report = await analyze([bytesInput(WU_TRACE, bytes)], emptyKnowledge());
    expect(report.warnings).toEqual([{ file: WU_TRACE, message: "80 events are not TraceLogging (their text needs the provider's manifest or format files) and were skipped; 0 events were decoded" }]);
  });

  it('a mutated trace still gives a report, never an exception', async () => {
    const original = etlFixture(WU_TRACE);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 9000 }), async (changes, chunk) => {
        const bytes = original.slice();
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        const report = await analyze([bytesInput(WU_TRACE, bytes, chunk)], emptyKnowledge());
        expect(report.inputs).toHaveLength(1);
        expect(['analyzed', 'unreadable']).toContain(report.inputs[0].status);
      }),
      { numRuns: 60 },
    );
  });
});
