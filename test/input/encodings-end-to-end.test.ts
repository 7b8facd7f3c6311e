import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index.ts';
import { caseKnowledge, fixtureInput } from '../analyzer/helpers.ts';

describe('the same log in every encoding gives the same answer', () => {
  it.each([
    ['encodings/cbs-utf8-bom.log', 'utf-8-bom'],
    ['encodings/cbs-utf16le-bom.log', 'utf-16le'],
    ['encodings/cbs-utf16be.log', 'utf-16be'],
  ])('%s', async (file, encoding) => {
    const plain = await analyze([fixtureInput('case/CBS.log')], caseKnowledge());
    const report = await analyze([fixtureInput(file, 101)], caseKnowledge());
    expect(report.inputs[0]).toMatchObject({ format: 'cbs', encoding, lines: 11 });
    expect(report.servicing.map((s) => [s.code, s.update, s.outcome.line, s.outcome.text])).toEqual(
      plain.servicing.map((s) => [s.code, s.update, s.outcome.line, s.outcome.text]),
    );
  });

  it('a Chinese event message saved as GB18030', async () => {
    const report = await analyze([fixtureInput('encodings/event-zh-gb18030.txt')], caseKnowledge());
    expect(report.inputs[0]).toMatchObject({ format: 'events', encoding: 'gb18030' });
    expect(report.attempts[0]).toMatchObject({ code: '0x8024200B', update: { kb: 'KB5034441', title: '2024-01 适用于 Windows 10 Version 21H2 安全更新，适合基于 x64 的系统 (KB5034441)' } });
  });
});

describe('progress and cancellation', () => {
  it('reports bytes done against the total, per file', async () => {
    const seen: { bytesDone: number; bytesTotal: number; file?: string }[] = [];
    const inputs = [fixtureInput('case/WindowsUpdate.log', 500), fixtureInput('case/CBS.log', 500)];
    const total = inputs.reduce((n, i) => n + i.size!, 0);
    await analyze(inputs, caseKnowledge(), { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ bytesDone: total, bytesTotal: total, file: 'case/CBS.log' });
    expect(seen.every((p, i) => i === 0 || p.bytesDone > seen[i - 1].bytesDone)).toBe(true);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const run = analyze([fixtureInput('case/WindowsUpdate.log', 100)], caseKnowledge(), {
      signal: controller.signal,
      onProgress: (p) => p.bytesDone > 300 && controller.abort(),
    });
    await expect(run).rejects.toThrow();
  });
});
