import { describe, expect, it } from 'vitest';
import { siteBase, siteUrl } from '../../scripts/lib/site-address.ts';

describe('the site address', () => {
  it('is unset by default, and the base is the root', () => {
    expect(siteUrl({})).toBeUndefined();
    expect(siteBase({})).toBe('/');
  });

  it('is SITE_URL with a final slash; its path is the base unless SITE_BASE says otherwise', () => {
    const env = { SITE_URL: 'https://support.example.cn/update-triage' };
    expect(siteUrl(env)).toBe('https://support.example.cn/update-triage/');
    expect(siteBase(env)).toBe('/update-triage/');
    expect(siteBase({ ...env, SITE_BASE: 'kb' })).toBe('/kb/');
  });

  it('refuses a SITE_URL that is not an http(s) address, saying what is expected', () => {
    expect(() => siteUrl({ SITE_URL: 'support.example.cn' })).toThrow(/SITE_URL: 'support.example.cn' is not a URL \(expected e\.g\. https:/);
    expect(() => siteUrl({ SITE_URL: 'file:///srv/site/' })).toThrow(/not an http\(s\) address/);
  });
});
