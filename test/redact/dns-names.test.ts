import { describe, expect, it } from 'vitest';
import { replaceDnsNames } from '../../src/redact/dns-names.ts';

const mark = (text: string) => replaceDnsNames(text, (name) => `[${name}]`);

describe('DNS names found from their ending', () => {
  it('replaces whole names with their host and domain labels', () => {
    expect(mark('joined pc-0412.contoso.local at 08:00')).toBe('joined [pc-0412.contoso.local] at 08:00');
    expect(mark('server wsus.corp.contoso.com.cn, port 8530')).toBe('server [wsus.corp.contoso.com.cn], port 8530');
    expect(mark('end of sentence contoso.com.')).toBe('end of sentence [contoso.com].');
  });

  it('leaves file names, e-mail domains, placeholders and longer names alone', () => {
    for (const text of ['Windows10.0-KB5016623-x64.cab', 'wuaueng.dll', 'mail@contoso.com', '<HOST-1>.<DOMAIN-1>', 'contoso.command', 'a.com_x', '.com alone']) {
      expect(mark(text)).toBe(text);
    }
  });

  it('walks back over hyphenated labels to where the name starts', () => {
    expect(mark('(branch-pc-0412.ad.contoso.local)')).toBe('([branch-pc-0412.ad.contoso.local])');
    expect(mark('a.com b.com')).toBe('[a.com] [b.com]');
  });
});
