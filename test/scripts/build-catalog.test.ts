import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

function runCatalog(contentDir: string) {
  return spawnSync('npx', ['tsx', 'scripts/build-catalog.ts', '--check', '--content', contentDir], { encoding: 'utf8' });
}

describe('npm run catalog', () => {
  it('accepts the repository content', () => {
    const run = runCatalog('content');
    expect(run.stderr).not.toMatch(/^content\/.*:\d+: (?!warning)/m);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/catalog: \d+ codes, \d+ articles/);
  }, 60_000);

  it('stops with exit 1 when the content folder is not there, rather than compile an empty catalog', () => {
    const missing = join(tmpdir(), 'no-such-content-folder');
    const run = runCatalog(missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${missing}: no content folder here: the catalog is compiled from it`);
    expect(run.stdout).not.toMatch(/catalog: 0 codes/);
  }, 60_000);

  it('stops with file:line and exit 1 when a hash has 63 digits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      cpSync('content', dir, { recursive: true });
      const file = join(dir, 'kb', 'kb5016623.md');
      const text = readFileSync(file, 'utf8');
      const broken = text.replace(/^sha256: ([0-9A-Fa-f]{63})[0-9A-Fa-f]$/m, 'sha256: $1');
      expect(broken).not.toBe(text);
      writeFileSync(file, broken);
      const line = broken.split('\n').findIndex((l) => l.startsWith('sha256:')) + 1;
      const run = runCatalog(dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`kb/kb5016623.md:${line}: SHA-256 must be 64 hex digits; got 63 characters`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
