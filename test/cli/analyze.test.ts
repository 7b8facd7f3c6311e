import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { run } from '../../scripts/cli/analyze.ts';
import { caseKnowledge } from '../analyzer/helpers.ts';

const CASE = fileURLToPath(new URL('../fixtures/logs/case/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../fixtures/logs/corpus/', import.meta.url));

async function cli(args: string[], withCatalog = false) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), env: {}, ...(withCatalog ? {} : { knowledge: async () => caseKnowledge() }) });
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
    expect(report).toMatchObject({ schema: 'update-triage/analyze-report', version: 2 });
    expect(report.attempts.filter((a: { status: string }) => a.status === 'failed')).toHaveLength(6);
    const zh = await cli([CASE + 'CBS.log', '--lang=zh-CN']);
    expect(zh.out).toContain('根本原因');
    expect(zh.out).toContain('0x800F0821 CBS_E_ABORT');
  });

  it('ends the text report with links to the pages it names, full links under SITE_URL', async () => {
    let out = '';
    const env = { SITE_URL: 'https://support.example.cn/update-triage/', LANG: 'zh_CN.UTF-8' };
    expect(await run([CASE], { out: (t) => (out += t), err: () => {}, env, knowledge: async () => caseKnowledge() })).toBe(0);
    expect(out).toContain('## 页面链接\n- 0x80070570 ERROR_FILE_CORRUPT: https://support.example.cn/update-triage/codes/0x80070570/\n');
    expect(out).toContain('- offline-install-with-hash-check: https://support.example.cn/update-triage/runbooks/offline-install-with-hash-check/\n');
  });

  it('reads the CBS log inside a CbsPersist cab from the file on disk, and names the cab members it cannot read', async () => {
    const cabs = fileURLToPath(new URL('../fixtures/binary/cab/', import.meta.url));
    const { code, out } = await cli([cabs + 'CbsPersist_20150310120000.cab', cabs + 'edge/mszip_lzx_qtm.cab']);
    expect(code).toBe(0);
    expect(out).toMatch(/CbsPersist_20150310120000\.cab\/CbsPersist_20150310120000\.log: CBS log \(utf-8, 5 lines\)/);
    expect(out).toContain('0x800F0922 CBS_E_INSTALLERS_FAILED');
    expect(out).toMatch(/mszip_lzx_qtm\.cab\/qtm\.txt: this file in the CAB archive uses an unsupported compression method .*Quantum/);
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

  it('--fleet: one JSON line per machine bundle (zip or folder) and a summary across the fleet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fleet-'));
    const wu = readFileSync(CASE + 'WindowsUpdate.log');
    const cbs = readFileSync(CASE + 'CBS.log');
    writeFileSync(join(dir, 'PC-01.zip'), zipSync({ 'Logs/WindowsUpdate.log': wu, 'Logs/CBS.log': cbs }));
    writeFileSync(join(dir, 'PC-02.zip'), zipSync({ 'Logs/CBS.log': cbs }));
    writeFileSync(join(dir, 'PC-03.zip'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    mkdirSync(join(dir, 'PC-04'));
    copyFileSync(CASE + 'WindowsUpdate.log', join(dir, 'PC-04', 'WindowsUpdate.log'));
    mkdirSync(join(dir, 'PC-05'));
    copyFileSync(CORPUS + 'healthy/wu-fs-06-kb4584642-restart.log', join(dir, 'PC-05', 'WindowsUpdate.log'));
    writeFileSync(join(dir, 'PC-06.zip'), zipSync({ 'system-events.txt': readFileSync(CORPUS + 'recovered/events-v2-nvidia-retry.txt') }));
    const out = join(dir, 'fleet.jsonl');
    const { code, out: printed } = await cli(['--fleet', dir, '--out', out, '--jobs', '2']);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const machines = Object.fromEntries(lines.filter((l) => l.type === 'machine').map((l) => [l.machine, l]));
    expect(Object.keys(machines).sort()).toEqual(['PC-01', 'PC-02', 'PC-03', 'PC-04', 'PC-05', 'PC-06']);
    expect(machines['PC-01']).toMatchObject({ state: 'failing', failedAttempts: 6, rootCause: { code: '0x80070570' }, outcomes: { '0x80070570': 4, '0x800F0821': 1 } });
    expect(machines['PC-02'].rootCause.code).toBe('0x800F0821');
    expect(machines['PC-03']).toMatchObject({ state: 'inconclusive', rootCause: null, files: { refused: 1 } });
    expect(machines['PC-05']).toMatchObject({ state: 'healthy', rootCause: null, failedAttempts: 0 });
    expect(machines['PC-06']).toMatchObject({ state: 'recovered', rootCause: null, failedAttempts: 2, recovered: 2 });
    const summary = lines[lines.length - 1];
    expect(summary).toMatchObject({ type: 'summary', machines: 6, failing: 3, states: { failing: 3, recovered: 1, healthy: 1, inconclusive: 1 } });
    expect(printed).toMatch(/^machines: 6 in \d+\.\d s \(\d+ per minute\), failing: 3, recovered: 1, healthy: 1, inconclusive: 1, errors: 0$/m);
    expect(Math.abs(summary.machinesPerMinute - (6 * 60) / summary.seconds)).toBeLessThanOrEqual(1);
    expect(summary.causes).toEqual([{ code: '0x80070570', name: 'ERROR_FILE_CORRUPT', machines: 2 }, { code: '0x800F0821', name: 'CBS_E_ABORT', machines: 1 }]);
    expect(summary.codes[0]).toEqual({ code: '0x80070570', machines: 2, attempts: 8 });
    expect(printed).toContain('0x80070570 ERROR_FILE_CORRUPT: 2');
  }, 60_000);
});
