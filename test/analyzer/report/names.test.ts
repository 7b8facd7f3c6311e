import { beforeAll, describe, expect, it } from 'vitest';
import { compileFromDisk } from '../../../scripts/lib/load-catalog.ts';
import { analyze, knowledgeFromCatalog, renderText, type Knowledge } from '../../../src/analyzer/index.ts';
import { nameOf, namesInContext, ntstatusWrapped, readingOf, win32Wrapped } from '../../../src/analyzer/report/names.ts';
import { reportLinks } from '../../../src/components/analyze/links.ts';
import { analyzeText, fixtureInput } from '../helpers.ts';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = knowledgeFromCatalog((await compileFromDisk()).catalog);
}, 60_000);

describe('the primary name of a code found in a log field', () => {
  it('follows the field: a Win32 error reads as ERROR_*, an HRESULT as S_*', () => {
    // the catalog lists 0 under ERROR_SUCCESS first (its aliases, DNS_ERROR_RCODE_NO_ERROR among them, after it) and 5 under a bug check
    expect(knowledge.codes['0x00000000'].names[0]).toBe('ERROR_SUCCESS');
    expect(knowledge.codes['0x00000005'].names[0]).not.toBe('ERROR_ACCESS_DENIED');
    expect(namesInContext(knowledge, '0x00000000', 'win32')[0]).toBe('ERROR_SUCCESS');
    expect(namesInContext(knowledge, '0x00000000', 'hresult')[0]).toBe('S_OK');
    expect(namesInContext(knowledge, '0x00000001', 'hresult')[0]).toBe('S_FALSE');
    expect(namesInContext(knowledge, '0x00000005', 'win32')[0]).toBe('ERROR_ACCESS_DENIED');
    expect(namesInContext(knowledge, '0x00000005', 'hresult')[0]).toBe('ERROR_ACCESS_DENIED');
  });
  it('keeps every other name, and leaves full-width values as the catalog orders them', () => {
    expect(namesInContext(knowledge, '0x00000000', 'win32')).toContain('DNS_ERROR_RCODE_NO_ERROR');
    expect(namesInContext(knowledge, '0x80070570', 'win32')).toEqual(knowledge.codes['0x80070570'].names);
    expect(namesInContext(knowledge, '0x8024001E', 'hresult')[0]).toBe('WU_E_SERVICE_STOP');
  });
  it('reads a field by the form most occurrences were written in', () => {
    expect(readingOf({ gle: 3, '0x': 1 })).toBe('win32');
    expect(readingOf({ 'exit-code': 1 })).toBe('win32');
    expect(readingOf({ hr: 2, gle: 1 })).toBe('hresult');
    expect(readingOf({})).toBe('hresult');
  });
  it('names the codes of a real report by their field', async () => {
    const log = [
      '2022/10/27 08:38:50.6538368 4932 34144 Agent\tExit code = 0x5',
      '2022/10/27 08:38:50.6538398 4932 34144 Agent\tInstall updates CallerId = UpdateOrchestrator',
      '2022/10/27 08:38:51.0816175 7544 22424 Handler\tCompleted install of CBS update with type=2, requiresReboot=0, installerError=0, hr=0x00000000',
    ].join('\n');
    const report = await analyzeText('WindowsUpdate.log', log, knowledge);
    expect(report.codes.find((c) => c.code === '0x00000005')?.names[0]).toBe('ERROR_ACCESS_DENIED');
    expect(report.codes.find((c) => c.code === '0x00000000')?.names[0]).toBe('S_OK');
    // a Win32 error is no success, though its severity bit is clear; S_OK is one
    expect(report.codes.find((c) => c.code === '0x00000005')?.success).toBe(false);
    expect(report.codes.find((c) => c.code === '0x00000000')?.success).toBe(true);
  });
});

describe('a value with the N bit set: HRESULT_FROM_NT of an NTSTATUS', () => {
  it('is named by the NTSTATUS inside, which the catalog names at its own value only', () => {
    expect(knowledge.codes['0xD015001A']).toBeUndefined();
    expect(ntstatusWrapped(knowledge, '0xD015001A')).toBe('0xC015001A');
    expect(namesInContext(knowledge, '0xD015001A', 'win32')).toEqual(['STATUS_SXS_COMPONENT_STORE_CORRUPT']);
    expect(nameOf(knowledge, '0xD0000034')).toBe('STATUS_OBJECT_NAME_NOT_FOUND');
  });
  it('borrows no name where the value inside is not only an NTSTATUS, or the value has names of its own', () => {
    // 0x8000000A is E_PENDING as well as STATUS_HANDLES_CLOSED: 0x9000000A is not read as either
    expect(knowledge.codes['0x8000000A'].names).toContain('E_PENDING');
    expect(ntstatusWrapped(knowledge, '0x9000000A')).toBeUndefined();
    expect(namesInContext(knowledge, '0x9000000A', 'hresult')).toEqual([]);
    expect(ntstatusWrapped(knowledge, '0xC015001A')).toBeUndefined();
    expect(ntstatusWrapped(knowledge, '0x80073712')).toBeUndefined();
  });
  it('reads so in a real report: named, marked as the NTSTATUS\'s HRESULT form, and linked to its page', async () => {
    const report = await analyze([fixtureInput('samples/real-47-cbs.log')], knowledge);
    const code = report.codes.find((c) => c.code === '0xD015001A');
    expect(code).toMatchObject({ names: ['STATUS_SXS_COMPONENT_STORE_CORRUPT'], ntstatus: '0xC015001A' });
    expect(report.codes.find((c) => c.code === '0x80073712')?.ntstatus).toBeUndefined();
    expect(renderText(report, 'en')).toContain('- 0xD015001A STATUS_SXS_COMPONENT_STORE_CORRUPT (HRESULT_FROM_NT(0xC015001A)): 1');
    expect(reportLinks(report, 'en', '/').code('0xD015001A')).toBe('/en/codes/0xc015001a/');
    expect(report.rootCause).toMatchObject({ code: '0x80073712', name: 'ERROR_SXS_COMPONENT_STORE_CORRUPT' });
  });
});

describe('a Win32 error in an NTSTATUS: NTSTATUS_FROM_WIN32 (FACILITY_NTWIN32)', () => {
  it('is named by the Win32 error inside, with the N bit set or not', () => {
    expect(knowledge.codes['0xC007000D']).toBeUndefined();
    expect(win32Wrapped(knowledge, '0xC007000D')).toBe('0x8007000D');
    expect(win32Wrapped(knowledge, '0xD007000D')).toBe('0x8007000D');
    expect(nameOf(knowledge, '0xC007000D')).toBe('ERROR_INVALID_DATA');
    expect(win32Wrapped(knowledge, '0x8007000D')).toBeUndefined();
    expect(win32Wrapped(knowledge, '0xC015001A')).toBeUndefined();
  });
  it("reads so in a real report: CSI's hydration failure, written as a decimal NTSTATUS, is ERROR_INVALID_DATA, marked, and links to that error's page", async () => {
    const report = await analyze([fixtureInput('samples/real-71-cbs.log')], knowledge);
    expect(report.codes.find((c) => c.code === '0xC007000D')).toMatchObject({ names: ['ERROR_INVALID_DATA', 'DNS_ERROR_INVALID_DATA'], win32: '0x8007000D' });
    expect(renderText(report, 'en')).toContain('- 0xC007000D ERROR_INVALID_DATA (NTSTATUS_FROM_WIN32): 1');
    expect(reportLinks(report, 'en', '/').code('0xC007000D')).toBe('/en/codes/0x8007000d/');
  });
});
