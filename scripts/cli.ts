/**
 * `update-triage <command> …`: one line per command below. A command is a module under
 * `scripts/cli/` exporting `run(argv, io)` → exit status, and handling its own `--help`;
 * it is loaded only when asked for, so each command starts with only its own code and data.
 */
import { langFromLocale } from './cli/args.ts';
import { stdio, type CliIo } from './cli/io.ts';
import type { Lang } from '../src/i18n/lang.ts';

interface Command {
  summary: Record<Lang, string>;
  load: () => Promise<{ run(args: string[], io?: CliIo): Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  lookup: { summary: { en: 'decode an error code in any form', 'zh-CN': '解读任意写法的错误代码' }, load: () => import('./cli/lookup.ts') },
  analyze: { summary: { en: 'analyze logs, folders, zips or a fleet of machines', 'zh-CN': '分析日志、文件夹、zip 或一批机器' }, load: () => import('./cli/analyze.ts') },
  kb: { summary: { en: 'a KB record, the near misses of a mistyped one, or the package a SHA-256 belongs to; kb record FILE… records hashes', 'zh-CN': '查 KB 记录、输错的 KB 编号的近似项或某个 SHA-256 属于哪个包；kb record 文件… 记录哈希' }, load: () => import('./cli/kb.ts') },
  verify: { summary: { en: 'SHA-256 of a package file against the catalog', 'zh-CN': '计算包文件的 SHA-256 并与目录核对' }, load: () => import('./cli/verify.ts') },
};

function usage(lang: Lang): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary[lang]}`);
  return lang === 'zh-CN'
    ? `用法：update-triage <命令> [选项]\n\n命令：\n${lines.join('\n')}\n\n查看某个命令的说明：update-triage <命令> --help\n`
    : `usage: update-triage <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nHelp on one command: update-triage <command> --help\n`;
}

export async function main(argv: string[], io: CliIo = stdio): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langFromLocale(io.env ?? {});
  if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return main([rest[0], '--help'], io);
  const command = name ? COMMANDS[name] : undefined;
  if (command) return (await command.load()).run(rest, io);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(lang));
    return name ? 0 : 2;
  }
  io.err(`update-triage: unknown command '${name}'\n\n${usage(lang)}`);
  return 2;
}
