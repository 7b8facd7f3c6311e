import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index.ts';
import { packReport, unpackReport } from '../../src/analyzer-worker/packed-report.ts';
import { bytesInput, caseKnowledge, fixture } from '../analyzer/helpers.ts';

/** The case's CBS.log with the package lines a full CBS.log holds (the excerpt names none). */
const PACKAGE_LINES = ['Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7', 'Package_for_ServicingStack_3280~31bf3856ad364e35~amd64~~17763.3280.1.1']
  .map((identity) => `2022-10-27 08:38:33, Info                  CBS    Read out cached package applicability for package: ${identity}, ApplicableState: 112, CurrentState:112`)
  .join('\r\n');
const caseReport = () =>
  analyze([bytesInput('CBS.log', new TextDecoder().decode(fixture('case/CBS.log')) + PACKAGE_LINES + '\r\n'), bytesInput('WindowsUpdate.log', fixture('case/WindowsUpdate.log'))], caseKnowledge());

describe('a report sent from a worker to the page', () => {
  it('carries its packages as one JSON string, and the rest as objects', async () => {
    const report = await caseReport();
    expect(report.packages.map((p) => p.kb)).toEqual(['KB5016623', undefined]);
    const packed = packReport(report);
    expect(packed.report.packages).toEqual([]);
    expect(JSON.parse(packed.packages)).toEqual(report.packages);
    // the worker's own report is left as it was
    expect(report.packages.length).toBeGreaterThan(0);
  });

  it('arrives as the same report, saved with the same JSON, keys in the same order', async () => {
    const report = await caseReport();
    const arrived = unpackReport(structuredClone(packReport(report)));
    expect(JSON.stringify(arrived, null, 2)).toBe(JSON.stringify(report, null, 2));
    expect(Object.keys(arrived)).toEqual(Object.keys(report));
  });

  it('parses the packages once, when they are first read', async () => {
    const report = await caseReport();
    const packed = structuredClone(packReport(report));
    let parses = 0;
    const parse = JSON.parse;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => (parses++, parse(...args));
    try {
      const arrived = unpackReport(packed);
      expect(parses).toBe(0);
      expect(arrived.packages).toEqual(report.packages);
      expect(arrived.packages).toBe(arrived.packages);
      expect(parses).toBe(1);
    } finally {
      JSON.parse = parse;
    }
  });
});
