import { describe, expect, it } from 'vitest';
import { canonicalCode, normalizeQuery } from '../../src/search/normalize-query.ts';

describe('canonicalCode: every unambiguous code form → 0x + 8 upper-case hex digits', () => {
  it.each([
    ['0x80070570', '0x80070570'],
    ['0x8024001e', '0x8024001E'],
    ['0x570', '0x00000570'],
    ['8024001e', '0x8024001E'],
    ['80070570', '0x80070570'],
    ['-2147023504', '0x80070570'],
    ['2147943792', '0x80070570'],
    ['-1', '0xFFFFFFFF'],
  ])('%s → %s', (token, canonical) => expect(canonicalCode(token)).toBe(canonical));

  it.each(['1392', 'deadbeef', 'update', '4294967296', '-2147483649', '0x123456789', '文件'])('%s is not a code form by itself', (token) => {
    expect(canonicalCode(token)).toBeUndefined();
  });
});

describe('normalizeQuery', () => {
  it('folds full-width characters and spaces the way users paste them', () => {
    expect(normalizeQuery('  ０ｘ８００７０５７０ ').text).toBe('0x80070570');
    expect(normalizeQuery('文件   损坏').text).toBe('文件 损坏');
  });

  it('sends the 0x form to pagefind for a lone code in any form, and marks it code-like', () => {
    for (const form of ['80070570', '-2147023504', '2147943792', '0x80070570']) {
      expect(normalizeQuery(form)).toMatchObject({ pagefind: '0x80070570', codeLike: true });
    }
  });

  it('keeps plain numbers among words: they may be dates or counts', () => {
    expect(normalizeQuery('安装 20221028 失败').pagefind).toBe('安装 20221028 失败');
    expect(normalizeQuery('错误 8024001e').pagefind).toBe('错误 0x8024001E');
  });

  it('reads KB numbers with or without a separator', () => {
    for (const form of ['KB5016623', 'kb5016623', 'KB 5016623', 'kb-5016623']) {
      expect(normalizeQuery(form)).toMatchObject({ kb: 'KB5016623', pagefind: 'KB5016623', codeLike: false });
    }
    expect(normalizeQuery('kb 5016623 安装失败')).toMatchObject({ kb: undefined, pagefind: 'KB5016623 安装失败' });
    expect(normalizeQuery('kb 5016623 安装失败').kbInText).toBe('KB5016623');
    expect(normalizeQuery('install KB 6016623 failed').kbInText).toBe('KB6016623');
    expect(normalizeQuery('KB5016623').kbInText).toBeUndefined(); // the whole query: `kb`
    expect(normalizeQuery('安装失败 6016623').kbInText).toBeUndefined(); // digits among words are not a KB
  });

  it('leaves words and short numbers as they are', () => {
    expect(normalizeQuery('ERROR_FILE_CORRUPT')).toMatchObject({ pagefind: 'ERROR_FILE_CORRUPT', codeLike: false });
    expect(normalizeQuery('1392')).toMatchObject({ pagefind: '1392', codeLike: false });
  });
});

describe('a pasted SHA-256', () => {
  const CASE_TYPO = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289BBFB6CED';
  it('is read from a bare value, pairs with spaces, or Get-FileHash output', () => {
    expect(normalizeQuery(CASE_TYPO.toLowerCase()).sha256).toBe(CASE_TYPO);
    expect(normalizeQuery(CASE_TYPO.match(/../g)!.join(' ')).sha256).toBe(CASE_TYPO);
    expect(normalizeQuery(`SHA256          ${CASE_TYPO}       C:\\kb5016623.msu`).sha256).toBe(CASE_TYPO);
  });
  it('is not read from a code or words', () => {
    expect(normalizeQuery('0x80070570').sha256).toBeUndefined();
    expect(normalizeQuery('KB5016623 哈希').sha256).toBeUndefined();
  });
});
