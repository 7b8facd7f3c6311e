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
  it('not a line that only holds a zero', () => {
    expect(ends('2025-05-02 15:20:23, Info                  SP     Progress: 0x00000000')).toBe(false);
  });
});
