/** `update-triage <command> …`: dispatches to one module per command. */
const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  lookup: () => import('./cli/lookup.ts'),
  analyze: () => import('./cli/analyze.ts'),
  kb: () => import('./cli/kb.ts'),
  verify: () => import('./cli/verify.ts'),
};

const USAGE = `usage: update-triage <command> [options]

commands:
  lookup <value> [--lang zh-CN|en] [--json]     decode an error code in any form
  analyze <paths…> [--json] [--lang zh-CN|en]   analyze logs, folders or zips
  analyze --fleet DIR [--out FILE]               one bundle per machine, one JSON line each
  kb <KB number | SHA-256 | words>               a KB record, or the near misses of a mistyped one
  kb record FILE… [--force]                      record the SHA-256 and size of .msu/.cab packages
  verify FILE [--kb KB…]                         SHA-256 of a package against the catalog
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(name && name !== '--help' ? `update-triage: unknown command '${name}'\n\n${USAGE}` : USAGE);
    return name && name !== '--help' ? 2 : 0;
  }
  const command = await load();
  return command.run(rest);
}
