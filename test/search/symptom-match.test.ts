import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileFromDisk } from '../../scripts/lib/load-catalog.ts';
import { matchSymptoms, symptomIndex, tokens, type SymptomIndex } from '../../src/search/symptom-match.ts';
import { titleRows, type TitleRow } from '../../src/search/title-index.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const rows: TitleRow[] = [
  ['symptoms/rollback/', 'symptom', '重启时撤销更改', '正在撤销对计算机所做的更改 更新回滚 undoing changes rollback'],
  ['symptoms/download/', 'symptom', '下载停在 0%', '下载卡在0% 下载不动 download stuck downloading'],
  ['symptoms/again/', 'symptom', '装好后又要装', '重启后又要更新 更新反复出现 update offered again'],
  ['runbooks/x/', 'runbook', '撤销更改的手册'],
];
const index = symptomIndex(rows);
const ids = (text: string, i: SymptomIndex = index) => matchSymptoms(i, text).map((m) => m.row[0]);

describe('tokens', () => {
  it('cuts Chinese into character pairs and other text into words, dropping words that say nothing', () => {
    expect(tokens('撤销更改')).toEqual(['撤销', '销更', '更改']);
    expect(tokens("Update doesn't install: stuck at 0%")).toEqual(['updat', 'doesnt', 'install', 'stuck', '0%']);
  });

  it('takes the ending off an English word, so the forms a customer types meet those a page was written in', () => {
    expect(tokens('installing installed install')).toEqual(['install', 'install', 'install']);
    expect(tokens('updates updating updated update')).toEqual(['updat', 'updat', 'updat', 'updat']);
    expect(tokens('errors error processes process')).toEqual(['error', 'error', 'process', 'process']);
    // short words, and words of digits, stay as they are
    expect(tokens('fails stuck 0x80070570 kb5016623')).toEqual(['fail', 'stuck', '0x80070570', 'kb5016623']);
  });

  it('drops the Chinese pairs that only say something happened (出现, 怎么办)', () => {
    expect(tokens('出现错误怎么办')).toEqual(['现错', '错误', '误怎']);
  });
});

describe('matchSymptoms', () => {
  it('finds the symptom a sentence describes, not pages of other kinds', () => {
    expect(ids('电脑重启以后一直显示正在撤销对计算机所做的更改')).toEqual(['symptoms/rollback/']);
    expect(ids('更新下载一直卡在0%')).toEqual(['symptoms/download/']);
  });

  it('recognises a word one typo away', () => {
    expect(ids('downlod stuck')).toEqual(['symptoms/download/']);
    expect(ids('udnoing changes')).toEqual(['symptoms/rollback/']);
  });

  it('puts first the symptom one of whose search words is the whole query, though others hold its words too', () => {
    const generic = symptomIndex([
      ['symptoms/connect/', 'symptom', '检查更新时无法连接', '更新失败时提示无法连接到更新服务'],
      ['symptoms/history/', 'symptom', '历史记录显示安装失败', '设置里的更新历史', ['更新失败']],
      ['symptoms/download/', 'symptom', '更新下载失败', '下载到一半失败'],
    ]);
    expect(ids('更新失败', generic)[0]).toBe('symptoms/history/');
  });

  it('between symptoms the query describes equally, prefers the one whose title holds its words', () => {
    const even = symptomIndex([
      ['symptoms/a/', 'symptom', '事件查看器中的记录', '安装失败后出现'],
      ['symptoms/b/', 'symptom', '补丁安装失败', '事件查看器中的记录'],
      ['symptoms/c/', 'symptom', '别的现象', '无关的描述'],
      ['symptoms/d/', 'symptom', '下载停在零', '进度不动'],
      ['symptoms/e/', 'symptom', '时间不对', '证书错误'],
      ['symptoms/f/', 'symptom', '磁盘空间不足', '保留分区已满'],
    ]);
    expect(ids('安装失败', even)).toEqual(['symptoms/b/', 'symptoms/a/']);
  });

  it('keeps, for a query with a code, only the symptoms that name that code', () => {
    const coded = symptomIndex([
      ['symptoms/clock/', 'symptom', 'Certificate errors when installing', 'reports 0x800B0101'],
      ['symptoms/shutdown/', 'symptom', 'Install failed after shutdown', 'error 0x8024001E when installing'],
      ...['disk full', 'download stuck', 'restart loop', 'service disabled'].map((title, i): TitleRow => [`symptoms/other-${i}/`, 'symptom', title, '']),
    ]);
    expect(ids('error when installing', coded)).toEqual(['symptoms/clock/', 'symptoms/shutdown/']);
    expect(ids('error 0x8024001e when installing', coded)).toEqual(['symptoms/shutdown/']);
    expect(ids('error 8024001E installing', coded)).toEqual(['symptoms/shutdown/']);
    expect(ids('error 0x80070570 when installing', coded)).toEqual([]);
  });

  it('lets no word shared by every symptom decide alone, and finds nothing for unrelated words', () => {
    expect(ids('更新')).toEqual([]);
    expect(ids('printer driver')).toEqual([]);
  });
});

describe('customer phrasings against the real symptoms', () => {
  const { phrasings } = JSON.parse(readFileSync('test/fixtures/symptom-phrasings.json', 'utf8')) as { phrasings: { lang: Lang; q: string; symptom: string }[] };
  const indexes = {} as Record<Lang, SymptomIndex>;
  beforeAll(async () => {
    const { catalog } = await compileFromDisk();
    for (const lang of ['zh-CN', 'en'] as const) indexes[lang] = symptomIndex(titleRows(catalog, lang));
  }, 60_000);

  it('opens the general symptom first for the generic phrases customers type', () => {
    expect(ids('更新失败', indexes['zh-CN'])[0]).toBe('symptoms/history-install-failed/');
    expect(ids('无法安装', indexes['zh-CN'])[0]).toBe('symptoms/history-install-failed/');
    expect(ids('update failed', indexes.en)[0]).toBe('symptoms/history-install-failed/');
    // not the clock's certificate errors, whose title holds "update" and "error" among six words of its own
    expect(ids('update error when installing', indexes.en)[0]).toBe('symptoms/history-install-failed/');
    expect(ids('安装更新时出现错误', indexes['zh-CN'])[0]).toBe('symptoms/history-install-failed/');
  });

  it('leaves a code no symptom names to its own page', () => {
    expect(ids('error 0x80070570 when installing', indexes.en)).toEqual([]);
    expect(ids('0x8024001E 关机', indexes['zh-CN'])).toEqual(['symptoms/install-interrupted-by-shutdown/']);
  });

  it("finds a symptom by the other language's words: English typed on the Chinese site, and the reverse", () => {
    expect(ids('hash mismatch', indexes['zh-CN'])[0]).toBe('symptoms/package-hash-mismatch/');
    expect(ids('哈希不一致', indexes.en)[0]).toBe('symptoms/package-hash-mismatch/');
  });

  it(`put the right symptom in the top 3 for at least 90 % of ${phrasings.length} phrasings`, () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(40);
    const misses = phrasings.filter((p) => !ids(p.q, indexes[p.lang]).includes(`symptoms/${p.symptom}/`));
    const rate = 1 - misses.length / phrasings.length;
    console.log(`symptom matching: ${(rate * 100).toFixed(1)} % in the top 3; missed: ${misses.map((m) => m.q).join(' | ') || 'none'}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});
