import { describe, expect, it } from 'vitest';
import { extractCodes } from '../../../src/analyzer/extract/codes.ts';
import { LINE_MARKERS } from '../../../src/analyzer/extract/markers.ts';
import { endsWithSuccess } from '../../../src/analyzer/extract/success.ts';

const ends = (line: string) => endsWithSuccess(line, extractCodes(line), LINE_MARKERS.scan(line));

describe('lines that end an operation with success', () => {
  it('a servicing session, a DISM command, an agent call', () => {
    expect(ends('2022-10-27 08:38:33, Info                  CBS    Exec: Processing complete, session(Corruption Detecting): 31033559_4117744417 [HRESULT = 0x00000000 - S_OK]')).toBe(true);
    expect(ends('2023-02-01 02:25:09, Info                  DISM   DISM.EXE: The operation completed successfully.')).toBe(true);
    expect(ends('2022/10/27 08:38:50.6538368 4932 34144 Agent\t* END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x00000000')).toBe(true);
  });
  it('a phase of Windows setup that exits with 0 (github.com/Silvermaz28/SOE, SetupAct.log, line 15609), and not one that exits with a failure', () => {
    expect(ends('2025-05-02 15:20:23, Info                  SP     Execution phase [Pre OOBE] exiting with HRESULT [0x00000000]')).toBe(true);
    expect(ends('2025-05-02 15:20:23, Info                  SP     Execution phase [Pre OOBE] exiting with HRESULT [0x80070003]')).toBe(false);
  });
  it('a ConfigMgr client install and its detection after the restart (Microsoft, track-software-update-deployment-process.md, steps 8 and 10), not a failed one', () => {
    expect(ends('Update 1 (3cbcf577-5139-49b8-afe8-620af5c52f95) finished installing (0x00000000), Reboot Required? Yes   WUAHandler')).toBe(true);
    expect(ends('CUpdatesJob({53F4851F-7E63-4C7E-952D-78345039FFFC}): Detect after reboot job completed with result = 0x0   UpdatesDeploymentAgent')).toBe(true);
    expect(ends('Update 1 (3cbcf577-5139-49b8-afe8-620af5c52f95) finished installing (0x80070643), Reboot Required? No   WUAHandler')).toBe(false);
  });
  it('not a line that only holds a zero', () => {
    expect(ends('2025-05-02 15:20:23, Info                  SP     Progress: 0x00000000')).toBe(false);
  });
});
