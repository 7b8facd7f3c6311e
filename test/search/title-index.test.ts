import { describe, expect, it } from 'vitest';
import { keywordMatches, titleMatches, titlePage, type TitleRow } from '../../src/search/title-index.ts';

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

describe('keywordMatches', () => {
  const rows: TitleRow[] = [
    ['codes/0x80070570/', 'article', '0x80070570 文件或目录损坏且无法读取', '文件损坏|文件已损坏|file corrupt'],
    ['codes/0x80070571/', 'article', '0x80070571 磁盘结构损坏'],
    ['symptoms/x/', 'symptom', '更新文件丢失', '文件损坏'],
  ];

  it('finds the article one of whose keywords is the whole query, phrases with spaces included', () => {
    expect(keywordMatches(rows, '文件损坏').map((r) => r[0])).toEqual(['codes/0x80070570/']);
    expect(keywordMatches(rows, ' File Corrupt ').map((r) => r[0])).toEqual(['codes/0x80070570/']);
  });

  it('finds nothing for part of a keyword, or under another kind filter', () => {
    expect(keywordMatches(rows, '损坏')).toEqual([]);
    expect(keywordMatches(rows, '文件损坏', 'runbook')).toEqual([]);
  });
});
