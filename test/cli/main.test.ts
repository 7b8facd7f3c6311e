import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.ts';

async function cli(env: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env });
  return { code, out, err };
}

describe('update-triage', () => {
  it('lists its commands with --help, in the language of the locale', async () => {
    const en = await cli({}, '--help');
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^usage: update-triage <command>/);
    expect(en.out).toMatch(/^ {2}lookup +decode an error code/m);
    expect(en.out).toMatch(/^ {2}analyze +analyze logs/m);
    expect((await cli({ LANG: 'zh_CN.UTF-8' }, '--help')).out).toMatch(/^用法：update-triage <命令>/);
  });

  it('gives each command its own help, as `<command> --help` or `help <command>`', async () => {
    for (const name of ['lookup', 'analyze', 'kb', 'verify']) {
      const direct = await cli({}, name, '--help');
      expect(direct.code).toBe(0);
      expect(direct.out).toMatch(new RegExp(`^usage: update-triage ${name}`));
      expect(direct.out).toMatch(/^Exit status: /m);
      expect((await cli({}, 'help', name)).out).toBe(direct.out);
    }
  });

  it('gives every command and subcommand its help in Chinese under a Chinese locale', async () => {
    for (const argv of [['lookup'], ['analyze'], ['kb'], ['verify'], ['kb', 'record']]) {
      const zh = await cli({ LANG: 'zh_CN.UTF-8' }, ...argv, '--help');
      expect(zh.code).toBe(0);
      expect(zh.out).toMatch(new RegExp(`^用法：update-triage ${argv.join(' ')}`));
      expect(zh.out).toMatch(/^退出码：/m);
      const en = await cli({ LANG: 'zh_CN.UTF-8' }, ...argv, '--help', '--lang', 'en');
      expect(en.out).toMatch(new RegExp(`^usage: update-triage ${argv.join(' ')}`));
    }
  });

  it('refuses an unknown command with exit 2 and no command with the usage', async () => {
    const unknown = await cli({}, 'frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'frobnicate'");
    expect((await cli({})).code).toBe(2);
  });
});
