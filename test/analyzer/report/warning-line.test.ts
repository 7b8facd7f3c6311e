import { describe, expect, it } from 'vitest';
import { warningLine } from '../../../src/analyzer/report/warning-line.ts';

describe('a warning as one line', () => {
  it('names its file and line once', () => {
    expect(warningLine({ file: 'CBS.log', line: 12, message: '3 lines were not valid UTF-8' })).toBe('CBS.log:12: 3 lines were not valid UTF-8');
    expect(warningLine({ file: 'CBS.log', message: 'lines longer than 1 MiB were read in pieces' })).toBe('CBS.log: lines longer than 1 MiB were read in pieces');
    expect(warningLine({ message: 'no file' })).toBe('no file');
    // The .evtx reader's own message names the file and byte already.
    expect(warningLine({ file: 'System.evtx', message: 'System.evtx: byte 0: the log was not closed cleanly' })).toBe('System.evtx: byte 0: the log was not closed cleanly');
  });
});
