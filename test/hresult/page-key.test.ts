import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCodeIndex } from '../../src/hresult/code-index.ts';
import { codeEntriesFromTables } from '../../src/catalog/code-tables.ts';
import { aliasesOf, decode, pageKey } from '../../src/hresult/index.ts';
import { readCodeTables } from '../../scripts/lib/read-code-tables.ts';

const entries = codeEntriesFromTables(readCodeTables(new URL('../../content/code-tables', import.meta.url).pathname));
const index = buildCodeIndex(entries);

describe('pageKey', () => {
  it('files a Win32 code under its HRESULT form', () => {
    expect(pageKey(1392, index)).toBe('0x80070570');
    expect(pageKey(1392)).toBe('0x80070570');
    expect(pageKey(0x80070570, index)).toBe('0x80070570');
  });
  it('files HRESULT_FROM_NT values and setupapi.h codes under the page of what they wrap', () => {
    expect(pageKey(0xd0000034, index)).toBe('0xC0000034');
    expect(pageKey(0xe0000219, index)).toBe('0x800F0219');
  });
  it('files a Win32 code in an NTSTATUS (NTSTATUS_FROM_WIN32), with the N bit set or not, under that code\'s page', () => {
    expect(pageKey(0xc007000d, index)).toBe('0x8007000D');
    expect(pageKey(0xd007000d, index)).toBe('0x8007000D');
    expect(decode('0xC007000D', index).readings[0].page).toBe('0x8007000D');
  });
  it('leaves HRESULTs and unknown values at themselves', () => {
    expect(pageKey(0x8024001e, index)).toBe('0x8024001E');
    expect(pageKey(0x802400ff, index)).toBe('0x802400FF');
  });
});

describe('aliasesOf', () => {
  it('lists hex, both decimals, the Win32 code and the names of a page', () => {
    expect(aliasesOf('0x80070570', index)).toEqual(
      expect.arrayContaining(['0x80070570', '80070570', '-2147023504', '2147943792', '1392', '0x570', 'ERROR_FILE_CORRUPT']),
    );
  });
  it('adds the HRESULT_FROM_NT form to an NTSTATUS page and the setupapi.h form to a SPAPI page', () => {
    expect(aliasesOf('0xC0000034', index)).toEqual(expect.arrayContaining(['0xD0000034', 'STATUS_OBJECT_NAME_NOT_FOUND']));
    expect(aliasesOf('0x800F0219', index)).toEqual(expect.arrayContaining(['0xE0000219', 'ERROR_NO_ASSOCIATED_SERVICE']));
  });
});

describe('every catalog entry is found again from each of its forms', () => {
  /** a reading either is the page's value or names something filed on that page */
  const finds = (alias: string, page: string) =>
    decode(alias, index).readings.some((r) => r.hex === page || r.page === page || r.matches.some((m) => !m.weak && toPage(m.page) === page));
  const toPage = (v: number) => '0x' + v.toString(16).toUpperCase().padStart(8, '0');

  it('for a random sample of entries and all their aliases', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), (entry) => {
        for (const alias of aliasesOf(entry.value, index)) {
          expect(finds(alias, entry.value), `${alias} → ${entry.value}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('for the names of every entry', () => {
    for (const entry of entries) {
      for (const n of entry.names) expect(finds(`=${n.name}`, entry.value), n.name).toBe(true);
    }
  });
});
