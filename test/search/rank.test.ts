import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../src/search/normalize-query.ts';
import { holdsAsWords, mergeResults, searchPlan, symptomsFirst } from '../../src/search/rank.ts';
import type { FoundPage } from '../../src/search/results.ts';

const page = (url: string, title: string): FoundPage => ({ url, excerpt: '<mark>x</mark>', meta: { title } });

describe('searchPlan', () => {
  it('searches a run of Chinese characters as a phrase first, then as words', () => {
    expect(searchPlan(normalizeQuery('没有更新'))).toEqual(['"没有更新"', '没有更新']);
  });
  it('searches codes, Latin words and spaced queries as words only', () => {
    expect(searchPlan(normalizeQuery('80070570'))).toEqual(['0x80070570']);
    expect(searchPlan(normalizeQuery('DISM'))).toEqual(['DISM']);
    expect(searchPlan(normalizeQuery('重启 回滚'))).toEqual(['重启 回滚']);
  });
});

describe('mergeResults', () => {
  const a = page('/codes/0x8024001b/', '0x8024001B Windows 更新代理正在自我更新');
  const b = page('/codes/0x80240024/', '0x80240024 WU_E_NO_UPDATE 没有更新');
  const c = page('/runbooks/x/', '安全清空 SoftwareDistribution');

  it('puts pages whose title holds the whole query first', () => {
    expect(mergeResults([[c, b], [a, b]], '没有更新').map((p) => p.url)).toEqual([b.url, c.url, a.url]);
  });
  it('keeps each page once, in plan order, when no title holds the query', () => {
    expect(mergeResults([[c], [a, c]], '清理').map((p) => p.url)).toEqual([c.url, a.url]);
  });
  it('puts a page whose search words hold the whole query with the titled ones', () => {
    const d = { ...page('/codes/0x80070570/', '0x80070570 文件或目录损坏且无法读取'), meta: { title: '0x80070570 文件或目录损坏且无法读取', aliases: '0x80070570 1392 文件损坏' } };
    expect(mergeResults([[c, d], [a]], '文件损坏')[0].url).toBe(d.url);
    // a word that merely contains the query is not a search word for it
    expect(mergeResults([[c, d]], '件损')[0].url).toBe(c.url);
  });
  it("puts no page first for a word its symbolic name only contains: 'rollback' is not ERROR_SECUREBOOT_ROLLBACK_DETECTED", () => {
    const stub = page('/en/codes/0x80071144/', '0x80071144 ERROR_SECUREBOOT_ROLLBACK_DETECTED');
    const article = page('/en/symptoms/rollback-at-restart/', 'The update rolls back at restart: rollback of the install');
    expect(mergeResults([[stub, article]], 'rollback').map((p) => p.url)).toEqual([article.url, stub.url]);
  });
  it('holds a query as words where its ASCII ends meet no letter, digit or _; Chinese anywhere', () => {
    expect(holdsAsWords('update rollback at restart', 'rollback')).toBe(true);
    expect(holdsAsWords('error_secureboot_rollback_detected', 'rollback')).toBe(false);
    expect(holdsAsWords('rollbacks', 'rollback')).toBe(false);
    expect(holdsAsWords('0x80240024 wu_e_no_update', 'wu_e_no_update')).toBe(true);
    expect(holdsAsWords('重启时回滚', '回滚')).toBe(true);
    expect(holdsAsWords('kb5016623补丁', 'kb5016623')).toBe(true);
  });
  it('compares titles without case and width', () => {
    expect(mergeResults([[a, b]], 'wu_e_no_update')[0].url).toBe(b.url);
  });
  it("a page the title list names by a keyword is first, though pagefind's copy lacks the keyword", () => {
    // pagefind's aliases are words split at spaces: a keyword with a space is known to the title list only
    const found = { ...page('/codes/0xc000021a/', '0xC000021A 系统进程意外终止'), meta: { title: '0xC000021A 系统进程意外终止', aliases: '0xC000021A blue screen' } };
    const titled = { url: found.url, excerpt: '', meta: { title: found.meta.title, keywords: 'blue screen\nstop code' } };
    const merged = mergeResults([[c, a, found], [titled]], 'Blue Screen');
    expect(merged.map((p) => p.url)).toEqual([found.url, c.url, a.url]);
    expect(merged[0].excerpt).toBe('<mark>x</mark>'); // pagefind's copy, with its excerpt
  });
  it('puts a page a search word names before pages whose title merely holds the query', () => {
    const titled = page('/codes/0x80071a97/', '0x80071A97 事务已中止');
    const keyworded = { url: '/codes/0x80071a91/', excerpt: '', meta: { title: '0x80071A91 资源管理器不可用', keywords: '事务\nfsutil' } };
    expect(mergeResults([[c, titled], [keyworded]], '事务').map((p) => p.url)).toEqual([keyworded.url, titled.url, c.url]);
  });
});

describe('symptomsFirst', () => {
  const msi = page('/codes/0x8007066a/', '0x8007066A 无法安装此修补程序包');
  const other = page('/codes/0x80070643/', '0x80070643 安装时发生严重错误');
  const symptom = (keywords: string) => ({ url: '/symptoms/history-install-failed/', excerpt: '', meta: { title: '更新历史记录里显示安装失败', keywords } });

  it('puts a symptom one of whose search words is the whole query before a page whose title merely holds it', () => {
    const urls = symptomsFirst([symptom('无法安装\n安装失败')], [msi, other], '无法安装', 10).map((p) => p.url);
    expect(urls).toEqual(['/symptoms/history-install-failed/', msi.url, other.url]);
  });

  it('keeps a page found by its search word before a symptom with the same search word', () => {
    const article = { url: '/codes/0x80070070/', excerpt: '<mark>x</mark>', meta: { title: '0x80070070 磁盘空间不足', keywords: 'disk full' } };
    const low = { url: '/symptoms/low-disk-space/', excerpt: '', meta: { title: 'Low disk space', keywords: 'disk full' } };
    expect(symptomsFirst([low], [other, article], 'disk full', 10).map((p) => p.url)).toEqual([article.url, low.url, other.url]);
  });

  it('puts pages whose title holds the query before a symptom the query only describes, and lists each page once', () => {
    const described = symptom('安装失败');
    const urls = symptomsFirst([described], [other, described, msi], '无法安装', 10).map((p) => p.url);
    expect(urls).toEqual([msi.url, described.url, other.url]);
    expect(symptomsFirst([described], [other, msi], '无法安装', 2)).toHaveLength(2);
  });
});
