import { describe, expect, it } from 'vitest';
import { missingPageTarget } from '../../src/routes/missing-page.ts';

describe('a missing page: where its address should lead', () => {
  it('a code in its page\'s form but another case, or without 0x, goes to its page', () => {
    expect(missingPageTarget('/codes/0X80070005/', '/')).toEqual({ lang: 'zh-CN', path: 'codes/0x80070005/' });
    expect(missingPageTarget('/en/codes/80070005', '/')).toEqual({ lang: 'en', path: 'codes/0x80070005/' });
  });

  it('any other form of a code is looked up on the home page of its language, at the lookup box', () => {
    expect(missingPageTarget('/en/codes/-2147024891', '/')).toEqual({ lang: 'en', path: '?q=-2147024891#lookup' });
    expect(missingPageTarget('/en/codes/ERROR_ACCESS_DENIED/', '/')).toEqual({ lang: 'en', path: '?q=ERROR_ACCESS_DENIED#lookup' });
    expect(missingPageTarget('/codes/%E9%94%99%E8%AF%AF%200x800f0922/', '/')).toEqual({ lang: 'zh-CN', path: `?q=${encodeURIComponent('错误 0x800f0922')}#lookup` });
  });

  it('a code in its page\'s own form has no page: it is looked up, not tried again', () => {
    expect(missingPageTarget('/codes/0x8024abcd/', '/')).toEqual({ lang: 'zh-CN', path: '?q=0x8024abcd#lookup' });
  });

  it('a KB page the site does not list is a lookup of that KB number', () => {
    expect(missingPageTarget('/kb/kb5005566/', '/')).toEqual({ lang: 'zh-CN', path: '?q=kb5005566#lookup' });
  });

  it('reads the path under the base the site is built for', () => {
    expect(missingPageTarget('/update-triage/en/codes/0x803d0010/', '/update-triage')).toEqual({ lang: 'en', path: '?q=0x803d0010#lookup' });
    expect(missingPageTarget('/update-triage/en/codes/0X803D0010/', '/update-triage/')).toEqual({ lang: 'en', path: 'codes/0x803d0010/' });
    expect(missingPageTarget('/codes/0x803d0010/', '/update-triage/')).toBeUndefined();
  });

  it('any other missing page is just missing', () => {
    expect(missingPageTarget('/runbooks/no-such-runbook/', '/')).toBeUndefined();
    expect(missingPageTarget('/codes/facility/nothing/', '/')).toBeUndefined();
    expect(missingPageTarget('/codes/', '/')).toBeUndefined();
    expect(missingPageTarget('/codes/%E0%A4%A/', '/')).toBeUndefined();
    expect(missingPageTarget('/codes/%20/', '/')).toBeUndefined();
  });
});
