import { describe, expect, it } from 'vitest';
import { leadSentence, VERDICT_WORDS } from '../../../src/analyzer/report/verdict-words.ts';
import type { Verdict } from '../../../src/analyzer/report/verdict-model.ts';

const updates = (n: number) => Array.from({ length: n }, (_, i) => `KB50000${String(i).padStart(2, '0')}`);

describe('what the logs cover, in words', () => {
  it('names every installed update when there are few', () => {
    expect(VERDICT_WORDS.en.covers(2, '2022-10-12', '2022-10-28', ['KB5016623', 'KB5017315'], 0)).toBe(
      'The logs cover 2 files, 2022-10-12 to 2022-10-28; installed in that time: KB5016623, KB5017315.',
    );
  });

  it('names the first eight and counts the rest when a log installs dozens (store apps)', () => {
    const en = VERDICT_WORDS.en.covers(1, '2025-06-02', '2025-06-08', updates(37), 0);
    expect(en).toContain('KB5000007 and 29 more.');
    expect(en).not.toContain('KB5000008');
    const zh = VERDICT_WORDS['zh-CN'].covers(1, '2025-06-02', '2025-06-08', updates(37), 0);
    expect(zh).toContain('KB5000007 等共 37 项。');
  });

  it('says nothing was installed successfully, not that no install was recorded, when an install failed', () => {
    expect(VERDICT_WORDS.en.covers(1, '2016-07-13', undefined, [], 1)).toBe('The logs cover 1 file, 2016-07-13; nothing installed successfully.');
    expect(VERDICT_WORDS.en.covers(1, '2016-07-13', undefined, [], 0)).toBe('The logs cover 1 file, 2016-07-13; no install recorded.');
    expect(VERDICT_WORDS['zh-CN'].covers(1, '2016-07-13', undefined, [], 1)).toBe('日志范围：1 个文件，2016-07-13；期间没有成功的安装。');
  });

  it('with no file read as a log (a placeholder, a trace with nothing decoded), says so instead of "0 files"', () => {
    expect(VERDICT_WORDS.en.covers(0, undefined, undefined, [], 0)).toBe('No file here holds records of a log.');
    expect(VERDICT_WORDS['zh-CN'].covers(0, undefined, undefined, [], 0)).toBe('这些文件中没有可读的日志记录。');
  });
});

describe('the lead sentence of a verdict', () => {
  const verdict = (state: Verdict['state'], failed: number, more: Partial<Verdict> = {}): Verdict => ({
    state,
    coverage: { files: 1, installed: [], succeeded: 0, failed },
    recovered: [],
    unresolved: [],
    outlived: [],
    next: [],
    ...more,
  });
  const mention = { code: '0x80070002', count: 1, evidence: [] };

  it('is the state\'s own sentence for every state but inconclusive', () => {
    for (const state of ['failing', 'recovered', 'healthy'] as const) expect(leadSentence(verdict(state, 1), 'en')).toBe(VERDICT_WORDS.en.lead[state]);
  });

  it('says which reason makes a verdict inconclusive: codes with no outcome, a failure with no code, or no log read', () => {
    expect(leadSentence(verdict('inconclusive', 1, { unresolved: [mention] }), 'en')).toBe(VERDICT_WORDS.en.lead.inconclusive);
    expect(leadSentence(verdict('inconclusive', 1), 'zh-CN')).toBe(VERDICT_WORDS['zh-CN'].uncoded);
    expect(leadSentence(verdict('inconclusive', 0), 'en')).toBe(VERDICT_WORDS.en.unread);
  });

  it('names a standing problem a check found, by its runbook\'s title, when that is what makes it inconclusive', () => {
    const title = { 'zh-CN': '修复组件存储（DISM 与 SFC）', en: 'Repair the component store (DISM and SFC)' };
    const standing = [{ rule: 'runbook:component-store-repair#2', title, evidence: { file: 'CBS.log', line: 9, text: '' } }];
    expect(leadSentence(verdict('inconclusive', 0, { standing }), 'en')).toBe(VERDICT_WORDS.en.standing([title.en]));
    expect(leadSentence(verdict('inconclusive', 0, { standing }), 'zh-CN')).toContain('“修复组件存储（DISM 与 SFC）”');
    // codes with no outcome, or a failure with no code, come first: they say more
    expect(leadSentence(verdict('inconclusive', 1, { standing }), 'en')).toBe(VERDICT_WORDS.en.uncoded);
    expect(leadSentence(verdict('inconclusive', 0, { standing, unresolved: [mention] }), 'en')).toBe(VERDICT_WORDS.en.lead.inconclusive);
  });

  it('says logs that record no result of any operation cannot tell, and may be of another time or machine', () => {
    expect(leadSentence(verdict('inconclusive', 0, { noResult: true }), 'en')).toBe(VERDICT_WORDS.en.noResult);
    expect(leadSentence(verdict('inconclusive', 0, { noResult: true }), 'zh-CN')).toContain('无法判断更新能否正常安装');
  });

  it('says a healthy verdict whose logs record no install saw no failure, not that updates work', () => {
    expect(leadSentence(verdict('healthy', 0), 'en')).toBe(VERDICT_WORDS.en.quiet);
    expect(leadSentence(verdict('healthy', 0), 'zh-CN')).toContain('只能说明没有看到失败');
    const succeeded = verdict('healthy', 0, { coverage: { files: 1, installed: [], succeeded: 1, failed: 0 } });
    expect(leadSentence(succeeded, 'en')).toBe(VERDICT_WORDS.en.lead.healthy);
  });

  it('names where an operation started that its log ends before the result of, when that is what makes it inconclusive', () => {
    const unfinished = [{ file: 'dism.log', line: 15, text: '' }];
    expect(leadSentence(verdict('inconclusive', 0, { unfinished }), 'en')).toBe(VERDICT_WORDS.en.unfinished('dism.log:15'));
    expect(leadSentence(verdict('inconclusive', 0, { unfinished }), 'zh-CN')).toContain('（dism.log:15）');
    // codes with no outcome say more
    expect(leadSentence(verdict('inconclusive', 0, { unfinished, unresolved: [mention] }), 'en')).toBe(VERDICT_WORDS.en.lead.inconclusive);
    // unless they were written while the operation ran: they have no outcome because it has none yet
    const during = { ...mention, evidence: [{ file: 'dism.log', line: 20, text: '' }] };
    expect(leadSentence(verdict('inconclusive', 0, { unfinished, unresolved: [during] }), 'en')).toBe(VERDICT_WORDS.en.unfinished('dism.log:15'));
    const before = { ...mention, evidence: [{ file: 'dism.log', line: 3, text: '' }] };
    expect(leadSentence(verdict('inconclusive', 0, { unfinished, unresolved: [during, before] }), 'en')).toBe(VERDICT_WORDS.en.lead.inconclusive);
  });

  it('counts a failure that a later success outlived as history, not as the open failure', () => {
    const recovered = [{ update: {}, failure: { file: 'a', line: 1, text: '' }, fixedBy: { file: 'a', line: 2, text: '' } }];
    expect(leadSentence(verdict('inconclusive', 1, { recovered } as Partial<Verdict>), 'en')).toBe(VERDICT_WORDS.en.unread);
    expect(leadSentence(verdict('inconclusive', 2, { recovered } as Partial<Verdict>), 'en')).toBe(VERDICT_WORDS.en.uncoded);
  });
});
