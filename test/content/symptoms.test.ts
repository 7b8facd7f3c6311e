import { beforeAll, describe, expect, it } from 'vitest';
import { compileFromDisk } from '../../scripts/lib/load-catalog.ts';
import { SYMPTOM_PLACES, type Catalog, type Symptom } from '../../src/catalog/types.ts';

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await compileFromDisk()).catalog;
}, 60_000);

const codesIn = (text: string): string[] => (text.match(/0x[0-9A-Fa-f]{8}/g) ?? []).map((c) => `0x${c.slice(2).toUpperCase()}`);
const answers = (s: Symptom) => s.questions.flatMap((q) => q.answers);

describe('the symptom library', () => {
  it('has at least 30 symptoms, and symptoms in every place a customer looks', () => {
    expect(catalog.symptoms.length).toBeGreaterThanOrEqual(30);
    expect(new Set(catalog.symptoms.map((s) => s.place))).toEqual(new Set(SYMPTOM_PLACES));
  });

  it('leads to the runbook of every area it covers', () => {
    const reached = new Set(catalog.symptoms.flatMap((s) => s.runbooks));
    expect([...reached].sort()).toEqual(catalog.runbooks.map((r) => r.id).sort());
  });

  it('sends an answer naming one code to that code, or to a runbook its article lists', () => {
    const articles = new Map(catalog.articles.map((a) => [a.code, a]));
    const contradictions = catalog.symptoms.flatMap((s) =>
      answers(s).flatMap(({ label, go }) => {
        const [code, ...more] = codesIn(label.en);
        if (!code || more.length) return [];
        if (go.kind === 'code' && go.code !== code) return [`${s.id}: '${label.en}' leads to ${go.code}`];
        if (go.kind === 'runbook' && !articles.get(code)?.runbooks.includes(go.runbook)) return [`${s.id}: '${label.en}' leads to ${go.runbook}, which the ${code} article does not list`];
        return [];
      }),
    );
    expect(contradictions).toEqual([]);
  });

  it('names only codes that have a page, in what the user sees and in the answers', () => {
    const known = new Set(catalog.codes.map((c) => c.value));
    const unknown = catalog.symptoms.flatMap((s) =>
      [s.seen.en, s.seen['zh-CN'], ...answers(s).map((a) => a.label.en)].flatMap(codesIn).filter((c) => !known.has(c)).map((c) => `${s.id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it("uses Microsoft's zh-CN term 服务堆栈 in reader-facing text (服务栈 only as a search word)", () => {
    const texts = catalog.symptoms.flatMap((s) => [s.title['zh-CN'], s.summary['zh-CN'], s.seen['zh-CN'], ...s.causes['zh-CN'], ...s.questions.map((q) => q.ask['zh-CN'])]);
    expect(texts.filter((t) => t.includes('服务栈'))).toEqual([]);
  });

  it('gives every symptom colloquial search words in both languages', () => {
    const thin = catalog.symptoms.filter((s) => s.searchWords['zh-CN'].length < 4 || s.searchWords.en.length < 4).map((s) => s.id);
    expect(thin).toEqual([]);
  });
});
