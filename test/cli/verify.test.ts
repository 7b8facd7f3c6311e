import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { run as kbRecord } from '../../scripts/cli/kb-record.ts';
import { run } from '../../scripts/cli/verify.ts';
import { contentCopy, packageNamed, REAL_CAB, RECORD_SHA256, runCommand, sha256Of } from './kb-helpers.ts';

const verify = (args: string[], env: Record<string, string> = {}) => runCommand(run, args, env);
const CAB_SHA256 = sha256Of(REAL_CAB);
const work = contentCopy();
afterAll(() => rmSync(work.dir, { recursive: true, force: true }));

describe('update-triage verify', () => {
  it('exits 1 when the file is not the KB its name says', async () => {
    const file = packageNamed(work.dir, 'windows10.0-kb5016623-x64.cab');
    const { code, out } = await verify([file, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toBe(`SHA-256 of windows10.0-kb5016623-x64.cab: ${CAB_SHA256}\nNO MATCH: this file's SHA-256 differs from the one recorded for KB5016623. The file is damaged or another package: do not install it; delete it and download it again.\n`);
  });

  it("answers the case's KB6016623, from --kb or from the file name, with its near miss", async () => {
    const byFlag = await verify([REAL_CAB, '--kb', 'KB6016623', '--lang', 'en']);
    expect(byFlag.code).toBe(1);
    expect(byFlag.out).toContain('KB6016623 cannot be checked: No KB6016623 — did you mean KB5016623 (2022-08 cumulative update, 17763.3287)?');
    const byName = await verify([packageNamed(work.dir, 'windows10.0-kb6016623-x64.cab')], { LANG: 'zh_CN.UTF-8' });
    expect(byName.code).toBe(1);
    expect(byName.out).toContain('无法核对 KB6016623： 没有 KB6016623 —— 是否要找 KB5016623');
  });

  it('says when the expected KB has no recorded hash', async () => {
    const { code, out } = await verify([REAL_CAB, '--kb', 'KB5017315', '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('No SHA-256 is recorded for KB5017315');
  });

  it('matches once the hash is recorded with kb record, and names another package as such', async () => {
    const recorded = await runCommand(kbRecord, [packageNamed(work.dir, 'windows10.0-kb5016690-x64.cab'), '--content', work.content]);
    expect(recorded.code).toBe(0);
    const match = await verify([REAL_CAB, '--kb', 'kb 5016690', '--content', work.content, '--lang', 'en']);
    expect(match).toMatchObject({ code: 0, out: expect.stringContaining('Match: this file is the KB5016690 package') });
    const other = await verify([REAL_CAB, '--kb', 'KB5016623', '--content', work.content, '--lang', 'en']);
    expect(other.code).toBe(1);
    expect(other.out).toContain('NO MATCH: this file is not KB5016623, it is the KB5016690 package.');
  }, 120_000); // each --content compiles the copied catalog

  it('exits 1 for a file no record has, with nothing expected', async () => {
    const { code, out } = await verify([REAL_CAB, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('No package in this catalog has this hash.');
  });

  it('shows progress on a terminal only, on stderr', async () => {
    const onTerminal = await runCommand(run, [REAL_CAB, '--lang', 'en'], {}, true);
    expect(onTerminal.err).toBe('\r100 % real-mszip.cab\n');
    expect((await verify([REAL_CAB, '--lang', 'en'])).err).toBe('');
  });

  it('exits 2 on a broken catalog, naming the file and line', async () => {
    const broken = contentCopy();
    const path = broken.kbFile('KB5016690');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^sha256: .*$/m, `sha256: ${RECORD_SHA256}`).replace('sources:', 'sources:\n  sha256: test'));
    const result = await verify([REAL_CAB, '--content', broken.content, '--lang', 'en']);
    rmSync(broken.dir, { recursive: true, force: true });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^update-triage verify: .*kb5016690\.md:\d+: KB5016690 has the same SHA-256 as KB5016623/);
  }, 120_000);

  it('exits 2 on usage errors and unreadable files', async () => {
    expect((await verify([])).code).toBe(2);
    expect((await verify([REAL_CAB, '--kb', 'hello'])).code).toBe(2);
    const missing = await verify(['no-such-file.msu']);
    expect(missing).toMatchObject({ code: 2, err: 'update-triage verify: no-such-file.msu: ENOENT\n' });
    expect((await verify(['test/fixtures'])).err).toContain('EISDIR');
  });
});
