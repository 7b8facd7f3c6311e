import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/cli/lookup.ts';

async function lookup(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('update-triage lookup', () => {
  it('prints an Err.exe-like decode and exits 0', async () => {
    const { code, out } = await lookup('0x8024001E');
    expect(code).toBe(0);
    expect(out).toMatch(/^# 0x8024001E /);
    expect(out).toContain('WU_E_SERVICE_STOP');
  });
  it('adds the written article, its page and runbooks after the decode', async () => {
    const { out } = await lookup('--lang', 'en', '8024001E');
    expect(out).toMatch(/^# 0x8024001E: .+\n#   .+\n#   en\/codes\/0x8024001e\/  runbooks: .*offline-install-with-hash-check/m);
    const json = JSON.parse((await lookup('80070570', '--json')).out);
    expect(json.articles.map((a: { code: string }) => a.code)).toEqual(['0x80070570']);
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
