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
});
