import { describe, expect, it } from 'vitest';
import { emptyKnowledge, renderText } from '../../../src/analyzer/index.ts';
import { printedName } from '../../../src/analyzer/report/printed-name.ts';
import { analyzeText } from '../helpers.ts';

// A CBS.log line as Windows wrote it, quoted in mrodalgaard/language-log
// (spec/log-spec.coffee, b806eec304c7ab962c3411a3eb9d731c5b5da1c2, line 366): no public table names 0x800F0816.
const DPX_SAVED = '2015-08-13 11:50:04, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0816 - CBS_E_DPX_JOB_STATE_SAVED]';

describe('printedName: the name a log prints right after a value', () => {
  it('reads the CBS.log and DISM.log form, `[HRESULT = value - NAME]`, in any case of the hex digits', () => {
    expect(printedName('0x800F0816', [DPX_SAVED])).toBe('CBS_E_DPX_JOB_STATE_SAVED');
    expect(printedName('0x800F0816', [DPX_SAVED.replace('0x800f0816', '0x800F0816')])).toBe('CBS_E_DPX_JOB_STATE_SAVED');
  });
  it('reads the form CBS writes a session result in, `value (NAME)`', () => {
    expect(printedName('0x800F0922', ['Exec: Processing complete, overall result:0x800f0922 (CBS_E_INSTALLERS_FAILED)'])).toBe('CBS_E_INSTALLERS_FAILED');
  });
  it('takes the first line that prints a name, and none where no line does', () => {
    const bare = 'Failed to OpenPackage using worker session [HRESULT = 0x800f0816]';
    expect(printedName('0x800F0816', [bare, DPX_SAVED])).toBe('CBS_E_DPX_JOB_STATE_SAVED');
    expect(printedName('0x800F0816', [bare])).toBeUndefined();
    expect(printedName('0x800F0816', [])).toBeUndefined();
  });
  it('takes only a constant right after the value itself: not words, not a longer number, not another value', () => {
    expect(printedName('0x800F0816', ['[HRESULT = 0x800f0816 - Failed]'])).toBeUndefined();
    expect(printedName('0x800F0816', ['status 0x800f0816 (null)'])).toBeUndefined();
    expect(printedName('0x800F0816', ['address 0x800f08160000 - CBS_E_X]'])).toBeUndefined();
    expect(printedName('0x800F0816', ['[HRESULT = 0x800f0817 - CBS_E_OTHER] then 0x800f0816 later'])).toBeUndefined();
  });
});

describe('a code no table names, in a report', () => {
  it('carries the name its own line prints, and the readable report marks where that name comes from', async () => {
    const report = await analyzeText('CBS.log', DPX_SAVED + '\n', emptyKnowledge());
    const code = report.codes.find((c) => c.code === '0x800F0816');
    expect(code).toMatchObject({ names: [], printed: 'CBS_E_DPX_JOB_STATE_SAVED' });
    expect(report.rootCause?.code).toBe('0x800F0816');
    const en = renderText(report, 'en');
    expect(en).toContain('0x800F0816 CBS_E_DPX_JOB_STATE_SAVED (as the log prints it; not in the code tables here) — 1 ×');
    expect(en).toContain('- 0x800F0816 CBS_E_DPX_JOB_STATE_SAVED (as the log prints it; not in the code tables here; structure: facility 0xF, code 0x816): 1');
    expect(renderText(report, 'zh-CN')).toContain('0x800F0816 CBS_E_DPX_JOB_STATE_SAVED (日志自身写出的名称，本站代码表未收录)');
  });
  it('keeps the table name where there is one, and prints none the log does not', async () => {
    const knowledge = emptyKnowledge();
    knowledge.codes['0x800F0816'] = { names: ['A_TABLE_NAME'] };
    expect((await analyzeText('CBS.log', DPX_SAVED + '\n', knowledge)).codes[0]).not.toHaveProperty('printed');
    const bare = await analyzeText('CBS.log', DPX_SAVED.replace(' - CBS_E_DPX_JOB_STATE_SAVED', '') + '\n', emptyKnowledge());
    expect(bare.codes[0]).not.toHaveProperty('printed');
    expect(renderText(bare, 'en')).toContain('0x800F0816 no public name; structure: facility 0xF, code 0x816: 1');
  });
});
