import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { FileFacts } from '../../../src/analyzer/scan/file-facts.ts';
import { FileSpan } from '../../../src/analyzer/scan/file-span.ts';
import { bytesInput, fixtureInput } from '../helpers.ts';

const line = (time: string, message: string) => `${time}, Info                  CBS    ${message}`;

describe('the span of time a log covers', () => {
  it('runs from its first stamped line to its last, though the analysis reads neither', async () => {
    const log = [
      'A header line with no time',
      line('2025-12-11 14:45:29', 'TI: --- Initializing Trusted Installer ---'),
      line('2026-01-05 08:00:00', 'Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]'),
      line('2026-03-24 09:10:11', 'TI: --- Initializing Trusted Installer ---'),
      'a continuation line with no time',
      '',
    ].join('\r\n');
    for (const chunk of [7, 64, 64 * 1024]) {
      const report = await analyze([bytesInput('CBS.log', log, chunk)], emptyKnowledge());
      expect(report.verdict.coverage).toMatchObject({ from: '2025-12-11 14:45:29', to: '2026-03-24 09:10:11' });
    }
  });

  it('reads a ConfigMgr log\'s time from its records\' fields', async () => {
    const report = await analyze([fixtureInput('corpus/healthy/cm-fs-02-wuahandler.log')], emptyKnowledge());
    expect(report.verdict.coverage).toMatchObject({ from: '2021-07-14 08:52:44', to: '2021-07-14 08:57:53' });
  });

  it('does not take the end of a line split between two texts for a line of its own', () => {
    const facts = new FileFacts('CBS.log');
    const span = new FileSpan(facts);
    span.text(`${line('2022-10-27 08:00:00', 'Exec: Processing complete.')}\r\n${line('2022-10-27 08:00:01', 'CSI    00000008')}`);
    // the rest of the line above, whose words hold a time of their own
    span.text('@2022/10/28:00:37:09.956 CSI Transaction @0x1c2d3e4f560 initialized\r\n');
    span.end();
    expect([facts.firstTime, facts.lastTime]).toEqual(['2022-10-27 08:00:00', '2022-10-27 08:00:01']);
  });

  it('leaves a log with no stamped line without a span', () => {
    const facts = new FileFacts('notes.txt');
    const span = new FileSpan(facts);
    span.text('no time here\nnor here\n');
    span.end();
    expect([facts.firstTime, facts.lastTime]).toEqual([undefined, undefined]);
  });
});
