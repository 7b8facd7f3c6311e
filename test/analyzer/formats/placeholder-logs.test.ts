import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { renderText } from '../../../src/analyzer/report/text.ts';
import { bytesInput, fixture } from '../helpers.ts';

const analyzeFile = (path: string, bytes = fixture(path)) => analyze([bytesInput('WindowsUpdate.log', bytes)], emptyKnowledge());

describe('placeholder WindowsUpdate.log files are explained, with what to send instead', () => {
  it('the stub Windows 10 leaves in C:\\Windows is recognised, in zh-CN and en', async () => {
    const report = await analyzeFile('placeholders/WindowsUpdate-stub.log');
    expect(report.inputs).toMatchObject([{ file: 'WindowsUpdate.log', status: 'unreadable', reason: 'windowsupdate-stub' }]);
    const zh = renderText(report, 'zh-CN');
    const en = renderText(report, 'en');
    expect(zh).toContain('WindowsUpdate.log: 这是 Windows 10 留在 C:\\Windows\\WindowsUpdate.log 的占位文件');
    expect(zh).toContain('请直接提交这些 .etl 文件');
    expect(en).toContain('WindowsUpdate.log: the placeholder Windows 10 leaves in C:\\Windows\\WindowsUpdate.log');
    expect(en).toContain('send those .etl files, which this analyzer reads directly');
  });

  it('Get-WindowsUpdateLog output full of "No Format Information found" is recognised, in zh-CN and en', async () => {
    const report = await analyzeFile('placeholders/WindowsUpdate-undecoded.log');
    expect(report.inputs).toMatchObject([{ status: 'unreadable', reason: 'windowsupdate-undecoded', message: '100% of the first 5 lines are "Unknown( NN): GUID=… (No Format Information found)"' }]);
    expect(renderText(report, 'zh-CN')).toContain('这是 Get-WindowsUpdateLog 转换失败的输出');
    expect(renderText(report, 'en')).toContain('Send the .etl files in C:\\Windows\\Logs\\WindowsUpdate\\ instead');
  });

  it('a real log with a few undecoded lines is still analyzed', async () => {
    const log = new TextDecoder().decode(fixture('case/WindowsUpdate.log'));
    const oneUndecoded = '2022/10/27 08:38:34.3565937 4932 23416 Unknown( 10): GUID=37753236-c81f-505e-d40a-128d3bb2b5ff (No Format Information found).\r\n';
    const report = await analyzeFile('mixed', new TextEncoder().encode(oneUndecoded + log));
    expect(report.inputs[0]).toMatchObject({ status: 'analyzed', format: 'windowsupdate' });
  });

  it('a long log that quotes the stub text is not a stub', async () => {
    const log = new TextDecoder().decode(fixture('case/WindowsUpdate.log'));
    const quoted = 'Windows Update logs are now generated using ETW (Event Tracing for Windows). Please run the Get-WindowsUpdateLog PowerShell command\r\n';
    const report = await analyzeFile('quoted', new TextEncoder().encode(quoted + log));
    expect(report.inputs[0].status).toBe('analyzed');
  });
});
