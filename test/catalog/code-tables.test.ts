import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCodeIndex, deserializeCodeIndex, serializeCodeIndex } from '../../src/hresult/code-index.ts';
import { codeEntriesFromTables, type CodeTable } from '../../src/catalog/code-tables.ts';
import { pageValueOf, toHex } from '../../src/hresult/code-names.ts';
import { CodeTableError, parseCodeTable } from '../../src/catalog/parse-code-table.ts';
import { readCodeTables } from '../../scripts/lib/read-code-tables.ts';

const committed = readCodeTables(new URL('../../content/code-tables', import.meta.url).pathname);
const entries = codeEntriesFromTables(committed);

const sample: CodeTable[] = [
  {
    header: 'winerror.h',
    source: 'pkg 1',
    entries: [
      { name: 'ERROR_FILE_CORRUPT', value: '0x00000570', kind: 'win32', line: 10 },
      { name: 'ERROR_SUCCESS', value: '0x00000000', kind: 'win32' },
      { name: 'S_OK', value: '0x00000000', kind: 'hresult' },
      { name: 'SPAPI_E_NO_ASSOCIATED_SERVICE', value: '0x800F0219', kind: 'hresult' },
    ],
  },
  { header: 'setupapi.h', source: 'pkg 1', entries: [{ name: 'ERROR_NO_ASSOCIATED_SERVICE', value: '0xE0000219', kind: 'setupapi' }] },
  { header: 'ntstatus.h', source: 'pkg 1', entries: [{ name: 'STATUS_OBJECT_NAME_NOT_FOUND', value: '0xC0000034', kind: 'ntstatus' }] },
];

describe('page values', () => {
  it('files Win32 codes under HRESULT_FROM_WIN32 and setupapi.h codes under 0x800F', () => {
    expect(toHex(pageValueOf('win32', 1392))).toBe('0x80070570');
    expect(toHex(pageValueOf('win32', 0))).toBe('0x00000000');
    expect(toHex(pageValueOf('setupapi', 0xe0000219))).toBe('0x800F0219');
    expect(toHex(pageValueOf('ntstatus', 0xc0000034))).toBe('0xC0000034');
  });
});

describe('codeEntriesFromTables', () => {
  it('gives one entry per page value, keyed 0x%08X, each name with raw value and header', () => {
    const list = codeEntriesFromTables(sample);
    expect(list.map((e) => e.value)).toEqual(['0x00000000', '0x80070570', '0x800F0219', '0xC0000034']);
    expect(list[1].names).toEqual([{ name: 'ERROR_FILE_CORRUPT', header: 'winerror.h', source: 'pkg 1', kind: 'win32', raw: 1392 }]);
    expect(list[2].names.map((n) => [n.name, n.header, n.raw])).toEqual([
      ['SPAPI_E_NO_ASSOCIATED_SERVICE', 'winerror.h', 0x800f0219],
      ['ERROR_NO_ASSOCIATED_SERVICE', 'setupapi.h', 0xe0000219],
    ]);
  });
  it('holds at least 5,500 distinct codes from the committed tables', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5500);
    expect(new Set(entries.map((e) => e.value)).size).toBe(entries.length);
    for (const e of entries) expect(e.value).toMatch(/^0x[0-9A-F]{8}$/);
  });
  it('records a source for every name, and keeps the codes no header defines nameless', () => {
    for (const e of entries) for (const n of e.names) expect(n.source, n.name).toMatch(/\S/);
    const at = (v: string) => entries.find((e) => e.value === v);
    expect(at('0x800F0821')?.names.map((n) => n.name)).toEqual(['CBS_E_ABORT']);
    expect(at('0x8024A10A')?.names[0].source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(at('0x8024A105')).toBeUndefined();
    expect(at('0x802400FF')).toBeUndefined();
  });
  it('fills the families mingw-w64 lacks from Wine and from documentation, each with its source', () => {
    const first = (v: string) => entries.find((e) => e.value === v)?.names[0];
    expect(first('0x80071A91')).toMatchObject({ name: 'ERROR_RM_NOT_ACTIVE', header: 'wine/winerror.h', source: expect.stringMatching(/^libwine-dev /) });
    expect(first('0x800719E4')).toMatchObject({ name: 'ERROR_LOG_FULL', source: expect.stringContaining('system-error-codes--6000-8199-') });
    expect(first('0x80D02002')).toMatchObject({ name: 'DO_E_DOWNLOAD_NO_PROGRESS', source: expect.stringContaining('delivery_optimization/do-return-values') });
    expect(first('0xC000009F')?.name).toBe('STATUS_FREE_VM_NOT_AT_BASE');
    expect(first('0x40000003')?.name).toBe('STATUS_IMAGE_NOT_AT_BASE');
  });
  it('names the CBS codes that Windows prints by name in CBS.log, each pinned to the line that prints it', () => {
    const first = (v: string) => entries.find((e) => e.value === v)?.names[0];
    const printed = entries.flatMap((e) => e.names.filter((n) => n.header === 'CBS.log (name printed by Windows)').map((n) => ({ value: e.value, ...n })));
    expect(printed.map((n) => [n.value, n.name])).toEqual([
      ['0x800F0805', 'CBS_E_INVALID_PACKAGE'],
      ['0x800F080D', 'CBS_E_MANIFEST_INVALID_ITEM'],
      ['0x800F0820', 'CBS_E_CANCEL'],
    ]);
    for (const n of printed) expect(n.source).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/\S+#L\d+$/);
    // Two support articles quote CBS.log lines that print the name beside the value.
    expect(first('0x800F0818')).toMatchObject({ name: 'CBS_E_IDENTITY_MISMATCH', header: 'Microsoft documentation (CBS)', source: expect.stringContaining('SupportArticles-docs/blob/') });
    expect(first('0x800F090D')).toMatchObject({ name: 'CBS_E_MISSING_PACKAGE_MAPPING_INDEX', source: expect.stringContaining('dism-fails-with-error-0x800f0906.md#L') });
  });
  it('cites, for the loghub names, lines that the corpus fixture holds as they are in the source', () => {
    // healthy/cbs-lh-02-manifest-probe.log is lines 1-135 of loghub's Windows_2k.log (its README).
    const fixture = readFileSync(new URL('../fixtures/logs/corpus/healthy/cbs-lh-02-manifest-probe.log', import.meta.url), 'utf8').split(/\r?\n/);
    const loghub = entries.flatMap((e) => e.names.filter((n) => n.source.includes('/logpai/loghub/')).map((n) => ({ value: e.value, ...n })));
    expect(loghub).toHaveLength(2);
    for (const n of loghub) {
      const line = Number(/#L(\d+)$/.exec(n.source)![1]);
      expect(fixture[line - 1]).toContain(`[HRESULT = ${n.value.toLowerCase()} - ${n.name}]`);
    }
  });
});

describe('CodeIndex', () => {
  const index = buildCodeIndex(entries);
  it('finds names by page, by value as defined and by name', () => {
    expect(index.byPage.get(0x80070570)?.map((n) => n.name)).toContain('ERROR_FILE_CORRUPT');
    expect(index.byRaw.get(1392)?.map((n) => n.name)).toContain('ERROR_FILE_CORRUPT');
    expect(index.byName.get('WU_E_SERVICE_STOP')?.map((n) => n.page)).toEqual([0x8024001e]);
  });
  // ~9,000 names from mingw-w64, Wine and the docs tables: about 415 KB, 95 KB gzipped
  it('survives a JSON round trip and stays under 450 KB', () => {
    const json = JSON.stringify(serializeCodeIndex(index));
    expect(json.length).toBeLessThan(450_000);
    const back = deserializeCodeIndex(JSON.parse(json));
    expect(back.names).toEqual(index.names);
    expect(back.pages).toEqual(index.pages);
  });
  it('rejects data of another format', () => {
    expect(() => deserializeCodeIndex({ version: 2 } as never)).toThrow(/unsupported/);
  });
  it('lists a value\'s names defined by value before their aliases (winerror.h defines DNS_ERROR_INVALID_NAME as ERROR_INVALID_NAME)', () => {
    expect(entries.find((e) => e.value === '0x8007007B')?.names.map((n) => [n.name, n.aliasOf])).toEqual([
      ['ERROR_INVALID_NAME', undefined],
      ['DNS_ERROR_INVALID_NAME', 'ERROR_INVALID_NAME'],
    ]);
    const back = deserializeCodeIndex(JSON.parse(JSON.stringify(serializeCodeIndex(index))));
    expect(back.byName.get('DNS_ERROR_INVALID_NAME')?.[0].aliasOf).toBe('ERROR_INVALID_NAME');
  });
});

describe('parseCodeTable', () => {
  it('reads a documents table with per-entry sources', () => {
    const table = parseCodeTable('header: Doc\nsource: https://a\nentries:\n  - { name: CBS_E_ABORT, value: "0x800f0821", kind: hresult, source: https://b }\n', 'x.yaml');
    expect(table.entries).toEqual([{ name: 'CBS_E_ABORT', value: '0x800F0821', kind: 'hresult', source: 'https://b' }]);
  });
  it.each([
    ['header: H\nsource: S\nentries:\n  - { name: A_B, value: "0x1", kind: wrong }\n', 4, /kind must be one of/],
    ['header: H\nsource: S\nentries:\n  - { name: A_B, value: "12x", kind: hresult }\n', 4, /is not 0x/],
    ['header: H\nsource: S\nentries:\n  - { name: A_B, value: "0x10000", kind: win32 }\n', 4, /at most 0xFFFF/],
    ['header: H\nsource: S\nentries:\n  - { name: A, value: "0x1", kind: other }\n  - { name: A, value: "0x1", kind: other }\n', 5, /listed twice \(first on line 4\)/],
    ['header: H\nentries: []\n', 1, /'source' must be/],
    ['header: H\nsource: S\nentries: [\n', 4, /./],
  ])('reports bad input with file and line (%#)', (text, line, message) => {
    try {
      parseCodeTable(text, 'docs/bad.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CodeTableError);
      expect((error as CodeTableError).message).toMatch(new RegExp(`^docs/bad\\.yaml:${line}: `));
      expect((error as CodeTableError).message).toMatch(message);
    }
  });
});
