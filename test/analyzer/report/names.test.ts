import { beforeAll, describe, expect, it } from 'vitest';
import { compileFromDisk } from '../../../scripts/lib/load-catalog.ts';
import { knowledgeFromCatalog, type Knowledge } from '../../../src/analyzer/index.ts';
import { namesInContext, readingOf } from '../../../src/analyzer/report/names.ts';
import { analyzeText } from '../helpers.ts';

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
  });
});
