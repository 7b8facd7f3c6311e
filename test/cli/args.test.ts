import { describe, expect, it } from 'vitest';
import { langFromLocale, parseCommand, positiveInteger } from '../../scripts/cli/args.ts';

describe('command-line arguments', () => {
  it('are options and positionals, with --help and --lang on every command', () => {
    expect(parseCommand(['a.log', '--json', '--lang=zh-CN', 'b.log'], { json: { type: 'boolean' } })).toEqual({
      values: { json: true, lang: 'zh-CN' },
      positionals: ['a.log', 'b.log'],
      help: false,
      lang: 'zh-CN',
    });
    expect(parseCommand(['-h'], {})).toMatchObject({ help: true });
  });

  it('keep negative numbers as values, as positionals and as option values', () => {
    expect(parseCommand(['-2147023504', '-1'], {})).toMatchObject({ positionals: ['-2147023504', '-1'] });
    expect(parseCommand(['--jobs', '-1'], { jobs: { type: 'string' } })).toMatchObject({ values: { jobs: '-1' } });
  });

  it('say in a few words what is wrong', () => {
    expect(parseCommand(['--colour'], {})).toBe('unknown option --colour');
    expect(parseCommand(['--lang'], {})).toBe('--lang needs a value');
    expect(parseCommand(['--json=1'], { json: { type: 'boolean' } })).toBe('--json takes no value');
    expect(parseCommand(['--lang', 'fr'], {})).toBe('--lang must be one of zh-CN, en');
  });

  it('take the language from the locale when --lang is not given: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromLocale({})).toBe('en');
    expect(langFromLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromLocale({ LANG: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(langFromLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromLocale({ LC_MESSAGES: 'zh_CN.GBK', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(parseCommand([], {}, { LANG: 'zh_CN.UTF-8' })).toMatchObject({ lang: 'zh-CN' });
  });

  it('read whole numbers above zero only', () => {
    expect(positiveInteger('4')).toBe(4);
    for (const bad of ['0', '-2', '1.5', 'x', undefined, true]) expect(positiveInteger(bad)).toBeUndefined();
  });
});
