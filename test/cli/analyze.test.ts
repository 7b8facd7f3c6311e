import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { run } from '../../scripts/cli/analyze.ts';
import { caseKnowledge } from '../analyzer/helpers.ts';

const CASE = fileURLToPath(new URL('../fixtures/logs/case/', import.meta.url));

async function cli(args: string[], withCatalog = false) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), ...(withCatalog ? {} : { knowledge: async () => caseKnowledge() }) });
  return { code, out, err };
}

describe('update-triage analyze', () => {
  it('prints a readable report of a folder', async () => {
    const { code, out } = await cli([CASE]);
    expect(code).toBe(0);
    expect(out).toContain('0x80070570 ERROR_FILE_CORRUPT — 4 ×');
    expect(out).toContain('offline-install-with-hash-check');
  });

  it('prints the JSON report with --json, in Chinese with --lang zh-CN', async () => {
    const json = await cli([CASE + 'WindowsUpdate.log', '--json']);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ schema: 'update-triage/analyze-report', version: 1 });
    expect(report.attempts.filter((a: { status: string }) => a.status === 'failed')).toHaveLength(6);
    const zh = await cli([CASE + 'CBS.log', '--lang=zh-CN']);
    expect(zh.out).toContain('根本原因');
    expect(zh.out).toContain('0x800F0821 CBS_E_ABORT');
  });

  it('names a missing path and still reports the others (exit 1)', async () => {
    const { code, err, out } = await cli([CASE + 'CBS.log', CASE + 'nope.log']);
    expect(code).toBe(1);
    expect(err).toContain('nope.log: no such file or folder');
    expect(out).toContain('CBS_E_ABORT');
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli([CASE, '--lang', 'fr'])).err).toContain('--lang must be one of zh-CN, en');
    expect((await cli([CASE, '--frobnicate'])).err).toContain('unknown option --frobnicate');
  });

  it('with the real catalog, the case points to the offline-install runbook', async () => {
    const { code, out } = await cli([CASE, '--json'], true);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.runbooks[0].id).toBe('offline-install-with-hash-check');
    expect(report.servicing[0]).toMatchObject({ code: '0x800F0821', name: 'CBS_E_ABORT' });
  }, 30_000);
});
