/**
 * Command-line arguments, read one way by every command: `node:util` parseArgs, strict, with
 * `--help`/`-h` and `--lang` on every command. A negative number (`-2147023504`) is a value, not
 * an option, wherever it stands.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS, type Lang } from '../../src/i18n/lang.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedCommand {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
  lang: Lang;
}

const NEGATIVE = /^-\d/;
// parseArgs reads any word starting with '-' as an option: hide negative numbers from it
const HIDDEN = '\u0000';
const hide = (arg: string) => (NEGATIVE.test(arg) ? HIDDEN + arg : arg);
const unhideOne = (value: unknown) => (typeof value === 'string' && value.startsWith(HIDDEN) ? value.slice(1) : value);
const unhide = (value: unknown) => (Array.isArray(value) ? value.map(unhideOne) : unhideOne(value));

/** The language of a command's output: `--lang`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: zh* → zh-CN), else English. */
export function langFromLocale(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** The parsed arguments, or a one-line reason they are wrong. */
export function parseCommand(args: string[], options: OptionSpec, env: Record<string, string | undefined> = {}): ParsedCommand | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: args.map(hide),
      options: { ...options, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return reason(error as Error & { code?: string });
  }
  const values = Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, unhide(v)])) as ParsedCommand['values'];
  const lang = values.lang;
  if (lang !== undefined && !LANGS.includes(lang as Lang)) return `--lang must be one of ${LANGS.join(', ')}`;
  return {
    values,
    positionals: parsed.positionals.map((p) => unhide(p) as string),
    help: values.help === true,
    lang: (lang as Lang | undefined) ?? langFromLocale(env),
  };
}

/** parseArgs' messages are long and suggest `--`; say what is wrong in a few words. */
function reason(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return error.message.includes('does not take') ? `${option} takes no value` : `${option} needs a value`;
  return error.message;
}

/** A whole number > 0 from an option's text, or undefined. */
export function positiveInteger(text: unknown): number | undefined {
  const n = Number(text);
  return typeof text === 'string' && Number.isInteger(n) && n > 0 ? n : undefined;
}
