import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/cli/kb.ts';
import { CASE_TYPO_SHA256, RECORD_SHA256, runCommand } from './kb-helpers.ts';

const kb = (args: string[], env: Record<string, string> = {}) => runCommand(run, args, env);

describe('update-triage kb <KB number>', () => {
  it('prints the record and exits 0, from any form people type', async () => {
    for (const typed of [['KB5016623'], ['kb5016623'], ['KB', '5016623'], ['５０１６６２３'], ['5016623']]) {
      const { code, out } = await kb([...typed, '--lang', 'en']);
      expect(code, typed.join(' ')).toBe(0);
      expect(out).toMatch(/^KB5016623  2022-08 Cumulative Update/);
      expect(out).toContain(RECORD_SHA256);
      expect(out).toContain('en/kb/kb5016623/');
    }
  });
  it("answers the case's KB6016623 with KB5016623 and exits 1", async () => {
    expect(await kb(['KB6016623', '--lang', 'en'])).toEqual({ code: 1, err: '', out: 'No KB6016623 — did you mean KB5016623 (2022-08 cumulative update, 17763.3287)?\n' });
    const zh = await kb(['KB6016623'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.out).toBe('没有 KB6016623 —— 是否要找 KB5016623（2022-08 累积更新，17763.3287）？\n');
  });
  it('finds the KB numbers in a pasted sentence', async () => {
    const { code, out } = await kb(['the', 'install', 'of', 'KB6016623', 'failed', '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('did you mean KB5016623');
  });
  it('says so when no record is one edit away', async () => {
    const { code, out } = await kb(['KB1234567', '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('No KB1234567 in this catalog');
  });
  it('finds records by words of their title', async () => {
    const { code, out } = await kb(['2022-08', 'Cumulative', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('KB5016623');
  });
});

describe('update-triage kb <hash>', () => {
  it('names the record of an exact hash, pasted in pairs with colons, and exits 0', async () => {
    const { code, out } = await kb([RECORD_SHA256.toLowerCase().match(/../g)!.join(':'), '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/^This is the SHA-256 of KB5016623\n/);
  });
  it("calls the case's mistyped hash a mismatch with its position, aligned, and exits 1", async () => {
    const { code, out } = await kb([CASE_TYPO_SHA256, '--lang', 'en']);
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).toBe('This is NOT the SHA-256 of KB5016623: 1 character differs (position 58: B where the record has 8)');
    expect(lines[1]).toBe(`  given   ${CASE_TYPO_SHA256}`);
    expect(lines[2]).toBe(`  record  ${RECORD_SHA256}`);
    expect(lines[3].indexOf('^')).toBe(lines[1].indexOf(CASE_TYPO_SHA256) + 57);
    expect(out).not.toMatch(/This is the SHA-256/);
  });
  it('reads the hash out of Get-FileHash output', async () => {
    const pasted = `Algorithm       Hash                                                                   Path\nSHA256          ${CASE_TYPO_SHA256}       C:\\Temp\\windows10.0-kb5016623-x64.msu`;
    const { code, out } = await kb([pasted], { LC_ALL: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(out).toMatch(/^这不是 KB5016623 的 SHA-256：有 1 个字符不同（第 58 位：这里是 B，记录中是 8）/);
  });
  it('says no package has a hash far from every record', async () => {
    const { code, out } = await kb(['0'.repeat(64), '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toMatch(/^No package in this catalog has this hash\./);
  });
});

describe('update-triage kb usage', () => {
  it('exits 2 on usage errors', async () => {
    expect((await kb([])).code).toBe(2);
    expect((await kb(['KB5016623', '--lang', 'fr'])).code).toBe(2);
    const bad = await kb(['--colour', 'KB5016623']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown option --colour');
    const help = await kb(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: update-triage kb/);
  });
  it('follows LANG and LC_ALL, and --lang wins', async () => {
    expect((await kb(['KB6016623'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).out).toMatch(/^No KB6016623/);
    expect((await kb(['KB6016623', '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' })).out).toMatch(/^没有 KB6016623/);
  });
});
