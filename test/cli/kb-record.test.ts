import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../scripts/cli/kb-record.ts';
import { compileFromDisk } from '../../scripts/lib/load-catalog.ts';
import { contentCopy, packageNamed, REAL_CAB, RECORD_SHA256, runCommand, sha256Of } from './kb-helpers.ts';

const record = (args: string[]) => runCommand(run, [...args, '--lang', 'en']);
const CAB_SHA256 = sha256Of(REAL_CAB);
const CAB_SIZE = statSync(REAL_CAB).size;
let made: string[] = [];
const copy = () => {
  const c = contentCopy();
  made.push(c.dir);
  return c;
};
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
});

describe('update-triage kb record', () => {
  it("writes the file's SHA-256, size and name with their source, changing nothing else", async () => {
    const { dir, content, kbFile } = copy();
    const before = readFileSync(kbFile('KB5016690'), 'utf8');
    const file = packageNamed(dir, 'windows10.0-kb5016690-x64.cab');
    const { code, out } = await record([file, '--content', content]);
    expect(code).toBe(0);
    expect(out).toContain('KB5016690: written to');
    const after = readFileSync(kbFile('KB5016690'), 'utf8');
    const source = 'computed from windows10.0-kb5016690-x64.cab on 2026-12-03';
    expect(after).toContain(`sha256: ${CAB_SHA256}\n`);
    expect(after).toContain(`size: ${(CAB_SIZE / 1048576).toFixed(2)} MB (${CAB_SIZE} bytes)\n`);
    expect(after).toContain('file_name: windows10.0-kb5016690-x64.cab\n');
    expect(after).toContain(`  sha256: ${source}\n  size: ${source}\n`);
    // every line that held another field is as it was
    const changed = new Set(['sha256:', 'size:', 'file_name:']);
    const kept = (text: string) => text.split('\n').filter((l) => ![...changed].some((c) => l.trimStart().startsWith(c)));
    expect(kept(after)).toEqual(kept(before));
    // the catalog compiles with it, and has the hash
    const { catalog } = await compileFromDisk({ contentDir: content });
    expect(catalog.kbs.find((k) => k.kb === 'KB5016690')).toMatchObject({ sha256: CAB_SHA256, fileName: 'windows10.0-kb5016690-x64.cab' });
  });

  it('keeps comments and quoting in the front matter', async () => {
    const { dir, content, kbFile } = copy();
    const path = kbFile('KB5016690');
    const text = readFileSync(path, 'utf8').replace('kind: cumulative\n', 'kind: cumulative # B release of August\n');
    writeFileSync(path, text);
    expect((await record([packageNamed(dir, 'Windows10.0-KB5016690-x64.cab'), '--content', content])).code).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('kind: cumulative # B release of August\n');
    expect(after).toContain('os_build: "17763.3346"\n');
    expect(after).toContain('prerequisites: [KB5005112]\n');
  });

  it('refuses to replace a different hash without --force, then says old and new', async () => {
    const { dir, content, kbFile } = copy();
    const before = readFileSync(kbFile('KB5016623'), 'utf8');
    const file = packageNamed(dir, 'windows10.0-kb5016623-x64.cab');
    const refused = await record([file, '--content', content]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`KB5016623 already records a different SHA-256; not replaced`);
    expect(refused.err).toContain(`recorded  ${RECORD_SHA256}`);
    expect(refused.err).toContain('Nothing written.');
    expect(readFileSync(kbFile('KB5016623'), 'utf8')).toBe(before);

    const forced = await record([file, '--content', content, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toBe(`KB5016623: SHA-256 replaced\n  old ${RECORD_SHA256}\n  new ${CAB_SHA256}\n`);
  });

  it("refuses the case's KB6016623 as an unknown KB, writes nothing, and names the near miss", async () => {
    const { dir, content, kbFile } = copy();
    const good = packageNamed(dir, 'windows10.0-kb5016690-x64.cab');
    const before = readFileSync(kbFile('KB5016690'), 'utf8');
    const { code, err } = await record([good, packageNamed(dir, 'windows10.0-kb6016623-x64.msu'), '--content', content]);
    expect(code).toBe(1);
    expect(err).toContain('windows10.0-kb6016623-x64.msu: no record for KB6016623 in the catalog');
    expect(err).toContain('did you mean KB5016623 (2022-08 cumulative update, 17763.3287)?');
    expect(readFileSync(kbFile('KB5016690'), 'utf8')).toBe(before); // not even the good file
  });

  it('refuses one file recorded for two KBs', async () => {
    const { dir, content } = copy();
    expect((await record([packageNamed(dir, 'windows10.0-kb5016690-x64.cab'), '--content', content])).code).toBe(0);
    const again = await record([packageNamed(dir, 'windows10.0-kb5017315-x64.cab'), '--content', content]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('this SHA-256 is the one recorded for KB5016690; it cannot be recorded for KB5017315 too');
  });

  it('says which record is broken instead of crashing, and writes nothing', async () => {
    const { dir, content, kbFile } = copy();
    writeFileSync(kbFile('KB5005112'), readFileSync(kbFile('KB5005112'), 'utf8').replace('kind:', 'kind: [unclosed\nkind2:'));
    const { code, err } = await record([packageNamed(dir, 'windows10.0-kb5016690-x64.cab'), '--content', content]);
    expect(code).toBe(1);
    expect(err).toMatch(/^update-triage kb record: .*kb5005112\.md:\d+: invalid YAML/);
    expect(err).toContain('Nothing written.');
  });

  it('exits 2 on usage errors: no file, not a package, a missing file', async () => {
    expect((await record([])).code).toBe(2);
    expect((await record(['notes.txt'])).err).toContain('notes.txt: not an .msu or .cab package');
    expect((await record(['missing-kb5016623.msu'])).code).toBe(2);
  });
});
