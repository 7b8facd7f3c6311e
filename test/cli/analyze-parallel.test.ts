import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/cli/analyze.ts';
import { CLI_SPLIT_FROM_BYTES, splitFromBytes } from '../../scripts/cli/analyze-parallel.ts';
import { SPLIT_FROM_BYTES } from '../../src/analyzer/index.ts';
import { caseKnowledge } from '../analyzer/helpers.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const read = (path: string) => new Uint8Array(readFileSync(FIXTURES + path));

async function json(args: string[]) {
  let out = '';
  let err = '';
  const code = await run([...args, '--json'], { out: (t) => (out += t), err: (t) => (err += t), env: {}, knowledge: async () => caseKnowledge() });
  return { code, err, report: JSON.parse(out) };
}

const scratch: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-'));
  scratch.push(dir);
  return dir;
};
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('update-triage analyze --jobs', () => {
  it('splits a bundle by default only from 128 MB to read (a cold worker costs more below), and from 1 MB when --jobs is given', () => {
    expect(CLI_SPLIT_FROM_BYTES).toBe(128 * 1024 * 1024);
    expect(splitFromBytes(undefined)).toBe(CLI_SPLIT_FROM_BYTES);
    expect(splitFromBytes(2)).toBe(SPLIT_FROM_BYTES);
    expect(splitFromBytes(1)).toBe(SPLIT_FROM_BYTES);
  });

  it('gives the same JSON report for a collector zip on two worker threads as on one thread', async () => {
    const dir = tempDir();
    const bundle = join(dir, 'PC-01.zip');
    writeFileSync(
      bundle,
      zipSync({
        'Logs/System.evtx': [read('binary/System-wuclient.evtx'), { level: 0 }],
        'Logs/CBS/CBS.log': read('logs/case/CBS.log'),
        'Logs/CBS/CbsPersist_20150310120000.cab': read('binary/cab/CbsPersist_20150310120000.cab'),
        'Logs/WindowsUpdate.log': read('logs/case/WindowsUpdate.log'),
      }),
    );
    expect(readFileSync(bundle).length).toBeGreaterThan(SPLIT_FROM_BYTES);
    const one = await json([bundle, '--jobs', '1']);
    const two = await json([bundle, '--jobs', '2']);
    expect(two.err).toBe('');
    expect(two.code).toBe(0);
    expect(two.report).toEqual(one.report);
    expect(two.report.inputs.map((i: { file: string }) => i.file)).toEqual([
      bundle,
      `${bundle}/Logs/System.evtx`,
      `${bundle}/Logs/CBS/CBS.log`,
      `${bundle}/Logs/CBS/CbsPersist_20150310120000.cab`,
      `${bundle}/Logs/CBS/CbsPersist_20150310120000.cab/CbsPersist_20150310120000.log`,
      `${bundle}/Logs/WindowsUpdate.log`,
    ]);
    expect(two.report.rootCause.code).toBe('0x80070570');
  }, 60_000);

  it('gives the same report for several files of a folder on two workers', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'System.evtx'), read('binary/System-wuclient.evtx'));
    writeFileSync(join(dir, 'CBS.log'), read('logs/case/CBS.log'));
    writeFileSync(join(dir, 'WindowsUpdate.log'), read('logs/case/WindowsUpdate.log'));
    const one = await json([dir, '--jobs', '1']);
    const two = await json([dir, '--jobs', '2']);
    expect(two.report).toEqual(one.report);
    expect(two.report.inputs).toHaveLength(3);
  }, 60_000);
});
