/**
 * A store check that found corruption and then repaired all of it is history, read with the
 * catalog's own signature (content/runbooks/component-store-repair.md): the finding stays in the
 * report, marked cleared, and suggests no runbook. One that found corruption last still does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, knowledgeFromCatalog, renderText, type Knowledge, type Report } from '../../../src/analyzer/index.ts';
import { loadCatalog } from '../../../scripts/lib/load-catalog.ts';
import { fixtureInput } from '../helpers.ts';

const STORE_RULE = 'runbook:component-store-repair#2';
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = knowledgeFromCatalog(await loadCatalog());
}, 120_000);

const run = (file: string): Promise<Report> => analyze([fixtureInput(`samples/${file}`)], knowledge);

describe('findings a later line clears', () => {
  it('real-42 CBS.log: nine corrupt payloads found and repaired in one run; the store is whole again', async () => {
    const report = await run('real-42-cbs.log');
    const finding = report.findings.find((f) => f.rule === STORE_RULE);
    expect(finding?.evidence.map((e) => e.line)).toEqual([46]);
    expect(finding?.cleared?.text).toContain('All CSI corruption was fixed, ensure CorruptionDetectedDuringAcr is clear');
    expect(finding?.cleared?.line).toBe(62);
    expect(report.runbooks).toEqual([]);
    expect(report.verdict.state).toBe('healthy');
    expect(renderText(report, 'en')).toContain('  gone later, no longer a lead:\n    62: ');
    expect(renderText(report, 'zh-CN')).toContain('  此后已消除，不再作为线索：\n    62: ');
  });

  it('real-43 CBS.log: a clean store check, then one that finds ten corrupt payloads and fixes none; the finding stands', async () => {
    const report = await run('real-43-cbs.log');
    const finding = report.findings.find((f) => f.rule === STORE_RULE);
    expect(finding?.evidence.map((e) => e.text.slice(-29))).toEqual(['Total Detected Corruption:\t10']);
    expect(finding?.cleared).toBeUndefined();
    expect(report.runbooks.map((r) => r.id)).toContain('component-store-repair');
  });
});
