import { describe, expect, it } from 'vitest';
import { isTruncationOnly, kindFilter, kindOf, type FoundPage } from '../../src/search/results.ts';

const page = (over: Partial<FoundPage>): FoundPage => ({ url: '/x/', excerpt: '', meta: {}, ...over });

describe('truncation-only results', () => {
  it('a page with no highlighted word and no matched metadata matched a shorter word only', () => {
    expect(isTruncationOnly(page({ excerpt: '2022 年 8 月的累积更新' }))).toBe(true);
  });
  it('a highlighted word or a metadata match is a real match', () => {
    expect(isTruncationOnly(page({ excerpt: '错误 <mark>0x80070570</mark>' }))).toBe(false);
    expect(isTruncationOnly(page({ excerpt: '…', matchedMetaFields: ['aliases'] }))).toBe(false);
  });
});

describe('kinds', () => {
  it('a code page with an article is an article; others by their kind', () => {
    expect(kindOf(page({ meta: { kind: 'code' }, filters: { kind: ['code', 'article'] } }))).toBe('article');
    expect(kindOf(page({ meta: { kind: 'code' }, filters: { kind: ['code'] } }))).toBe('code');
    expect(kindOf(page({ meta: { kind: 'runbook' } }))).toBe('runbook');
    expect(kindOf(page({ meta: {} }))).toBeUndefined();
  });
  it('"all" filters nothing', () => {
    expect(kindFilter('all')).toBeUndefined();
    expect(kindFilter('kb')).toEqual({ kind: 'kb' });
  });
});
