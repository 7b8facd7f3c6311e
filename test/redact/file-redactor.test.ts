import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { redactToZip } from '../../src/redact/index.ts';
import { bytesInput } from '../analyzer/helpers.ts';
import { cabFixture, storedCab } from '../input/cab/helpers.ts';
import { PERSONAL_VALUES, fixtureBytes } from './fixtures.ts';

async function exportOf(inputs: ReturnType<typeof bytesInput>[]) {
  const parts: Uint8Array[] = [];
  const summary = await redactToZip(inputs, { lang: 'en', onData: (data) => parts.push(data) });
  const entries = unzipSync(new Uint8Array(Buffer.concat(parts)));
  const text = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
  return { summary, text };
}

describe('redacting cabinets', () => {
  it('redacts each member of a cab (inside a zip too) as a file of its own', async () => {
    const cab = storedCab({ 'personal-data.log': fixtureBytes('personal-data.log') });
    const { summary, text } = await exportOf([bytesInput('CbsPersist_20221027083700.cab', cab, 1000), bytesInput('bundle.zip', zipSync({ 'Logs/old.cab': cab }))]);
    expect(summary.files).toEqual(['CbsPersist_20221027083700.cab/personal-data.log', 'bundle.zip/Logs/old.cab/personal-data.log']);
    const all = Object.values(text).join('\n').toLowerCase();
    for (const value of PERSONAL_VALUES) expect(all).not.toContain(value.toLowerCase());
    expect(text['CbsPersist_20221027083700.cab/personal-data.log']).toContain('0x80070570');
  });

  it('leaves out a member it cannot read, by name and reason, and keeps the others', async () => {
    const { summary } = await exportOf([bytesInput('mixed.cab', cabFixture('edge/mszip_lzx_qtm.cab'))]);
    expect(summary.files.sort()).toEqual(['mixed.cab/lzx.txt', 'mixed.cab/mszip.txt']);
    expect(summary.leftOut).toEqual([{ name: 'mixed.cab/qtm.txt', reason: 'cab-method' }]);
  });

  it('leaves out a broken cabinet with its reason', async () => {
    const { summary } = await exportOf([bytesInput('cut.cab', cabFixture('edge/partial_shortfile1.cab'))]);
    expect(summary.files).toEqual([]);
    expect(summary.leftOut).toEqual([{ name: 'cut.cab', reason: 'cab-corrupt' }]);
  });
});
