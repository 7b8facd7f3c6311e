import { describe, expect, it } from 'vitest';
import { sourceParts } from '../../src/site/source-parts.ts';

describe('sourceParts', () => {
  it('cuts the addresses out of a source line, leaving the words around them', () => {
    expect(sourceParts('release order in https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info (each cumulative update contains all earlier fixes)')).toEqual([
      { text: 'release order in ' },
      { url: 'https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info' },
      { text: ' (each cumulative update contains all earlier fixes)' },
    ]);
  });

  it("leaves a sentence's closing bracket and stop outside the address, and keeps a bracket the address opened", () => {
    expect(sourceParts('naming pattern (https://www.catalog.update.microsoft.com/Search.aspx?q=KB5022554).')).toEqual([
      { text: 'naming pattern (' },
      { url: 'https://www.catalog.update.microsoft.com/Search.aspx?q=KB5022554' },
      { text: ').' },
    ]);
    expect(sourceParts('see https://en.wikipedia.org/wiki/Foo_(bar), then')).toEqual([{ text: 'see ' }, { url: 'https://en.wikipedia.org/wiki/Foo_(bar)' }, { text: ', then' }]);
    expect(sourceParts('见 https://support.microsoft.com/help/5016623）。')).toEqual([{ text: '见 ' }, { url: 'https://support.microsoft.com/help/5016623' }, { text: '）。' }]);
    expect(sourceParts('https://learn.microsoft.com/x 中的发布顺序')[0]).toEqual({ url: 'https://learn.microsoft.com/x' });
    expect(sourceParts('见https://learn.microsoft.com/x中的发布顺序')).toEqual([{ text: '见' }, { url: 'https://learn.microsoft.com/x' }, { text: '中的发布顺序' }]);
  });

  it('gives a line with no address as one text, and an address alone as one link', () => {
    expect(sourceParts('winerror.h (mingw-w64-common 10.0.0-3)')).toEqual([{ text: 'winerror.h (mingw-w64-common 10.0.0-3)' }]);
    expect(sourceParts('https://support.microsoft.com/help/929833')).toEqual([{ url: 'https://support.microsoft.com/help/929833' }]);
    expect(sourceParts('')).toEqual([]);
  });
});
