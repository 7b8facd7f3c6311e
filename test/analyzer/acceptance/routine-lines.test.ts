import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../../src/analyzer/index.ts';
import { caseKnowledge, fixtureInput } from '../helpers.ts';

/**
 * Lines Windows writes on machines where nothing fails, as real excerpts show them (sources in
 * test/fixtures/README.md): each code on them is routine, and none opens a failure episode.
 */
async function run(file: string): Promise<Report> {
  return analyze([fixtureInput(`samples/${file}`)], caseKnowledge());
}

/** Each code with its count and how many of them were read as routine. */
const codes = (report: Report) => Object.fromEntries((report.inputs[0].codes ?? []).map((c) => [c.code, `${c.noise}/${c.count}`]));

describe('routine lines of healthy machines', () => {
  it("real-66 CBS.log: the startup processing after a reboot reads timing values that are not set, and the shutdown before it a SetupExecute value that is not; a healthy reboot, not a failure S_OK outlived", async () => {
    const report = await run('real-66-cbs.log');
    expect(codes(report)).toEqual({ '0x80070490': '5/5', '0x80070002': '1/1', '0x00000000': '0/3' });
    expect(report.servicing.filter((a) => a.status === 'failed')).toEqual([]);
    expect(report.rootCause).toBeNull();
    expect(report.verdict.state).toBe('healthy');
  });

  it('real-67 CBS.log: a caller that is not an administrator listing Features on Demand, and the Insider settings a machine outside the program lacks', async () => {
    const report = await run('real-67-cbs.log');
    expect(codes(report)).toEqual({ '0x80070005': '1/1', '0x80070002': '3/3' });
    expect(report.servicing).toEqual([]);
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.unresolved).toEqual([]);
  });

  it('real-68 CBS.log: a DISM session starting with no country code from Windows Update', async () => {
    const report = await run('real-68-cbs.log');
    expect(codes(report)).toEqual({ '0x80070002': '1/1' });
    expect(report.verdict.unresolved).toEqual([]);
  });

  it("real-69 CBS.log: a store repair's progress report seeing its tick count go back", async () => {
    const report = await run('real-69-cbs.log');
    expect(codes(report)['0x8007000D']).toBe('1/1');
    expect(report.verdict.unresolved).toEqual([]);
  });

  it("real-70 Reset this PC's setupact.log: CBS, setting its servicing-in-progress flag, cannot publish the matching notification and goes on", async () => {
    const report = await run('real-70-setupact.log');
    expect(codes(report)).toEqual({ '0xD0000034': '1/1', '0x00000000': '0/1' });
    expect(report.servicing).toEqual([]);
    expect(report.verdict.unresolved).toEqual([]);
  });

  it("real-73 setupact.log: the compatibility appraiser swallowing the error of a data source it has no data from, as its line says", async () => {
    const report = await run('real-73-setupact.log');
    expect(codes(report)).toEqual({ '0x800700E8': '1/1' });
    expect(report.servicing).toEqual([]);
    expect(report.rootCause).toBeNull();
  });
});
