import { describe, expect, it } from 'vitest';
import { literalStarts, wholeLiterals } from '../../../../src/analyzer/scan/tokens/literal-starts.ts';

const texts = (source: string, fold = false) => literalStarts(source, fold)?.map((l) => l.text);

describe('the literals a regex starts with', () => {
  it('one per alternative, escapes read as their characters', () => {
    expect(texts('DPX phase|cabinet|\\* START \\*|ResolveSource\\(\\) unsuccessful')).toEqual(['DPX phase', 'cabinet', '* START *', 'ResolveSource() unsuccessful']);
  });

  it('zero-width assertions before the literal are passed over', () => {
    expect(texts('^Error:|\\bExit code|(?<![\\w@])NTSTATUS')).toEqual(['Error:', 'Exit code', 'NTSTATUS']);
  });

  it('a character made optional or repeated ends the literal before it; `+` after it', () => {
    expect(texts('KB ?\\d{6}|abc+d|Total Detected Corruption:\\s*[1-9]')).toEqual(['KB', 'abc', 'Total Detected Corruption:']);
  });

  it('a leading group gives the literals of its own alternatives', () => {
    expect(texts('\\b(resultMapped|HRESULT)\\s?[=:]|(?:Package_|cabinet)x')).toEqual(['resultMapped', 'HRESULT', 'Package_', 'cabinet']);
  });

  it('a class of one letter in both cases is that letter, folded', () => {
    expect(literalStarts('0[xX]ab')).toEqual([{ text: '0xab', fold: true }]);
  });

  it('`0x` and eight hex digits is the code form: the scan checks the digits', () => {
    expect(literalStarts('(?<![\\w@])0[xX][0-9a-fA-F]{8}(?![0-9a-fA-F])')).toEqual([{ text: '0x', fold: true, hex8: true }]);
  });

  it('a two-character literal is narrowed by what must follow it, also after its group', () => {
    expect(literalStarts('\\bhr ?[=:]')).toEqual([{ text: 'hr', third: ' =:' }]);
    expect(literalStarts('kb\\d{6}')).toEqual([{ text: 'kb', third: '0123456789' }]);
    expect(literalStarts('\\b(hr|errorCode)\\s?[=:]', true)).toEqual([{ text: 'hr', fold: true, third: ' \t\n\v\f\r\x80=:' }, { text: 'errorCode', fold: true }]);
    expect(literalStarts('hr')).toEqual([{ text: 'hr' }]);
  });

  it('whole literals: the alternatives that are literal text and nothing else', () => {
    expect(wholeLiterals('HRESULT|\\*FAILED\\*|KB ?\\d{6}|\\bhr ?[=:]|^Error:|(?:Pack)age|OS Version=|[xX]y|a')).toEqual([{ text: 'HRESULT' }, { text: '*FAILED*' }, { text: 'OS Version=' }]);
  });

  it('a literal longer than the scan verifies is cut: a prefix still starts every match', () => {
    expect(texts('Failed to process advanced operation queue')).toEqual(['Failed to process advanced opera']);
  });

  it('gives up on any alternative that does not start with two literal characters', () => {
    for (const source of ['a|bc', '.abc', '[a-z]bc', '(?:ab)?cd', 'x?yz', '(?=ab)ab', '\\dabc', 'abc|', 'a+bc']) expect(literalStarts(source), source).toBeUndefined();
  });
});
