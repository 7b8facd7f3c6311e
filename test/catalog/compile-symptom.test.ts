import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/catalog/compile.ts';
import { ContentError } from '../../src/catalog/content-error.ts';
import { symptomLinks } from '../../src/catalog/symptom-links.ts';
import { input, lineOf } from './fixtures.ts';

const SYMPTOM = `---
id: rollback-at-restart
title:
  zh-CN: 重启时撤销更改
  en: Changes are undone at restart
summary:
  zh-CN: 更新在重启时回滚。
  en: The update rolls back at restart.
where: restart-screen
seen:
  zh-CN: 屏幕显示正在撤销更改。
  en: The screen says changes are being undone.
quote:
  en: https://example.test/ui-text
causes:
  zh-CN: [文件损坏]
  en: [A corrupt file]
questions:
  - ask:
      zh-CN: 更新历史中的代码是什么？
      en: Which code does the update history show?
    answers:
      - label: { zh-CN: "0x80070570", en: "0x80070570" }
        go: "0x80070570"
      - label: { zh-CN: 没有代码, en: No code }
        go: q-2
  - ask:
      zh-CN: 哈希核对过吗？
      en: Was the hash checked?
    answers:
      - label: { zh-CN: 没有, en: No }
        go: offline-install#step-1
      - label: { zh-CN: 核对过, en: Yes }
        go: offline-install#step-2
search:
  zh-CN: [撤销更改, 正在撤消更改]
  en: [undoing changes]
reviewed: 2026-12-01
sources:
  - https://example.test/symptom
---
`;

const PATH = 'content/symptoms/rollback-at-restart.md';
const compile = (text = SYMPTOM) => compileCatalog(input({ extra: { symptoms: [{ path: PATH, text }] } })).catalog;

function errorOf(text: string): string {
  try {
    compile(text);
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n')[0];
    throw error;
  }
  throw new Error('expected a content error');
}

describe('symptoms', () => {
  it('compile into questions with anchors, targets, quotes and search words', () => {
    const [symptom] = compile().symptoms;
    expect(symptom.place).toBe('restart-screen');
    expect(symptom.quoted).toEqual({ en: 'https://example.test/ui-text' });
    expect(symptom.questions.map((q) => q.id)).toEqual(['q-1', 'q-2']);
    expect(symptom.questions[0].answers.map((a) => a.go)).toEqual([
      { kind: 'code', code: '0x80070570' },
      { kind: 'question', id: 'q-2' },
    ]);
    expect(symptom.questions[1].answers[1].go).toEqual({ kind: 'runbook', runbook: 'offline-install', step: 2 });
    expect(symptom.searchWords).toEqual({ 'zh-CN': ['撤销更改', '正在撤消更改'], en: ['undoing changes'] });
  });

  it('know which runbooks and code articles they lead to, for the links back', () => {
    const catalog = compile();
    expect(catalog.symptoms[0].runbooks).toEqual(['offline-install']);
    expect(catalog.symptoms[0].codes).toEqual(['0x80070570']);
    const links = symptomLinks(catalog.symptoms);
    expect(links.byRunbook.get('offline-install')?.map((s) => s.id)).toEqual(['rollback-at-restart']);
    expect(links.byCode.get('0x80070570')?.map((s) => s.title.en)).toEqual(['Changes are undone at restart']);
    expect(links.byCode.get('0x8024001E')).toBeUndefined();
  });

  it.each([
    ['a step the runbook does not have', 'go: offline-install#step-2', 'go: offline-install#step-9', "runbook 'offline-install' has no step 9: it has 2 steps"],
    ['a runbook that does not exist', 'go: offline-install#step-2', 'go: no-such-runbook#step-1', "runbook 'no-such-runbook' does not exist"],
    ['a code without an article', 'go: "0x80070570"', 'go: "0x8024001E"', 'code 0x8024001E has no article'],
    ['a question that does not exist', 'go: q-2', 'go: q-7', 'q-7 does not exist: this symptom has 2 questions'],
    ['an answer leading back', 'go: offline-install#step-1', 'go: q-1', 'question 2 leads back to q-1'],
    ['a symptom that does not exist', 'go: q-2', 'go: symptom:no-such-symptom', "symptom 'no-such-symptom' does not exist"],
    ['a target in no known form', 'go: q-2', 'go: see the runbook', "'see the runbook' is not a target"],
  ])('stop on %s, naming the file and line of the answer', (_, from, to, message) => {
    const text = SYMPTOM.replace(from, to);
    expect(errorOf(text)).toBe(`${PATH}:${lineOf(text, to)}: ${message}`);
  });

  it('stop on a question that no answer reaches', () => {
    const text = SYMPTOM.replace('go: q-2', 'go: offline-install#step-1');
    expect(errorOf(text)).toBe(`${PATH}:${lineOf(text, 'Was the hash') - 2}: question 2 is never reached: no answer leads to q-2`);
  });

  it('stop on an unknown place, a quote in an unknown language and missing search words', () => {
    expect(errorOf(SYMPTOM.replace('where: restart-screen', 'where: desktop'))).toMatch(/:9: 'where' must be one of settings, restart-screen/);
    expect(errorOf(SYMPTOM.replace('  en: https://example.test/ui-text', '  fr: https://example.test/ui-text'))).toBe(`${PATH}:14: 'quote.fr' is not a language: use zh-CN or en`);
    expect(errorOf(SYMPTOM.replace('  en: [undoing changes]\n', ''))).toMatch(/'search' needs words in both zh-CN and en/);
  });

  it('stop on a label YAML read as a number or split by a comma', () => {
    const number = SYMPTOM.replace('en: "0x80070570" }', 'en: 0x80070570 }');
    expect(errorOf(number)).toBe(`${PATH}:${lineOf(number, 'en: 0x80070570 }')}: label.en was read as a number`);
    const comma = SYMPTOM.replace('en: No code }', 'en: No code, or another code }');
    expect(errorOf(comma)).toBe(`${PATH}:${lineOf(comma, 'or another code')}: label has an unexpected key 'or another code'`);
  });

  it('warn, with file and line, when not reviewed for a year', () => {
    const text = SYMPTOM.replace('reviewed: 2026-12-01', 'reviewed: 2025-01-01');
    const { warnings } = compileCatalog(input({ extra: { symptoms: [{ path: PATH, text }] } }));
    expect(warnings).toEqual([{ file: PATH, line: lineOf(text, 'reviewed:'), message: "symptom 'rollback-at-restart' was last reviewed 2025-01-01, more than 365 days ago" }]);
    expect(compileCatalog(input({ extra: { symptoms: [{ path: PATH, text: SYMPTOM }] } })).warnings).toEqual([]);
  });

  it('require both languages of what the user sees', () => {
    const text = SYMPTOM.replace('  en: The screen says changes are being undone.\n', '');
    expect(errorOf(text)).toBe(`${PATH}:${lineOf(text, 'seen:')}: missing required field 'seen.en'`);
  });

  it('stop on a single-answer question and on a duplicate id', () => {
    const single = SYMPTOM.replace(/      - label: \{ zh-CN: 核对过[^\n]*\n[^\n]*\n/, '');
    expect(errorOf(single)).toMatch(/question 2 needs at least two answers/);
    const twice = () => compileCatalog(input({ extra: { symptoms: [{ path: PATH, text: SYMPTOM }, { path: 'content/symptoms/x/rollback-at-restart.md', text: SYMPTOM }] } }));
    expect(twice).toThrow(/duplicate id 'rollback-at-restart'/);
  });
});
