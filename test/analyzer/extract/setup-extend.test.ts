import { describe, expect, it } from 'vitest';
import { readSetupExtend } from '../../../src/analyzer/extract/setup-extend.ts';

describe('extend codes Windows Setup reports a failure with', () => {
  it('are read from SetupHost\'s events and SetupDiag\'s result, with the failure they go with', () => {
    // baslr/w10-logs Rollback/setupact.log line 5377; rickaK77/Setup-Log setupact.log line 6264;
    // Appostarsi/WinErros Logs.zip SetupDiagResults.log line 30
    expect(readSetupExtend('2021-05-18 05:12:43, Info                  MOUPG  SetupHost: Reporting post reboot event -> [0xC1900101, 0x30018]')).toEqual({ code: '0xC1900101', value: '0x30018', phase: 'SP_EXECUTION_FIRST_BOOT', operation: 'SP_EXECUTION_OP_SYSPREP' });
    expect(readSetupExtend('2022-07-06 08:20:07, Info                  MOUPG  SetupHost: Reporting error event -> [0x80070032, 0x50013]')).toEqual({ code: '0x80070032', value: '0x50013', phase: 'SP_EXECUTION_UNINSTALL', operation: 'SP_EXECUTION_OP_REGISTER_ASYNC_PROCESS' });
    expect(readSetupExtend('Error = 0x8007000D-0x2000C')).toEqual({ code: '0x8007000D', value: '0x2000C', phase: 'SP_EXECUTION_SAFE_OS', operation: 'SP_EXECUTION_OP_APPLY_IMAGE' });
  });

  it('are not a second code in the same brackets, a success, or a value the published table does not decode whole', () => {
    // copyleft21/samsung setupact.log: a cancelled setup reports two codes, the second no extend code
    expect(readSetupExtend('2024-03-28 11:55:30, Info                  MOUPG  SetupHost: Reporting error event -> [0x800704D3, 0x800704C7]')).toBeUndefined();
    expect(readSetupExtend('SetupHost: Reporting post reboot event -> [0x00000000, 0x30018]')).toBeUndefined();
    expect(readSetupExtend('SetupHost: Reporting post reboot event -> [0xC1900101, 0x90018]')).toBeUndefined(); // no phase 9
    expect(readSetupExtend('SetupHost: Reporting post reboot event -> [0xC1900101, 0x300FF]')).toBeUndefined(); // no operation 0xFF
    expect(readSetupExtend('Finalize: Reporting result value: [0xC1900108]')).toBeUndefined();
  });
});
