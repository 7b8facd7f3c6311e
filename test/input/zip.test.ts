import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { analyze, renderText } from '../../src/analyzer/index.ts';
import { bytesInput, caseKnowledge, fixture } from '../analyzer/helpers.ts';
import { zipWithEncryptedEntry } from './zip-samples.ts';

const collector = () =>
  zipSync({
    'Logs/WindowsUpdate.log': fixture('case/WindowsUpdate.log'),
    'Logs\\CBS\\CBS.log': fixture('case/CBS.log'),
    'Logs/CbsPersist_20221027083700.cab': new Uint8Array([0x4d, 0x53, 0x43, 0x46, 0, 0, 0, 0, 1, 2, 3]),
    'Logs/System.evtx': new Uint8Array([...strToU8('ElfFile'), 0, 1, 2, 3, 4]),
  });

describe('zip archives', () => {
  it('analyzes the logs inside a collector zip, found by content, and lists what it cannot read', async () => {
    const report = await analyze([bytesInput('PC-01.zip', collector(), 1000)], caseKnowledge());
    const byFile = Object.fromEntries(report.inputs.map((i) => [i.file, i]));
    expect(byFile['PC-01.zip']).toMatchObject({ status: 'container', format: 'zip' });
    expect(byFile['PC-01.zip/Logs/WindowsUpdate.log']).toMatchObject({ status: 'analyzed', format: 'windowsupdate' });
    expect(byFile['PC-01.zip/Logs/CBS/CBS.log']).toMatchObject({ status: 'analyzed', format: 'cbs' });
    expect(byFile['PC-01.zip/Logs/CbsPersist_20221027083700.cab']).toMatchObject({ status: 'refused', format: 'cab', reason: 'cab-corrupt' });
    expect(byFile['PC-01.zip/Logs/System.evtx']).toMatchObject({ status: 'unreadable', reason: 'evtx' });
    expect(report.attempts.filter((a) => a.status === 'failed')).toHaveLength(6);
    expect(report.runbooks[0].id).toBe('offline-install-with-hash-check');
  });

  it('opens zips inside zips', async () => {
    const outer = zipSync({ 'site/PC-01.zip': collector(), 'readme.txt': strToU8('collected 2022-10-28') }, { level: 0 });
    const report = await analyze([bytesInput('site.zip', outer, 4096)], caseKnowledge());
    expect(report.inputs.find((i) => i.file === 'site.zip/site/PC-01.zip/Logs/CBS/CBS.log')?.format).toBe('cbs');
    expect(report.servicing[0].code).toBe('0x800F0821');
  });

  it('refuses an archive that would expand past the limit, and still analyzes the other inputs', async () => {
    const bomb = zipSync({ 'big.log': new Uint8Array(3_000_000).fill(0x41) });
    const report = await analyze([bytesInput('bomb.zip', bomb), bytesInput('CBS.log', fixture('case/CBS.log'))], caseKnowledge(), { maxExpandedBytes: 1_000_000 });
    expect(report.inputs[0]).toMatchObject({ file: 'bomb.zip', status: 'refused', reason: 'zip-limit' });
    expect(report.inputs[0].message).toMatch(/bomb\.zip.*1000000 bytes/);
    expect(report.inputs.some((i) => i.file.startsWith('bomb.zip/'))).toBe(false);
    expect(report.inputs.find((i) => i.file === 'CBS.log')?.status).toBe('analyzed');
    expect(report.servicing[0].code).toBe('0x800F0821');
  });

  it('refuses a cut or damaged entry by name, says where the archive ends, and reads the entries that are whole', async () => {
    const good = collector();
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    const garbage = new Uint8Array(good);
    garbage.fill(0xff, 40, 400);
    const report = await analyze([bytesInput('cut.zip', truncated), bytesInput('bad.zip', garbage), bytesInput('CBS.log', fixture('case/CBS.log'))], caseKnowledge());
    const byFile = Object.fromEntries(report.inputs.map((i) => [i.file, i]));
    expect(byFile['cut.zip']).toMatchObject({ status: 'container' });
    expect(byFile['cut.zip/Logs/WindowsUpdate.log']).toMatchObject({ status: 'unreadable', reason: 'zip-corrupt', message: `cut.zip/Logs/WindowsUpdate.log: the archive ends at byte ${truncated.length}, inside this file: it was cut short` });
    // the first entry's header and data are damaged: that entry is refused, the ones after it are read
    const damaged = report.inputs.filter((i) => i.file.startsWith('bad.zip/') && i.reason === 'zip-corrupt');
    expect(damaged).toHaveLength(1);
    expect(damaged[0].message).toMatch(/its compressed data is damaged/);
    expect(byFile['bad.zip/Logs/CBS/CBS.log']).toMatchObject({ status: 'analyzed', format: 'cbs' });
    // the verdict says that logs could not be read, and which first: the two entries above, and bad.zip's made-up cab and event log
    expect(report.verdict.unreadable).toEqual({ count: 4, first: { file: 'cut.zip/Logs/WindowsUpdate.log', reason: 'zip-corrupt' } });
    expect(renderText(report, 'en')).toContain('4 log files could not be read, and what they hold is not in this verdict (the first: cut.zip/Logs/WindowsUpdate.log: corrupt archive).');
    expect(report.inputs.find((i) => i.file === 'CBS.log')?.status).toBe('analyzed');
  });
  it('says an encrypted entry is encrypted, not damaged, and reads the others', async () => {
    const report = await analyze([bytesInput('PC-02.zip', zipWithEncryptedEntry(), 700)], caseKnowledge());
    const byFile = Object.fromEntries(report.inputs.map((i) => [i.file, i]));
    expect(byFile['PC-02.zip/Logs/CBS.log']).toMatchObject({ status: 'unreadable', reason: 'zip-encrypted', message: 'PC-02.zip/Logs/CBS.log: unpack the archive with its password and give the files' });
    expect(byFile['PC-02.zip/Logs/WindowsUpdate.log']).toMatchObject({ status: 'analyzed' });
    // the entry after it is read too: the encrypted one is skipped by its compressed size
    expect(byFile['PC-02.zip/Logs/名前.log']?.reason).not.toBe('zip-corrupt');
    expect(byFile['PC-02.zip/Logs/名前.log']).toBeDefined();
  });
});
