import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge, type Report } from '../../../src/analyzer/index.ts';
import { warningInChinese } from '../../../src/analyzer/report/warning-zh.ts';
import { bytesInput } from '../helpers.ts';

/**
 * A copy cut short is the damage users bring most (a download or a copy stopped): every note and
 * reason the readers give for one is said in Chinese on the Chinese page. Real files from
 * test/fixtures/binary, cut at offsets inside their headers, their first blocks and their middles.
 */
const FILES = [
  'binary/System-wuclient.evtx',
  'binary/LanguagePackSetup-Operational.evtx',
  'binary/cab/large-files-cab.cab',
  'binary/cab/cbs-x80-mszip.cab',
  'binary/etl/WindowsUpdate.20251008.140245.443.8.etl',
];
const CUTS = [30, 2000, 4096, 5000, 0.3, 0.6, 0.9];

/** Every message of a report's inputs and every warning, as the page and the text say them in Chinese (input-line.ts, warning-line.ts). */
function messages(report: Report): string[] {
  const inputs = report.inputs.flatMap((i) => (i.message ? [i.message.startsWith(`${i.file}: `) ? i.message.slice(i.file.length + 2) : i.message] : []));
  return [...inputs, ...report.warnings.map((w) => w.message)];
}

/** A log collector's zip of two real logs, deflated as collectors write it. */
const bundle = zipSync({ 'Logs/CBS/CBS.log': readFileSync('test/fixtures/logs/case/CBS.log'), 'Panther/setupact.log': readFileSync('test/fixtures/logs/samples/real-63-setupact.log') });

describe('a file cut short: what the readers say of it, in Chinese', () => {
  it.each([20, 100, 0.5])('a zip cut at %s, before or inside its entries', async (cut) => {
    const at = cut < 1 ? Math.floor(bundle.length * cut) : cut;
    const report = await analyze([bytesInput('collector.zip', bundle.subarray(0, at))], emptyKnowledge());
    expect(messages(report).length).toBeGreaterThan(0);
    for (const message of messages(report)) expect(warningInChinese(message), message).toBeDefined();
  });

  for (const path of FILES) {
    const bytes = readFileSync(`test/fixtures/${path}`);
    const name = path.split('/').pop()!;
    it.each(CUTS)(`${name} cut at %s`, async (cut) => {
      const at = cut < 1 ? Math.floor(bytes.length * cut) : cut;
      const report = await analyze([bytesInput(name, bytes.subarray(0, at))], emptyKnowledge());
      for (const message of messages(report)) expect(warningInChinese(message), message).toBeDefined();
    });
  }
});
