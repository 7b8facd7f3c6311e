import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { cbs } from '../../../src/analyzer/formats/cbs.ts';
import { FileFacts } from '../../../src/analyzer/scan/file-facts.ts';
import { LineProcessor } from '../../../src/analyzer/scan/line-processor.ts';
import { Session } from '../../../src/analyzer/scan/session.ts';
import { bytesInput, rule } from '../helpers.ts';

const cbsLine = (message: string) => `2022-10-27 08:38:33, Info                  CBS    ${message}`;

function knowledgeWithPatterns() {
  const k = emptyKnowledge();
  k.rules.push(rule('alpha', { log: 'cbs', pattern: 'alpha marker' }), rule('beta', { log: 'cbs', pattern: 'beta marker' }));
  return k;
}

describe('rule patterns in the line filter', () => {
  it('a pattern once found is no longer sought, and its first line stays the evidence', () => {
    const session = new Session(knowledgeWithPatterns());
    const facts = new FileFacts('CBS.log');
    const processor = new LineProcessor(facts, cbs, session);
    const parser = cbs.parser(facts);
    expect(processor.patternSources()).toEqual(['alpha marker', 'beta marker']);
    processor.line(cbsLine('alpha marker seen'), 3, parser);
    processor.line(cbsLine('alpha marker again'), 9, parser);
    expect(processor.patternSources()).toEqual(['beta marker']);
    expect(processor.patternsPending).toBe(1);
    expect(facts.patternHits.get(0)?.line).toBe(3);
  });

  it('a pattern still sought is found in a later chunk after another one was found', async () => {
    const lines = [cbsLine('Perf: Doqe: Install started.'), cbsLine('alpha marker seen'), ...Array.from({ length: 40 }, () => cbsLine('Perf: nothing here')), cbsLine('beta marker at last')];
    const report = await analyze([bytesInput('CBS.log', lines.join('\r\n') + '\r\n', 97)], knowledgeWithPatterns());
    const found = Object.fromEntries(report.findings.map((f) => [f.rule, f.evidence.map((e) => e.line)]));
    expect(found).toEqual({ alpha: [2], beta: [43] });
  });

  describe('a rule with a `cleared` pattern', () => {
    const watched = () => {
      const k = emptyKnowledge();
      k.rules.push(rule('store', { log: 'cbs', pattern: 'Total Detected Corruption:\\s*[1-9]', cleared: 'CorruptionDetectedDuringAcr is clear', runbook: 'store-repair' }));
      return k;
    };
    const summary = (n: number) => cbsLine(`Total Detected Corruption:\t${n}`);
    const allFixed = cbsLine('All CSI corruption was fixed, ensure CorruptionDetectedDuringAcr is clear');
    const notAllFixed = cbsLine('Not all CSI corruption was fixed, create CorruptionDetectedDuringAcr flag for slow mode reset');
    const analyzeLines = async (lines: string[], regexLineLayer = false) =>
      (await analyze([bytesInput('CBS.log', lines.join('\r\n') + '\r\n', 61)], watched(), { regexLineLayer })).findings;

    it('is sought to the end of the file: its first and last lines are the evidence', () => {
      const session = new Session(watched());
      const facts = new FileFacts('CBS.log');
      const processor = new LineProcessor(facts, cbs, session);
      const parser = cbs.parser(facts);
      processor.line(summary(8), 3, parser);
      processor.line(summary(9), 7, parser);
      expect(processor.patternSources()).toEqual(['Total Detected Corruption:\\s*[1-9]', 'CorruptionDetectedDuringAcr is clear']);
      expect(facts.patternHits.get(0)?.line).toBe(3);
      expect(facts.patternWatch.get(0)?.lastLine).toBe(7);
    });

    it.each([false, true])('is history when the cleared line comes after its last match (regex line layer: %s)', async (regexLineLayer) => {
      const findings = await analyzeLines([summary(9), cbsLine('Total Repaired Corruption:\t9'), allFixed], regexLineLayer);
      expect(findings).toHaveLength(1);
      expect(findings[0].evidence.map((e) => e.line)).toEqual([1]);
      expect(findings[0].cleared?.line).toBe(3);
    });

    it('stands when corruption is found again after it was cleared, and a clear before any match counts for nothing', async () => {
      const findings = await analyzeLines([allFixed, summary(3), allFixed, summary(10), notAllFixed]);
      expect(findings[0].evidence.map((e) => e.line)).toEqual([2, 4]);
      expect(findings[0].cleared).toBeUndefined();
      expect((await analyzeLines([allFixed, summary(0)])).length).toBe(0);
    });

    it('a cleared finding suggests no runbook; one that stands does', async () => {
      const report = async (lines: string[]) => analyze([bytesInput('CBS.log', lines.join('\r\n') + '\r\n', 61)], watched());
      expect((await report([summary(9), allFixed])).runbooks).toEqual([]);
      expect((await report([summary(9), notAllFixed])).runbooks.map((r) => r.id)).toEqual(['store-repair']);
    });
  });
});

