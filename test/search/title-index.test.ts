import { describe, expect, it } from 'vitest';
import { isOneOf, titleMatches, titlePage, titleRows, type TitleRow } from '../../src/search/title-index.ts';

const rows: TitleRow[] = [
  ['codes/0x800f082f/', 'article', '0x800F082F 有未完成的独占服务会话（社区解读）'],
  ['codes/0x8024001e/', 'article', '0x8024001E 服务或系统正在关闭，操作未完成'],
  ['codes/0x8024002f/', 'article', '0x8024002F 因设置了 DisableWindowsUpdateAccess 策略，操作未完成'],
  ['runbooks/offline-install-with-hash-check/', 'runbook', '离线安装累积更新并核对 SHA-256'],
];

describe('titleMatches', () => {
  it('finds a title by any part of it', () => {
    expect(titleMatches(rows, '独占服务会话').map((r) => r[0])).toEqual(['codes/0x800f082f/']);
    expect(titleMatches(rows, 'disablewindowsupdateaccess').map((r) => r[0])).toEqual(['codes/0x8024002f/']);
  });
  it('lists the shortest title first when several hold the query', () => {
    expect(titleMatches(rows, '操作未完成').map((r) => r[0])).toEqual(['codes/0x8024001e/', 'codes/0x8024002f/']);
  });
  it('ignores width and case, and single characters', () => {
    expect(titleMatches(rows, 'ＳＨＡ-256')).toHaveLength(1);
    expect(titleMatches(rows, '务')).toEqual([]);
  });
  it('keeps to the chosen kind', () => {
    expect(titleMatches(rows, '更新', 'article')).toEqual([]);
    expect(titleMatches(rows, '更新', 'runbook')).toHaveLength(1);
  });
  it('makes a result the search box can list', () => {
    expect(titlePage(rows[3], '/runbooks/offline-install-with-hash-check/')).toMatchObject({ meta: { kind: 'runbook' }, filters: { kind: ['runbook'] } });
  });
});

describe("an article's keywords", () => {
  const keyworded: TitleRow[] = [
    ['codes/0x80070002/', 'article', '0x80070002 系统找不到指定的文件'],
    ['codes/0x80070570/', 'article', '0x80070570 文件或目录损坏且无法读取', '', ['文件损坏', '文件已损坏', 'corrupted file']],
  ];
  it('a keyword typed whole finds its article, though no title holds it', () => {
    expect(titleMatches(keyworded, '文件损坏').map((r) => r[0])).toEqual(['codes/0x80070570/']);
    expect(titleMatches(keyworded, 'Corrupted  File'.replace(/\s+/g, ' ')).map((r) => r[0])).toEqual(['codes/0x80070570/']);
  });
  it('a keyword match comes before longer titles holding the query', () => {
    const rows: TitleRow[] = [['runbooks/x/', 'runbook', '文件损坏'], ...keyworded, ['codes/0x1/', 'article', '0x1 文件已损坏']];
    expect(titleMatches(rows, '文件已损坏').map((r) => r[0])).toEqual(['codes/0x80070570/', 'codes/0x1/']);
  });
  it('a part of a keyword is not the keyword', () => {
    expect(titleMatches(keyworded, '件损')).toEqual([]);
    expect(isOneOf(['文件损坏'], '文件损坏了')).toBe(false);
  });
  it('travel with the result, one a line, so the ranking can see them', () => {
    expect(titlePage(keyworded[1], '/codes/0x80070570/').meta.keywords).toBe('文件损坏\n文件已损坏\ncorrupted file');
    expect(titlePage(keyworded[0], '/codes/0x80070002/').meta).not.toHaveProperty('keywords');
  });
  it('are written per language from the catalog, only for articles that have some', () => {
    const article = (code: string, zh: string[]) => ({ code, title: { 'zh-CN': 't', en: 't' }, keywords: { 'zh-CN': zh, en: [] } });
    const catalog = { articles: [article('0x80070570', ['文件损坏']), article('0x80070002', [])], runbooks: [], kbs: [] } as unknown as Parameters<typeof titleRows>[0];
    expect(titleRows(catalog, 'zh-CN')).toEqual([
      ['codes/0x80070570/', 'article', '0x80070570 t', '', ['文件损坏']],
      ['codes/0x80070002/', 'article', '0x80070002 t'],
    ]);
    expect(titleRows(catalog, 'en')[0]).toHaveLength(3);
  });
});
