/** The CLI as npm install leaves it: compiled JavaScript, run by the `update-triage` bin with no TypeScript loader. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_DIR } from '../../scripts/build-cli.ts';

const BIN = fileURLToPath(new URL('../../scripts/bin/update-triage.mjs', import.meta.url));
const CASE = fileURLToPath(new URL('../fixtures/logs/case/', import.meta.url));

const bin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' }, timeout: 60_000 });

beforeAll(() => buildCli(), 120_000);

describe('the compiled CLI', () => {
  it('is JavaScript in .build/cli: one entry, the fleet worker and a chunk per command', () => {
    expect(existsSync(join(CLI_DIR, 'update-triage.js'))).toBe(true);
    expect(existsSync(join(CLI_DIR, 'fleet-worker.js'))).toBe(true);
    expect(readFileSync(join(CLI_DIR, 'update-triage.js'), 'utf8')).not.toMatch(/tsx/);
  });

  it('runs lookup from the bin without the TypeScript fallback', () => {
    const run = bin('lookup', '0x80070570');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('ERROR_FILE_CORRUPT');
    expect(run.stdout).toContain('/en/codes/0x80070570/');
  });

  it('copied without the catalog or the content folder, says so and exits 1, and reads no code as unnamed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-no-catalog-'));
    try {
      cpSync(CLI_DIR, join(dir, '.build', 'cli'), { recursive: true });
      cpSync(BIN, join(dir, 'scripts', 'bin', 'update-triage.mjs'));
      const copy = join(dir, 'scripts', 'bin', 'update-triage.mjs');
      for (const args of [['analyze', join(CASE, 'WindowsUpdate.log')], ['lookup', '0x80070570']]) {
        const run = spawnSync(process.execPath, [copy, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' }, timeout: 60_000 });
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(`update-triage ${args[0]}: ${join(dir, 'content')}: no content folder here`);
        expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('analyze --fleet, with its worker compiled too', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'fleet-compiled-'));
      mkdirSync(join(dir, 'PC-01'));
      copyFileSync(join(CASE, 'WindowsUpdate.log'), join(dir, 'PC-01', 'WindowsUpdate.log'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints one line per machine and the summary', () => {
      const run = bin('analyze', '--fleet', dir, '--jobs', '1');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ type: 'machine', machine: 'PC-01', rootCause: { code: '0x80070570' } });
      expect(lines[1]).toMatchObject({ type: 'summary', machines: 1 });
    });
  });
});
