/** Findings: each rule's lines, read with the catalog's own signatures. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, knowledgeFromCatalog, type Knowledge } from '../../../src/analyzer/index.ts';
import { loadCatalog } from '../../../scripts/lib/load-catalog.ts';
import { fixtureInput } from '../helpers.ts';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = knowledgeFromCatalog(await loadCatalog());
}, 120_000);

describe('findings', () => {
  it("show a code's own lines: a rule's pattern that first stands on another code's line adds that line to neither", async () => {
    // content/codes/0x80070570.md: code 0x80070570 with the pattern `CBS called Error with`, which the
    // case's WindowsUpdate.log first writes with 0x80070490 (line 2)
    const report = await analyze([fixtureInput('case/WindowsUpdate.log')], knowledge);
    const corrupt = report.findings.find((f) => f.code === '0x80070570')!;
    expect(corrupt.evidence.length).toBeGreaterThan(0);
    for (const line of corrupt.evidence) expect(line.text.toLowerCase(), `line ${line.line}`).toContain('80070570');
    const notFound = report.findings.find((f) => f.code === '0x80070490');
    expect(notFound?.evidence.map((e) => e.line)).toContain(2);
  });
});
