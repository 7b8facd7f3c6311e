import { describe, expect, it } from 'vitest';
import { kbInFileName, kbNumbersIn, readKbNumber } from '../../src/kb/kb-number.ts';

describe('readKbNumber', () => {
  it('reads the forms people type', () => {
    for (const typed of ['KB5016623', 'kb5016623', 'KB 5016623', 'kb-5016623', ' KB_5016623 ', 'ＫＢ５０１６６２３', 'KB５０１６６２３', '5016623', '５０１６６２３']) {
      expect(readKbNumber(typed), typed).toBe('KB5016623');
    }
  });
  it('reads a letter O typed among the digits as the zero it stands for', () => {
    expect(readKbNumber('KB5O16623')).toBe('KB5016623');
    expect(readKbNumber('kb 5o166230')).toBe('KB50166230');
    expect(readKbNumber('KBOOOOOO')).toBeUndefined();
  });
  it('keeps the case typo as typed: it is a KB number, just not a known one', () => {
    expect(readKbNumber('KB6016623')).toBe('KB6016623');
  });
  it('takes bare digits only when asked, and only with a KB number length', () => {
    expect(readKbNumber('5016623', { bare: false })).toBeUndefined();
    expect(readKbNumber('80070570')).toBeUndefined(); // 8 digits: a code
    expect(readKbNumber('12345')).toBeUndefined();
    expect(readKbNumber('update KB5016623 failed')).toBeUndefined();
  });
});

describe('kbInFileName', () => {
  it('finds the KB number of a package file', () => {
    expect(kbInFileName('windows10.0-kb5016623-x64_1cbe086ca4cc793eae498f625cc6a9d09085ca1c.msu')).toBe('KB5016623');
    expect(kbInFileName('Windows10.0-KB5016623-x64.cab')).toBe('KB5016623');
    expect(kbInFileName('kb6016623.msu')).toBe('KB6016623');
  });
  it('finds none in a name without one', () => {
    expect(kbInFileName('package.msu')).toBeUndefined();
    expect(kbInFileName('xkb5016623.msu')).toBeUndefined();
  });
});

describe('kbNumbersIn', () => {
  it('finds a KB number inside a sentence, in the forms people type', () => {
    expect(kbNumbersIn('KB6016623 安装失败')).toEqual(['KB6016623']);
    expect(kbNumbersIn('install KB 6016623 failed')).toEqual(['KB6016623']);
    expect(kbNumbersIn('补丁kb-5016623装不上')).toEqual(['KB5016623']);
    expect(kbNumbersIn('安装ＫＢ６０１６６２３时失败')).toEqual(['KB6016623']);
  });
  it('lists each number once, in the order written', () => {
    expect(kbNumbersIn('KB5016623 then kb5016623 and KB4023057')).toEqual(['KB5016623', 'KB4023057']);
  });
  it('takes no bare digits and no KB inside a longer word', () => {
    expect(kbNumbersIn('error 6016623 again')).toEqual([]);
    expect(kbNumbersIn('xkb5016623.msu')).toEqual([]);
    expect(kbNumbersIn('KB50166231234')).toEqual([]);
  });
});
