import { describe, expect, it } from 'vitest';
import { groupFindings } from '../../../src/analyzer/report/finding-groups.ts';
import type { Finding } from '../../../src/analyzer/index.ts';

const title = { 'zh-CN': '修复组件存储（DISM 与 SFC）', en: 'Repair the component store (DISM and SFC)' };
const line = (n: number, text: string) => ({ file: 'CBS.log', line: n, text });
const finding = (rule: string, evidence: number[], extra: Partial<Finding> = {}): Finding => ({
  rule,
  title,
  file: 'CBS.log',
  log: 'cbs',
  evidence: evidence.map((n) => line(n, `line ${n}`)),
  links: { runbook: 'component-store-repair', kbs: [] },
  ...extra,
});

describe('findings as a reader is shown them', () => {
  it('two signatures of one runbook in one file are one lead, their lines joined in order', () => {
    const groups = groupFindings([finding('runbook:component-store-repair#1', [1], { code: '0x800F0831' }), finding('runbook:component-store-repair#2', [4, 1])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ rules: ['runbook:component-store-repair#1', 'runbook:component-store-repair#2'], code: '0x800F0831', title });
    expect(groups[0].evidence.map((e) => e.line)).toEqual([1, 4]);
  });

  it('keeps apart other files, other runbooks, rules with no runbook, and a finding cleared from one still open', () => {
    const groups = groupFindings([
      finding('runbook:component-store-repair#1', [1]),
      finding('runbook:component-store-repair#1', [1], { file: 'other/CBS.log' }),
      finding('runbook:offline-install#1', [2], { links: { runbook: 'offline-install', kbs: [] } }),
      finding('code:0x800F0831#1', [1], { links: { article: '0x800F0831', kbs: [] } }),
      finding('code:0x80070005#1', [3], { links: { article: '0x80070005', kbs: [] } }),
      finding('code:0x800F0922#1', [3], { links: { kbs: [] } }),
      finding('code:0x800F0922#2', [3], { links: { kbs: [] } }),
      finding('runbook:component-store-repair#2', [5], { cleared: line(9, 'fixed') }),
    ]);
    expect(groups.map((g) => g.rules)).toEqual([
      ['runbook:component-store-repair#1'],
      ['runbook:component-store-repair#1'],
      ['runbook:offline-install#1'],
      ['code:0x800F0831#1'],
      ['code:0x80070005#1'],
      ['code:0x800F0922#1'],
      ['code:0x800F0922#2'],
      ['runbook:component-store-repair#2'],
    ]);
  });

  it('a code\'s article and a runbook that both saw the code are one card, named by what the code means, linking the runbook', () => {
    const meaning = { 'zh-CN': '文件或目录损坏且无法读取', en: 'The file or directory is corrupted and unreadable' };
    const groups = groupFindings([
      finding('runbook:offline-install#1', [5], { code: '0x80070570', links: { runbook: 'offline-install', kbs: [] } }),
      finding('code:0x80070570#1', [5, 8], { code: '0x80070570', title: meaning, links: { article: '0x80070570', code: '0x80070570', kbs: ['KB5016623'] } }),
      finding('runbook:component-store-repair#3', [8], { code: '0x80070570' }),
      finding('runbook:offline-install#2', [2], { code: '0x80070490', links: { runbook: 'offline-install', kbs: [] } }),
    ]);
    expect(groups.map((g) => g.code)).toEqual(['0x80070570', '0x80070490']);
    expect(groups[0]).toMatchObject({ title: meaning, links: { article: '0x80070570', code: '0x80070570', kbs: ['KB5016623'], runbooks: ['offline-install', 'component-store-repair'] } });
    expect(groups[0].evidence.map((e) => e.line)).toEqual([5, 8]);
    // Another code's lines stay on its own card, though the same runbook saw both.
    expect(groups[1].evidence.map((e) => e.line)).toEqual([2]);
  });

  it('a runbook signature with no code joins the card of the code its runbook saw in that file', () => {
    const groups = groupFindings([finding('runbook:component-store-repair#2', [4]), finding('code:0x800F0831#1', [1], { code: '0x800F0831', links: { article: '0x800F0831', kbs: [] } }), finding('runbook:component-store-repair#1', [1], { code: '0x800F0831' })]);
    expect(groups.map((g) => g.rules)).toEqual([['runbook:component-store-repair#2', 'code:0x800F0831#1', 'runbook:component-store-repair#1']]);
    expect(groups[0].links.runbooks).toEqual(['component-store-repair']);
  });

  it('two rules of one code\'s article are one lead too', () => {
    const article = { links: { article: '0x800F0831', code: '0x800F0831', kbs: [] } };
    expect(groupFindings([finding('code:0x800F0831#1', [2], article), finding('code:0x800F0831#2', [7], article)]).map((g) => g.rules)).toEqual([['code:0x800F0831#1', 'code:0x800F0831#2']]);
  });

  it('leaves the findings it was given as they were', () => {
    const first = finding('runbook:component-store-repair#1', [1], { links: { runbook: 'component-store-repair', kbs: ['KB5005565'] } });
    groupFindings([first, finding('runbook:component-store-repair#2', [4], { links: { runbook: 'component-store-repair', kbs: ['KB5006670'] } })]);
    expect(first.evidence.map((e) => e.line)).toEqual([1]);
    expect(first.links.kbs).toEqual(['KB5005565']);
  });
});
