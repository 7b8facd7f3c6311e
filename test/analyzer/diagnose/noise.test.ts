import { describe, expect, it } from 'vitest';
import { NOISE, noiseFor } from '../../../src/analyzer/diagnose/noise.ts';
import { analyzeText } from '../helpers.ts';

describe('noise list', () => {
  it('every entry says why and where it was seen', () => {
    for (const entry of NOISE) {
      expect(entry.code).toMatch(/^0x[0-9A-F]{8}$/);
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.source.length).toBeGreaterThan(5);
    }
  });

  it('is narrowed by log kind and context: the same code elsewhere is a real failure', () => {
    expect(noiseFor('0x800F0805', 'Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]', 'cbs')).toBeDefined();
    expect(noiseFor('0x80070570', 'Failed to internally open package. [HRESULT = 0x80070570 - ERROR_FILE_CORRUPT]', 'cbs')).toBeUndefined();
    expect(noiseFor('0x80070002', 'Not able to add pending.xml.bad to Windows Error Report. [HRESULT = 0x80070002]', 'cbs')).toBeDefined();
    expect(noiseFor('0x80070002', 'Failed to create file. [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]', 'cbs')).toBeUndefined();
    expect(noiseFor('0x80070032', '*FAILED* [80070032] Method failed [AppxPackage::Initialize:232]', 'cbs')).toBeUndefined();
  });

  it('noise is counted and marked, never taken as a cause', async () => {
    const log = [
      '2021/07/13 10:23:06.3460256 3696  8172  Misc            *FAILED* [8024000C] LoadHistoryEventFromRegistry completed',
      '2021/07/13 10:23:06.3875222 3696  4248  Agent           *FAILED* [80240013] m_services.Add()',
      '2021/07/13 10:32:03.0163822 3696  8172  Shared          * END * Service exit Exit code = 0x240001',
    ].join('\r\n');
    const report = await analyzeText('WindowsUpdate.log', log);
    expect(report.codes.map((c) => [c.code, c.noise])).toEqual([['0x8024000C', true], ['0x80240013', true], ['0x00240001', true]]);
    expect(report.rootCause).toBeNull();
  });
});
