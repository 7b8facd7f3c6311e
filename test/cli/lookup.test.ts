import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/cli/lookup.ts';

async function lookupIn(env: Record<string, string>, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), env });
  return { code, out, err };
}
const lookup = (...args: string[]) => lookupIn({}, ...args);

describe('update-triage lookup', () => {
  it('prints an Err.exe-like decode and exits 0', async () => {
    const { code, out } = await lookup('0x8024001E');
    expect(code).toBe(0);
    expect(out).toMatch(/^# 0x8024001E /);
    expect(out).toContain('WU_E_SERVICE_STOP');
  });
  it('adds the written article, its page and runbooks after the decode', async () => {
    const { out } = await lookup('--lang', 'en', '8024001E');
    expect(out).toMatch(/^# 0x8024001E: .+\n#   .+\n#   \/en\/codes\/0x8024001e\/\n(#   \/en\/runbooks\/[a-z0-9-]+\/\n)*#   \/en\/runbooks\/offline-install-with-hash-check\//m);
    const json = JSON.parse((await lookup('80070570', '--json')).out);
    expect(json.articles.map((a: { code: string; url: string }) => [a.code, a.url])).toEqual([['0x80070570', '/en/codes/0x80070570/']]);
  });
  it('links full addresses when the site address is configured', async () => {
    const { out } = await lookupIn({ SITE_URL: 'https://support.example.cn/update-triage/' }, '--lang', 'zh-CN', '0x80070570');
    expect(out).toContain('#   https://support.example.cn/update-triage/codes/0x80070570/\n');
    expect(out).toContain('#   https://support.example.cn/update-triage/runbooks/offline-install-with-hash-check/\n');
  });
  it('speaks the language of the locale, unless --lang says otherwise', async () => {
    expect((await lookupIn({ LANG: 'zh_CN.UTF-8' }, '80070570')).out).toContain('严重性');
    expect((await lookupIn({ LC_ALL: 'zh_CN.GB18030', LANG: 'en_US.UTF-8' }, '80070570')).out).toContain('严重性');
    expect((await lookupIn({ LANG: 'zh_CN.UTF-8' }, '80070570', '--lang', 'en')).out).toContain('Severity');
    expect((await lookupIn({ LANG: 'de_DE.UTF-8' }, '80070570')).out).toContain('Severity');
  });
  it('reads a negative decimal as a value, not an option', async () => {
    const { code, out } = await lookup('-2147023504');
    expect(code).toBe(0);
    expect(out).toContain('ERROR_FILE_CORRUPT');
  });
  it('explains itself with --help, in the language of the locale', async () => {
    expect((await lookup('--help')).out).toMatch(/^usage: update-triage lookup/);
    expect((await lookupIn({ LANG: 'zh_CN.UTF-8' }, '-h')).out).toMatch(/^用法：update-triage lookup/);
  });
  it('reads several words as one pasted text', async () => {
    const { out } = await lookup('0x800f', '0922');
    expect(out).toContain('CBS_E_INSTALLERS_FAILED');
  });
  it('prints the decode result object with --json', async () => {
    const { code, out } = await lookup('80070570', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.readings[0]).toMatchObject({ hex: '0x80070570', page: '0x80070570', primary: { name: 'ERROR_FILE_CORRUPT' } });
  });
  it('switches labels with --lang', async () => {
    expect((await lookup('--lang', 'zh-CN', '80070570')).out).toContain('严重性');
    expect((await lookup('--lang=en', '80070570')).out).toContain('Severity');
  });
  it('exits 1 when nothing could be read', async () => {
    const { code, out } = await lookup('hello', 'world');
    expect(code).toBe(1);
    expect(out).toContain('no code could be read');
  });
  it('exits 2 on usage errors', async () => {
    expect((await lookup()).code).toBe(2);
    expect((await lookup('--lang', 'fr', '5')).code).toBe(2);
    const bad = await lookup('--colour', '5');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown option --colour');
  });
});
