import { describe, expect, it } from 'vitest';
import { readServicingPrefix, type ServicingPrefix } from '../../../src/analyzer/formats/servicing-prefix.ts';
import { SERVICING_LINE } from '../../../src/analyzer/formats/servicing.ts';

/** The prefix as the pattern's groups: level and message. */
function parts(line: string, prefix: ServicingPrefix | undefined): [string, string] | undefined {
  return prefix && [prefix.level, line.slice(prefix.messageStart)];
}

const byPattern = (line: string) => {
  const m = SERVICING_LINE.exec(line);
  return m ? ([m[2], m[4]] as [string, string]) : undefined;
};

const STAMP = '2022-10-27 08:38:33';

describe('readServicingPrefix', () => {
  it('reads the level and, past the component column, the message of a CBS line', () => {
    const line = `${STAMP}, Info                  CBS    Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]`;
    expect(parts(line, readServicingPrefix(line))).toEqual(['Info', 'Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]']);
  });

  it('reads collapsed padding and tabs', () => {
    expect(parts(`${STAMP}, Error CBS Failed.`, readServicingPrefix(`${STAMP}, Error CBS Failed.`))).toEqual(['Error', 'Failed.']);
    const tabbed = `${STAMP},\tWarning\tDISM\tDISM Provider Store: PID=1 …`;
    expect(parts(tabbed, readServicingPrefix(tabbed))).toEqual(['Warning', 'DISM Provider Store: PID=1 …']);
  });

  it('takes a single word after the level as the message, not as a component (no component column)', () => {
    const line = `${STAMP}, Perf    Done`;
    expect(parts(line, readServicingPrefix(line))).toEqual(['Perf', 'Done']);
  });

  it('gives an empty message for a line of only a stamp and a level', () => {
    const line = `${STAMP}, Info   `;
    expect(parts(line, readServicingPrefix(line))).toEqual(['Info', '']);
  });

  it('refuses a line of only a stamp, a truncated stamp, an unknown level and a level run into its text', () => {
    for (const line of [STAMP, `${STAMP},`, '2022-10-27 08:38, Info CBS x', '2022-10-27 08:38:3, Info CBS x', `${STAMP}, Debug CBS x`, `${STAMP}, InfoCBS x`, `${STAMP},Info CBS x`, '2022/10/27 08:38:33, Info CBS x']) {
      expect(readServicingPrefix(line), line).toBeUndefined();
    }
  });

  it('refuses more than 30 spaces before the level, and starts the message inside padding past 30 after it', () => {
    expect(readServicingPrefix(`${STAMP},${' '.repeat(31)}Info CBS x`)).toBeUndefined();
    const line = `${STAMP}, Info${' '.repeat(33)}CBS x`;
    expect(parts(line, readServicingPrefix(line))).toEqual(['Info', '   CBS x']);
  });

  it('refuses a message holding a line terminator, but not padding that holds one', () => {
    expect(readServicingPrefix(`${STAMP}, Info CBS one\rtwo`)).toBeUndefined();
    expect(readServicingPrefix(`${STAMP}, Info CBS one\u2028two`)).toBeUndefined();
    const line = `${STAMP}, Info CBS\r\ntwo`;
    expect(parts(line, readServicingPrefix(line))).toEqual(['Info', 'two']);
  });

  it('reads non-ASCII components and messages, and non-ASCII spaces as padding', () => {
    const line = `${STAMP}, Info\u3000组件\u00a0安装失败 0x800f0922`;
    expect(parts(line, readServicingPrefix(line))).toEqual(['Info', '安装失败 0x800f0922']);
  });

  it('answers as SERVICING_LINE on lines built from odd pieces', () => {
    const stamps = [STAMP, '2022-10-27 08:38:3x', '2022-13-45 99:99:99', ''];
    const gaps = ['', ' ', '\t', '  \t ', ' '.repeat(30), ' '.repeat(31), '\u00a0', '\r'];
    const levels = ['Info', 'Warning', 'Error', 'Perf', 'Inf', 'Errors'];
    const rests = ['', 'CBS', 'CBS ', 'CBS    message here', 'CBS\tmsg\rmore', ' x', '安装 失败', 'a\u2029b', 'CBS \n'];
    let compared = 0;
    for (const stamp of stamps)
      for (const before of gaps)
        for (const level of levels)
          for (const after of gaps)
            for (const rest of rests) {
              const line = `${stamp},${before}${level}${after}${rest}`;
              expect(parts(line, readServicingPrefix(line)), JSON.stringify(line)).toEqual(byPattern(line));
              compared++;
            }
    expect(compared).toBe(4 * 8 * 6 * 8 * 9);
  });
});
