import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_INCLUDE, DEFAULT_WINE_INCLUDE, importAll, importCodeTables } from '../../scripts/import-code-tables.ts';
import { isExcludedName } from '../../scripts/import/headers.ts';
import { evaluate } from '../../scripts/import/evaluate.ts';
import { parseHeader } from '../../scripts/import/parse-header.ts';
import { parseCodeTable } from '../../src/catalog/parse-code-table.ts';
import type { CodeTable } from '../../src/catalog/code-tables.ts';

const FIXTURES = new URL('../fixtures/headers', import.meta.url).pathname;
const WINE_FIXTURES = new URL('../fixtures/headers-wine', import.meta.url).pathname;
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function importInto(
  include: string,
  packageLabel = 'mingw-w64-common test',
  wine?: { include: string; packageLabel: string },
): { dir: string; tables: Map<string, CodeTable>; skipped: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'code-tables-'));
  temp.push(dir);
  const { skipped } = wine
    ? importAll({ include, wineInclude: wine.include, out: dir, packageLabel, winePackageLabel: wine.packageLabel })
    : importCodeTables({ include, out: dir, packageLabel });
  const tables = new Map<string, CodeTable>();
  for (const file of readdirSync(dir)) tables.set(file, parseCodeTable(readFileSync(join(dir, file), 'utf8'), file));
  return { dir, tables, skipped };
}

const byName = (table: CodeTable | undefined, name: string) => table?.entries.find((e) => e.name === name);

describe('evaluate', () => {
  const none = () => undefined;
  it('reads typed literals and suffixes', () => {
    expect(evaluate('__MSABI_LONG(0x5L)', none)).toBe(5);
    expect(evaluate('_HRESULT_TYPEDEF_(0x8024001EL)', none)).toBe(0x8024001e);
    expect(evaluate('((NTSTATUS)0xC0000034L)', none)).toBe(0xc0000034);
    expect(evaluate('1392UL', none)).toBe(1392);
  });
  it('computes expressions over other names', () => {
    const names: Record<string, number> = { WSABASEERR: 10000, APPLICATION_ERROR_MASK: 0x20000000, ERROR_SEVERITY_ERROR: 0xc0000000 };
    expect(evaluate('(WSABASEERR+4)', (n) => names[n])).toBe(10004);
    expect(evaluate('(APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x219)', (n) => names[n])).toBe(0xe0000219);
    expect(evaluate('MAKE_HRESULT(1, 7, 1168)', none)).toBe(0x80070490);
    expect(evaluate('HRESULT_FROM_WIN32(122)', none)).toBe(0x8007007a);
    expect(evaluate('-1', none)).toBe(0xffffffff);
  });
  it('refuses unknown names instead of guessing', () => {
    expect(() => evaluate('(UNKNOWN_BASE + 1)', none)).toThrow(/UNKNOWN_BASE/);
    expect(() => evaluate('1 +', none)).toThrow();
  });
});

describe('parseHeader', () => {
  it('keeps the first branch of #if/#else and reports the shadowed define', () => {
    const parsed = parseHeader('#if A\n#define E_X 1\n#else\n#define E_X 2\n#endif\n#define F(a) a\n');
    expect(parsed.defines.get('E_X')).toMatchObject({ body: '1', line: 2, inElse: false });
    expect(parsed.shadowed.map((d) => [d.name, d.line, d.inElse])).toEqual([['E_X', 4, true]]);
    expect(parsed.defines.has('F')).toBe(false);
    expect(parsed.macros.get('F')).toEqual({ params: ['a'], body: 'a' });
  });
  it('joins continuation lines and ignores comments', () => {
    const parsed = parseHeader('/* #define NOT_ME 1 */\n#define LONG_ONE \\\n  0x10 // trailing\n');
    expect(parsed.defines.has('NOT_ME')).toBe(false);
    expect(parsed.defines.get('LONG_ONE')).toMatchObject({ body: '0x10', line: 2 });
  });
});

describe('importCodeTables on header snippets', () => {
  const { tables, skipped } = importInto(FIXTURES);
  const winerror = tables.get('winerror.h.json');

  it('writes one table per header found, with the package as source', () => {
    expect([...tables.keys()].sort()).toEqual(['corerror.h.json', 'setupapi.h.json', 'winerror.h.json', 'wininet.h.json', 'wuerror.h.json']);
    expect(winerror?.source).toBe('mingw-w64-common test');
  });
  it('tells Win32 codes from HRESULTs, and aliases read like their target', () => {
    expect(byName(winerror, 'ERROR_FILE_CORRUPT')).toMatchObject({ value: '0x00000570', kind: 'win32' });
    expect(byName(winerror, 'S_OK')).toMatchObject({ value: '0x00000000', kind: 'hresult' });
    expect(byName(winerror, 'NOERROR')).toMatchObject({ value: '0x00000000', kind: 'hresult' });
    expect(byName(winerror, 'DNS_ERROR_INVALID_DATA')).toMatchObject({ value: '0x0000000D', kind: 'win32' });
    expect(byName(winerror, 'E_NOT_SUFFICIENT_BUFFER')).toMatchObject({ value: '0x8007007A', kind: 'hresult' });
  });
  it('marks a name defined as another of the same value as its alias', () => {
    expect(byName(winerror, 'NOERROR')?.aliasOf).toBe('S_OK');
    expect(byName(winerror, 'DNS_ERROR_INVALID_DATA')?.aliasOf).toBe('ERROR_INVALID_DATA');
    expect(byName(winerror, 'ERROR_INVALID_DATA')?.aliasOf).toBeUndefined();
    expect(byName(winerror, 'E_NOT_SUFFICIENT_BUFFER')?.aliasOf).toBeUndefined();
  });
  it('takes the #if value of a name defined again under #else, and says so', () => {
    expect(byName(winerror, 'E_NOTIMPL')?.value).toBe('0x80004001');
    expect(skipped).toContain('winerror.h:20: E_NOTIMPL: defined again as 0x80000001 under #else; the definition on line 18 is kept');
  });
  it('evaluates expressions and leaves out guards, facilities and range markers', () => {
    expect(byName(winerror, 'WSAEINTR')?.value).toBe('0x00002714');
    for (const name of ['_WINERROR_', 'FACILITY_WIN32', 'SEVERITY_ERROR', 'WSABASEERR', 'OLE_E_FIRST', 'HRESULT_CODE']) {
      expect(byName(winerror, name), name).toBeUndefined();
    }
    expect(byName(tables.get('wuerror.h.json'), 'WU_E_PT_SOAPCLIENT_BASE')?.value).toBe('0x80244000');
  });
  it('reports a name it cannot evaluate with header and line', () => {
    expect(byName(winerror, 'ERROR_BROKEN_MACRO')).toBeUndefined();
    expect(skipped).toContainEqual(expect.stringMatching(/^winerror\.h:28: ERROR_BROKEN_MACRO: unknown name UNDEFINED_THING/));
  });
  it('reads setupapi.h codes through winnt.h masks, and header-local macros', () => {
    expect(byName(tables.get('setupapi.h.json'), 'ERROR_NO_ASSOCIATED_SERVICE')).toMatchObject({ value: '0xE0000219', kind: 'setupapi' });
    expect(byName(tables.get('setupapi.h.json'), 'SETUP_SOME_FLAG')).toBeUndefined();
    expect(byName(tables.get('corerror.h.json'), 'COR_E_ASSEMBLYEXPECTED')?.value).toBe('0x80131018');
    expect(byName(tables.get('corerror.h.json'), 'COR_E_INVALIDCAST')?.value).toBe('0x80004001');
    expect(tables.get('wininet.h.json')?.entries.map((e) => [e.name, e.value, e.kind])).toEqual([
      ['ERROR_INTERNET_TIMEOUT', '0x00002EE2', 'win32'],
      ['ERROR_INTERNET_CONNECTION_ABORTED', '0x00002EFE', 'win32'],
    ]);
  });
  it('writes the same bytes when run again', () => {
    const first = importInto(FIXTURES);
    const second = importInto(FIXTURES);
    for (const file of readdirSync(first.dir)) {
      expect(readFileSync(join(second.dir, file), 'utf8')).toBe(readFileSync(join(first.dir, file), 'utf8'));
    }
  });
});

describe('range bases', () => {
  it('are left out, but codes that merely end in BASE are kept', () => {
    for (const name of ['WSABASEERR', 'NERR_BASE', 'DNS_ERROR_ZONE_BASE']) expect(isExcludedName(name, '9000'), name).toBe(true);
    expect(isExcludedName('ERROR_IMAGE_NOT_AT_BASE', '700')).toBe(false);
    expect(isExcludedName('ERROR_IMAGE_AT_DIFFERENT_BASE', '807')).toBe(false);
    expect(isExcludedName('STATUS_IMAGE_NOT_AT_BASE', '((NTSTATUS)0x40000003L)')).toBe(false);
    expect(isExcludedName('STATUS_FREE_VM_NOT_AT_BASE', '((NTSTATUS)0xC000009FL)')).toBe(false);
    expect(isExcludedName('WU_E_PT_SOAPCLIENT_BASE', '_HRESULT_TYPEDEF_(0x80244000L)')).toBe(false);
  });
});

describe('importAll: Wine fills what mingw-w64 lacks', () => {
  const { tables, skipped } = importInto(FIXTURES, 'mingw-w64-common test', { include: WINE_FIXTURES, packageLabel: 'libwine-dev test' });
  const wine = tables.get('wine-winerror.h.json');

  it('files the second source under wine/<header>, with its own package as source', () => {
    expect([...tables.keys()].sort()).toEqual([
      'corerror.h.json', 'setupapi.h.json', 'wine-ntstatus.h.json', 'wine-setupapi.h.json', 'wine-winerror.h.json', 'winerror.h.json', 'wininet.h.json', 'wuerror.h.json',
    ]);
    expect(wine).toMatchObject({ header: 'wine/winerror.h', source: 'libwine-dev test' });
    expect(skipped.filter((line) => line.startsWith('wine/'))).toEqual([]);
  });
  it('takes only the names mingw-w64 does not define', () => {
    expect(wine?.entries.map((e) => [e.name, e.value, e.kind])).toEqual([
      ['ERROR_IMAGE_NOT_AT_BASE', '0x000002BC', 'win32'],
      ['ERROR_TRANSACTION_NOT_ACTIVE', '0x00001A2D', 'win32'],
      ['ERROR_RM_NOT_ACTIVE', '0x00001A91', 'win32'],
      ['ERROR_RM_METADATA_CORRUPT', '0x00001A92', 'win32'],
      ['SCHED_E_SERVICE_NOT_RUNNING', '0x80041315', 'hresult'],
    ]);
    expect(tables.get('wine-ntstatus.h.json')?.entries.map((e) => e.name)).toEqual(['STATUS_SUCCESS', 'STATUS_IMAGE_AT_DIFFERENT_BASE']);
    // a setup error mingw-w64 lacks, read as setupapi.h's own (0x800F024B as an HRESULT)
    expect(tables.get('wine-setupapi.h.json')?.entries.map((e) => [e.name, e.value, e.kind])).toEqual([['ERROR_FILE_HASH_NOT_IN_CATALOG', '0xE000024B', 'setupapi']]);
  });
  it('writes the same bytes when run again', () => {
    const again = importInto(FIXTURES, 'mingw-w64-common test', { include: WINE_FIXTURES, packageLabel: 'libwine-dev test' });
    const once = importInto(FIXTURES, 'mingw-w64-common test', { include: WINE_FIXTURES, packageLabel: 'libwine-dev test' });
    expect(readdirSync(again.dir).sort()).toEqual(readdirSync(once.dir).sort());
    for (const file of readdirSync(again.dir)) expect(readFileSync(join(again.dir, file), 'utf8'), file).toBe(readFileSync(join(once.dir, file), 'utf8'));
  });
});

const headersInstalled = existsSync(join(DEFAULT_INCLUDE, 'winerror.h')) && existsSync(join(DEFAULT_WINE_INCLUDE, 'winerror.h'));
describe.skipIf(!headersInstalled)('the committed tables', () => {
  it('are what the importer writes from the installed mingw-w64-common and libwine-dev headers', () => {
    const committed = new URL('../../content/code-tables', import.meta.url).pathname;
    const label = JSON.parse(readFileSync(join(committed, 'winerror.h.json'), 'utf8')).source as string;
    const wineLabel = JSON.parse(readFileSync(join(committed, 'wine-winerror.h.json'), 'utf8')).source as string;
    const fresh = importInto(DEFAULT_INCLUDE, label, { include: DEFAULT_WINE_INCLUDE, packageLabel: wineLabel });
    const files = readdirSync(fresh.dir).sort();
    expect(files).toEqual(readdirSync(committed).filter((f) => f.endsWith('.json')).sort());
    for (const file of files) {
      expect(readFileSync(join(fresh.dir, file), 'utf8'), file).toBe(readFileSync(join(committed, file), 'utf8'));
    }
  });
});
