import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge, renderText } from '../../../src/analyzer/index.ts';
import { analyzeText, fixtureInput } from '../helpers.ts';

describe('the root cause of a setup failure, with the extend code setup reported it with', () => {
  it('names the phase and operation, with the line that reports them (a real rollback)', async () => {
    const report = await analyze([fixtureInput('samples/real-52-setupact.log')], emptyKnowledge());
    expect(report.rootCause).toMatchObject({
      code: '0xC1900101',
      setupExtend: { value: '0x30018', phase: 'SP_EXECUTION_FIRST_BOOT', operation: 'SP_EXECUTION_OP_SYSPREP', evidence: expect.objectContaining({ file: 'samples/real-52-setupact.log', line: 8 }) },
    });
    expect(renderText(report, 'en')).toContain('Setup reported it with extend code 0x30018: phase SP_EXECUTION_FIRST_BOOT, operation SP_EXECUTION_OP_SYSPREP.\n  samples/real-52-setupact.log:8  2021-05-18 05:12:43, Info');
    expect(renderText(report, 'zh-CN')).toContain('安装程序报告此错误时附带扩展代码 0x30018：阶段 SP_EXECUTION_FIRST_BOOT，操作 SP_EXECUTION_OP_SYSPREP。');
  });

  it('is given only for the code it was reported with', async () => {
    // The same lines, with setup reporting another failure: the cause's own extend is unknown.
    const report = await analyzeText('setupact.log', [
      '2021-05-18 05:12:43, Info                  MOUPG  SetupHost: Reporting post reboot event -> [0x80070005, 0x30018]',
      '2021-05-18 05:12:43, Info                  MOUPG  Finalize: Remapping install error [0xC1900101] -> [0xC1900108] for telemetry.',
    ].join('\r\n'));
    expect(report.rootCause?.code).toBe('0xC1900101');
    expect(report.rootCause?.setupExtend).toBeUndefined();
    expect(renderText(report, 'en')).not.toContain('extend code');
  });

  it('comes from a SetupDiag result too, in its `code-extend` form (Appostarsi/WinErros Logs.zip, SetupDiagResults.log lines 2 and 30)', async () => {
    const report = await analyzeText('SetupDiagResults.log', ['Matching Profile found: FindRollbackFailure - 3A43C9B5-05B3-4F7C-A955-88F991BB5A48', 'Error = 0x8007000D-0x2000C'].join('\r\n'));
    expect(report.inputs[0].format).toBe('setupdiag');
    expect(report.rootCause?.setupExtend).toMatchObject({ value: '0x2000C', phase: 'SP_EXECUTION_SAFE_OS', operation: 'SP_EXECUTION_OP_APPLY_IMAGE' });
  });
});
