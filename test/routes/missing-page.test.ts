import { describe, expect, it } from 'vitest';
import { lookupForMissing } from '../../src/routes/missing-page.ts';

describe('a missing page: what its address asks for', () => {
  it('a code page in any form a user types is a lookup of that value, in the language of its path', () => {
    expect(lookupForMissing('/codes/0X80070005/', '/')).toEqual({ lang: 'zh-CN', query: '0X80070005' });
    expect(lookupForMissing('/en/codes/-2147024891', '/')).toEqual({ lang: 'en', query: '-2147024891' });
    expect(lookupForMissing('/en/codes/ERROR_ACCESS_DENIED/', '/')).toEqual({ lang: 'en', query: 'ERROR_ACCESS_DENIED' });
    expect(lookupForMissing('/codes/%E9%94%99%E8%AF%AF%200x800f0922/', '/')).toEqual({ lang: 'zh-CN', query: '错误 0x800f0922' });
  });

  it('a KB page the site does not list is a lookup of that KB number', () => {
    expect(lookupForMissing('/kb/kb5005566/', '/')).toEqual({ lang: 'zh-CN', query: 'kb5005566' });
  });

  it('reads the path under the base the site is built for', () => {
    expect(lookupForMissing('/update-triage/en/codes/0x803d0010/', '/update-triage')).toEqual({ lang: 'en', query: '0x803d0010' });
    expect(lookupForMissing('/update-triage/en/codes/0x803d0010/', '/update-triage/')).toEqual({ lang: 'en', query: '0x803d0010' });
    expect(lookupForMissing('/codes/0x803d0010/', '/update-triage/')).toBeUndefined();
  });

  it('any other missing page is just missing', () => {
    expect(lookupForMissing('/runbooks/no-such-runbook/', '/')).toBeUndefined();
    expect(lookupForMissing('/codes/facility/nothing/', '/')).toBeUndefined();
    expect(lookupForMissing('/codes/', '/')).toBeUndefined();
    expect(lookupForMissing('/codes/%E0%A4%A/', '/')).toBeUndefined();
    expect(lookupForMissing('/codes/%20/', '/')).toBeUndefined();
  });
});
