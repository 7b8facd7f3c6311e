import { describe, expect, it } from 'vitest';
import { loadCodeIndex } from '../../scripts/lib/code-index.ts';
import { deserializeLookupData, serializeLookupData, type LookupData } from '../../src/search/lookup-data.ts';
import { lookUp } from '../../src/search/lookup.ts';
import { normalizeQuery } from '../../src/search/normalize-query.ts';

const index = loadCodeIndex();
// a round trip through the served form, as the browser gets it; one article about an unnamed value
const data: LookupData = deserializeLookupData(
  JSON.parse(JSON.stringify(serializeLookupData(index, [...index.pages.map((p) => '0x' + p.toString(16)), '0x802400FF'], ['kb5016623']))),
);
const ask = (q: string) => lookUp(normalizeQuery(q), data);
const firstPath = (q: string) => ask(q).hits[0]?.path;

describe('a code in any form goes straight to its page', () => {
  it.each(['0x80070570', '0X80070570', '80070570', '-2147023504', '2147943792', '1392', 'ERROR_FILE_CORRUPT', 'error_file_corrupt', '０ｘ８００７０５７０'])(
    '%s → codes/0x80070570/',
    (form) => expect(firstPath(form)).toBe('codes/0x80070570/'),
  );

  it('names the code and how the input was read', () => {
    expect(ask('-2145124322').hits[0]).toMatchObject({ kind: 'code', page: '0x8024001E', name: 'WU_E_SERVICE_STOP', form: 'signed-decimal' });
  });

  it('offers both readings of bare digits, decimal first as Err.exe does', () => {
    const pages = ask('1392').hits.map((h) => h.kind === 'code' && h.page);
    expect(pages.slice(0, 2)).toEqual(['0x80070570', '0x80071392']);
  });

  it('finds a code inside a sentence', () => {
    expect(firstPath('安装失败，错误为 0x8024001E')).toBe('codes/0x8024001e/');
  });

  it('goes to a page that exists only as an article, with no name in any header', () => {
    const answer = ask('0x802400FF');
    expect(answer.hits).toMatchObject([{ page: '0x802400FF' }]);
    expect(answer.unknown).toBeUndefined();
  });
});

describe('a KB number with a page goes to it', () => {
  it.each(['KB5016623', 'kb 5016623', '5016623'])('%s', (q) => expect(firstPath(q)).toBe('kb/kb5016623/'));
  it('a KB without a page is left to the full-text search', () => {
    expect(ask('KB6016623').hits).toEqual([]);
  });
});

describe('a value no page covers is decoded in place', () => {
  it('0x8024ABCD: no page, structural reading of its bits', () => {
    const answer = ask('0x8024ABCD');
    expect(answer.hits).toEqual([]);
    expect(answer.unknown).toMatchObject({ hex: '0x8024ABCD', hresult: { severity: 1, facility: 0x24, code: 0xabcd } });
  });
});

describe('plain words name nothing', () => {
  it.each(['文件损坏', 'update', '重启 回滚', 'DISM /Online'])('%s', (q) => {
    expect(ask(q)).toEqual({ hits: [] });
  });
  it('a part of a name is offered only for identifier-like input, five at most', () => {
    const hits = ask('FILE_CORRUPT').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits.every((h) => h.kind === 'code' && h.name?.includes('FILE_CORRUPT'))).toBe(true);
  });
});
