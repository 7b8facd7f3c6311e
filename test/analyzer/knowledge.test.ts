import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.ts';
import { analyze, knowledgeFromCatalog, knowledgeFromJSON, knowledgeToJSON } from '../../src/analyzer/index.ts';
import { fixtureInput, rule } from './helpers.ts';

const both = (text: string) => ({ 'zh-CN': text, en: text });

function catalog(): Catalog {
  const source = { file: 'content/codes/0x80070570.md', line: 1 };
  return {
    version: 1,
    generatedAt: '2026-01-01T00:00:00Z',
    codes: [
      { value: '0x80070570', names: [{ name: 'ERROR_FILE_CORRUPT', header: 'winerror.h', source: 'x', kind: 'win32', raw: 1392 }] },
      { value: '0x8024000C', names: [{ name: 'WU_E_NOOP', header: 'wuerror.h', source: 'x', kind: 'hresult', raw: 0x8024000c }] },
    ],
    articles: [
      { code: '0x80070570', name: 'ERROR_FILE_CORRUPT', title: both('corrupt'), summary: both('s'), noise: false, wrapper: false, runbooks: ['offline-install-with-hash-check'], related: [], kbs: [], sources: ['x'], keywords: { 'zh-CN': [], en: [] }, html: both(''), headings: { 'zh-CN': [], en: [] }, source },
      { code: '0x8024000C', title: both('no-op'), summary: both('s'), noise: true, wrapper: false, runbooks: [], related: [], kbs: [], sources: ['x'], keywords: { 'zh-CN': [], en: [] }, html: both(''), headings: { 'zh-CN': [], en: [] }, source },
    ],
    kbs: [],
    runbooks: [],
    builds: [{ build: '17763.3287', kb: 'KB5016623', date: '2022-08-09', source: 'x' }],
    rules: [],
    symptoms: [],
  };
}

describe('knowledgeFromCatalog', () => {
  it('takes names, article flags and titles, runbook links and the build table', () => {
    const k = knowledgeFromCatalog(catalog());
    expect(k.codes['0x80070570']).toEqual({ names: ['ERROR_FILE_CORRUPT'], article: true, title: both('corrupt'), runbooks: ['offline-install-with-hash-check'] });
    expect(k.codes['0x8024000C']).toMatchObject({ noise: true, article: true });
    expect(k.builds).toHaveLength(1);
  });

  it('round-trips through its JSON form and refuses another version', () => {
    const k = knowledgeFromCatalog(catalog());
    expect(knowledgeFromJSON(knowledgeToJSON(k))).toEqual(k);
    expect(() => knowledgeFromJSON('{"version":2}')).toThrow(/expected version 1, got 2/);
  });

  it('a new signature in content teaches the analyzer, with no code change', async () => {
    const before = await analyze([fixtureInput('case/CBS.log')], knowledgeFromCatalog(catalog()));
    expect(before.findings).toEqual([]);
    const taught = catalog();
    taught.rules.push(rule('runbook:new-dpx-runbook#1', { log: 'cbs', pattern: 'Apply Deltas Provided In File', runbook: 'new-dpx-runbook' }));
    const after = await analyze([fixtureInput('case/CBS.log')], knowledgeFromCatalog(taught));
    expect(after.findings).toEqual([expect.objectContaining({ rule: 'runbook:new-dpx-runbook#1', links: expect.objectContaining({ runbook: 'new-dpx-runbook' }) })]);
    expect(after.findings[0].evidence[0].line).toBe(4);
  });

  it('an article marked noise keeps its code out of the root cause in the context the noise list names, not elsewhere', async () => {
    const run = async (text: string) => {
      const input = { name: 'WindowsUpdate.log', stream: async function* () { yield new TextEncoder().encode(text); } };
      return analyze([input], knowledgeFromCatalog(catalog()));
    };
    const routine = await run('2021/07/13 10:23:06.3460256 3696  8172  Misc            *FAILED* [8024000C] LoadHistoryEventFromRegistry completed');
    expect(routine.codes[0]).toMatchObject({ code: '0x8024000C', noise: true });
    expect(routine.rootCause).toBeNull();
    const elsewhere = await run('2021/07/13 10:23:06.3460256 3696  8172  Misc            *FAILED* [8024000C] Something else completed');
    expect(elsewhere.codes[0]).toMatchObject({ code: '0x8024000C', noise: false });
  });

  it('a rule whose pattern does not compile is reported with its source, the others still work', async () => {
    const k = knowledgeFromCatalog(catalog());
    k.rules.push(rule('runbook:broken#1', { log: 'cbs', pattern: '(unclosed', source: { file: 'content/runbooks/broken.md', line: 12 } }));
    const report = await analyze([fixtureInput('case/CBS.log')], k);
    expect(report.warnings[0].message).toMatch(/^content\/runbooks\/broken\.md:12: pattern of rule runbook:broken#1 is not a valid regular expression/);
    expect(report.servicing).toHaveLength(1);
  });
});
