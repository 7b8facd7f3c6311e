import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/hresult/index.ts';

const numbers = (text: string) => parseInput(text).numbers.map((n) => [n.form, n.value]);

describe('parseInput', () => {
  it('reads 0x-prefixed and bare hex in any case', () => {
    expect(numbers('0x8024001e')).toEqual([['hex', 0x8024001e]]);
    expect(numbers('0X8024001E')).toEqual([['hex', 0x8024001e]]);
    expect(numbers('8024001E')).toEqual([['hex', 0x8024001e]]);
  });
  it('reads all-digit input both as decimal and as hex', () => {
    expect(numbers('1392')).toEqual([['decimal', 1392], ['hex', 0x1392]]);
  });
  it('reads signed and unsigned decimal', () => {
    expect(numbers('-2145124322')).toEqual([['signed-decimal', 0x8024001e]]);
    expect(numbers('2149842974')).toEqual([['decimal', 0x8024001e]]);
  });
  it('drops numbers that do not fit in 32 bits', () => {
    expect(numbers('4294967296')).toEqual([]);
    expect(numbers('-2147483649')).toEqual([]);
    expect(numbers('0x123456789')).toEqual([]);
  });
  it('folds full-width characters and spaces inside a number', () => {
    expect(numbers('０ｘ８００Ｆ０９２２')).toEqual([['hex', 0x800f0922]]);
    expect(numbers('0x800f 0922')).toEqual([['hex', 0x800f0922]]);
    expect(numbers('8007 0570')).toEqual([['decimal', 80070570], ['hex', 0x80070570]]);
  });
  it('reads a letter O typed for a zero among hex digits as the zero, and leaves words alone', () => {
    expect(numbers('8007OOO5')).toContainEqual(['hex', 0x80070005]);
    expect(numbers('0x8OO7OOO5')).toEqual([['hex', 0x80070005]]);
    expect(numbers('8o07oo05')).toContainEqual(['hex', 0x80070005]);
    // too few digits to be a code typed with O's: a word
    expect(numbers('FOOD')).toEqual([]);
    expect(numbers('DECODE')).toEqual([]);
  });
  it('takes no digit from the next word: the E of "Error" and the D of "DISM" are letters of words', () => {
    expect(parseInput('0x8007000 Error').numbers).toEqual([{ value: 0x08007000, form: 'hex', text: '0x8007000' }]);
    expect(parseInput('0x800f081f DISM').numbers).toEqual([{ value: 0x800f081f, form: 'hex', text: '0x800f081f' }]);
    expect(numbers('0x800f081 DISM')).toEqual([['hex', 0x0800f081]]);
    // a group that is a whole word still joins
    expect(numbers('0x800f 081f DISM')).toEqual([['hex', 0x800f081f]]);
  });
  it('finds codes inside a sentence, and keeps two codes apart', () => {
    expect(numbers('错误 0x800f0922')).toEqual([['hex', 0x800f0922]]);
    expect(numbers('Exit code = 0x802400FF; Call error code = 0x8024001E')).toEqual([
      ['hex', 0x802400ff],
      ['hex', 0x8024001e],
    ]);
    expect(numbers('0x8024001E 0x80070570')).toEqual([['hex', 0x8024001e], ['hex', 0x80070570]]);
    expect(numbers('resultMapped=8024001E, resultUnMapped=8024000B')).toEqual([['hex', 0x8024001e], ['hex', 0x8024000b]]);
  });
  it('ignores dates, times, counts and GUIDs in a sentence', () => {
    expect(numbers('2022/10/28 13:50:06.2734225 33288 29160 Handler CBS called Terminate')).toEqual([]);
    expect(numbers('LogHistory called. idUpdate={3911FF81-80A6-49F3-B1E7-E7FBC1E67FEB}.200, resultMapped=8024001E')).toEqual([
      ['hex', 0x8024001e],
    ]);
  });
  it('takes bare names in prose as exact names only', () => {
    expect(parseInput('Extracting Cab_2_for_KB5016623_PSFX.cab [HRESULT = 0x800f0821 - CBS_E_ABORT]').names).toEqual([
      { query: 'Cab_2_for_KB5016623_PSFX', mode: 'exact' },
      { query: 'CBS_E_ABORT', mode: 'exact' },
    ]);
  });
  it('reads exact, substring and bare names', () => {
    expect(parseInput('=WU_E_SERVICE_STOP').names).toEqual([{ query: 'WU_E_SERVICE_STOP', mode: 'exact' }]);
    expect(parseInput(':SERVICE_STOP').names).toEqual([{ query: 'SERVICE_STOP', mode: 'substring' }]);
    expect(parseInput('NOERROR').names).toEqual([{ query: 'NOERROR', mode: 'auto' }]);
    expect(parseInput('the update failed').names).toEqual([]);
  });
  it('reads a setup result/extend pair', () => {
    expect(parseInput('0xC1900101 - 0x4000D').setup).toEqual({ result: 0xc1900101, extend: 0x4000d, text: '0xC1900101 - 0x4000D' });
    expect(numbers('0xC1900101 - 0x4000D')).toEqual([['hex', 0xc1900101]]);
  });
});
