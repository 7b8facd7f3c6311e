import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { analyze } from '../../../src/analyzer/index.ts';
import { MAX_ZIP_DEPTH } from '../../../src/input/index.ts';
import { bytesInput, caseKnowledge, fixture } from '../../analyzer/helpers.ts';
import { cabFixture, storedCab } from './helpers.ts';

const CBS_PERSIST = 'CbsPersist_20150310120000.cab';

describe('cabinets in the analyzer', () => {
  it('analyzes the CBS log inside a CbsPersist cab as CBS', async () => {
    const report = await analyze([bytesInput(CBS_PERSIST, cabFixture(CBS_PERSIST), 100)], caseKnowledge());
    expect(report.inputs[0]).toMatchObject({ file: CBS_PERSIST, status: 'container', format: 'cab' });
    expect(report.inputs[1]).toMatchObject({ file: `${CBS_PERSIST}/CbsPersist_20150310120000.log`, status: 'analyzed', format: 'cbs', lines: 5 });
    expect(report.codes.find((c) => c.code === '0x800F0922')?.count).toBe(2);
    expect(report.servicing.map((s) => s.code)).toContain('0x800F0922');
  });

  it('opens a cab inside a collector zip, and a zip inside a cab, with the same limits', async () => {
    const zip = zipSync({ 'Logs/CBS/CbsPersist_20150310120000.cab': cabFixture(CBS_PERSIST), 'Logs/WindowsUpdate.log': fixture('case/WindowsUpdate.log') });
    const cab = storedCab({ 'PC-01.zip': zip, 'readme.txt': strToU8('collected 2022-10-28') });
    const report = await analyze([bytesInput('bundle.cab', cab, 4096)], caseKnowledge());
    const byFile = Object.fromEntries(report.inputs.map((i) => [i.file, i]));
    expect(byFile['bundle.cab']).toMatchObject({ status: 'container', format: 'cab' });
    expect(byFile['bundle.cab/PC-01.zip']).toMatchObject({ status: 'container', format: 'zip' });
    expect(byFile['bundle.cab/PC-01.zip/Logs/CBS/CbsPersist_20150310120000.cab']).toMatchObject({ status: 'container', format: 'cab' });
    expect(byFile['bundle.cab/PC-01.zip/Logs/CBS/CbsPersist_20150310120000.cab/CbsPersist_20150310120000.log']).toMatchObject({ status: 'analyzed', format: 'cbs' });
    expect(byFile['bundle.cab/PC-01.zip/Logs/WindowsUpdate.log']).toMatchObject({ status: 'analyzed', format: 'windowsupdate' });
    expect(report.attempts.filter((a) => a.status === 'failed')).toHaveLength(6);
  });

  it(`refuses archives nested deeper than ${MAX_ZIP_DEPTH} levels, zips and cabs alike`, async () => {
    // top.zip ⊃ 1.cab ⊃ 2.zip ⊃ 3.cab ⊃ CbsPersist….cab: the CbsPersist cab is the fifth level
    let inner: { name: string; bytes: Uint8Array } = { name: CBS_PERSIST, bytes: cabFixture(CBS_PERSIST) };
    for (let level = MAX_ZIP_DEPTH - 1; level > 0; level--) {
      const name = `${level}.${level % 2 ? 'cab' : 'zip'}`;
      inner = { name, bytes: level % 2 ? storedCab({ [inner.name]: inner.bytes }) : zipSync({ [inner.name]: inner.bytes }) };
    }
    const report = await analyze([bytesInput('top.zip', zipSync({ [inner.name]: inner.bytes }))], caseKnowledge());
    expect(report.inputs.map((i) => [i.file, i.status, i.format])).toEqual([
      ['top.zip', 'container', 'zip'],
      ['top.zip/1.cab', 'container', 'cab'],
      ['top.zip/1.cab/2.zip', 'container', 'zip'],
      ['top.zip/1.cab/2.zip/3.cab', 'container', 'cab'],
      [`top.zip/1.cab/2.zip/3.cab/${CBS_PERSIST}`, 'unreadable', 'cab'],
    ]);
    expect(report.inputs[4]).toMatchObject({ reason: 'zip-depth', message: expect.stringContaining('deeper than 4 levels') });
  });

  it('lists the Quantum member as unreadable by name and analyzes the others', async () => {
    const report = await analyze([bytesInput('mixed.cab', cabFixture('edge/mszip_lzx_qtm.cab'))], caseKnowledge());
    const byFile = Object.fromEntries(report.inputs.map((i) => [i.file, [i.status, i.reason ?? i.format]]));
    expect(byFile).toEqual({
      'mixed.cab': ['container', 'cab'],
      'mixed.cab/mszip.txt': ['analyzed', 'text'],
      'mixed.cab/lzx.txt': ['analyzed', 'text'],
      'mixed.cab/qtm.txt': ['unreadable', 'cab-method'],
    });
    expect(report.inputs.find((i) => i.file === 'mixed.cab/qtm.txt')?.message).toMatch(/^mixed\.cab\/qtm\.txt: .*Quantum/);
  });

  it('refuses a broken cabinet with a message naming it, and still analyzes the other inputs', async () => {
    const report = await analyze([bytesInput('cut.cab', cabFixture('edge/partial_shortfile1.cab')), bytesInput('CBS.log', fixture('case/CBS.log'))], caseKnowledge());
    expect(report.inputs[0]).toMatchObject({ file: 'cut.cab', status: 'refused', reason: 'cab-corrupt', message: expect.stringMatching(/^cut\.cab: file entry 0 at byte 44 is cut off/) });
    expect(report.inputs.find((i) => i.file === 'CBS.log')?.status).toBe('analyzed');
  });
});
