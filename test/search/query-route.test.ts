import { describe, expect, it } from 'vitest';
import { loadCodeIndex } from '../../scripts/lib/code-index.ts';
import { deserializeLookupData, serializeLookupData } from '../../src/search/lookup-data.ts';
import { lookUp } from '../../src/search/lookup.ts';
import { normalizeQuery } from '../../src/search/normalize-query.ts';
import { fullTextAfterLookup, routeQuery } from '../../src/search/query-route.ts';

const index = loadCodeIndex();
const data = deserializeLookupData(
  JSON.parse(JSON.stringify(serializeLookupData(index, index.pages.map((p) => '0x' + p.toString(16)), ['kb5016623']))),
);
const route = (q: string, kind: Parameters<typeof routeQuery>[1] = 'all') => routeQuery(normalizeQuery(q), kind);
/** What happens after the lookup of a lone identifier, with the real lookup data. */
const after = (q: string) => fullTextAfterLookup(lookUp(normalizeQuery(q), data));

describe('routeQuery', () => {
  it.each(['0x80070570', '80070570', '-2147023504', '2147943792', '1392', 'ERROR_FILE_CORRUPT', 'error_file_corrupt', 'KB5016623', 'kb 5016623', 'NOERROR', '０ｘ８００７０５７０'])(
    '%s: a lone code, KB number or name asks the lookup first, full text only if it does not answer',
    (q) => expect(route(q)).toEqual({ lookup: true, fullText: 'after-lookup' }),
  );

  it.each(['文件损坏', '有未完成的独占服务会话', 'corrupt', 'servicing stack', 'Windows'])('%s: Chinese and plain words go to full text alone', (q) => {
    expect(route(q)).toEqual({ lookup: false, fullText: 'now' });
  });

  it.each(['安装失败，错误为 0x8024001E', '错误0x800f0922', 'DISM 0x800f081f', 'KB5016623 哈希', 'KB6016623 安装失败', 'install KB 6016623 failed'])('%s: a code or KB number among words asks both at once', (q) => {
    expect(route(q)).toEqual({ lookup: true, fullText: 'now' });
  });

  it('with a filter the lookup cannot answer (articles, runbooks), a code goes to full text', () => {
    expect(route('0x80070570', 'runbook')).toEqual({ lookup: false, fullText: 'now' });
    expect(route('0x80070570', 'article')).toEqual({ lookup: false, fullText: 'now' });
    expect(route('0x80070570', 'code')).toEqual({ lookup: true, fullText: 'after-lookup' });
    expect(route('KB5016623', 'kb')).toEqual({ lookup: true, fullText: 'after-lookup' });
  });
});

describe('fullTextAfterLookup', () => {
  it.each(['0x80070570', '-2147023504', '1392', 'ERROR_FILE_CORRUPT', 'KB5016623'])('%s: the lookup named its page, pagefind is not needed', (q) => {
    expect(after(q)).toBe('none');
  });

  it('the decode of a value no page covers is the answer', () => {
    expect(after('0x8024ABCD')).toBe('none');
  });

  it.each([
    ['0x', 'half a code'],
    ['ERR', 'half a name'],
    ['FILE_CORRUPT', 'a part of names: suggestions, not an answer'],
    ['KB5099999', 'a KB number with no page'],
  ])('%s (%s): full text after a pause', (q) => {
    expect(after(q)).toBe('after-pause');
  });
});
