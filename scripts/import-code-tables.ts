/**
 * Imports error-code names and values from the public headers of Debian's
 * mingw-w64-common into `content/code-tables/<header>.json`.
 *
 *   npx tsx scripts/import-code-tables.ts [INCLUDE_DIR] [--out DIR] [--package "NAME VERSION"]
 *
 * Re-running it on the same headers writes the same files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTable, formatTable } from './import/build-table.ts';
import { HEADERS, SUPPORT_HEADERS, type HeaderProfile } from './import/headers.ts';
import { parseHeader, type ParsedHeader } from './import/parse-header.ts';
import { parseArgs } from 'node:util';

export const DEFAULT_INCLUDE = '/usr/share/mingw-w64/include';
const PACKAGE = 'mingw-w64-common';

export interface ImportOptions {
  include: string;
  out: string;
  /** `name version` recorded as every entry's source */
  packageLabel: string;
  headers?: HeaderProfile[];
  log?: (line: string) => void;
}

function installedVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', PACKAGE], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown version';
  }
}

export function importCodeTables(options: ImportOptions): { written: string[]; skipped: string[] } {
  const log = options.log ?? (() => {});
  const cache = new Map<string, ParsedHeader>();
  const load = (header: string): ParsedHeader | undefined => {
    if (!cache.has(header)) {
      const path = join(options.include, header);
      if (!existsSync(path)) return undefined;
      cache.set(header, parseHeader(readFileSync(path, 'latin1')));
    }
    return cache.get(header);
  };
  const support = SUPPORT_HEADERS.map(load).filter((h): h is ParsedHeader => Boolean(h));
  mkdirSync(options.out, { recursive: true });
  const written: string[] = [];
  const skipped: string[] = [];
  for (const profile of options.headers ?? HEADERS) {
    const parsed = load(profile.header);
    if (!parsed) {
      log(`${profile.header}: not found in ${options.include}, skipped`);
      continue;
    }
    const report = buildTable(profile, parsed, support, options.packageLabel);
    const file = join(options.out, `${profile.header}.json`);
    writeFileSync(file, formatTable(report.table));
    written.push(file);
    skipped.push(...report.skipped);
    log(`${profile.header}: ${report.table.entries.length} codes`);
  }
  return { written, skipped };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { out: { type: 'string' }, package: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`import-code-tables: ${(error as Error).message}\n`);
    return 2;
  }
  const include = parsed.positionals[0] ?? DEFAULT_INCLUDE;
  const out = parsed.values.out ?? 'content/code-tables';
  const packageLabel = parsed.values.package;
  if (!existsSync(include)) {
    process.stderr.write(`import-code-tables: ${include}: no such directory (install ${PACKAGE})\n`);
    return 1;
  }
  const label = packageLabel ?? `${PACKAGE} ${installedVersion()}`;
  const { skipped } = importCodeTables({ include, out, packageLabel: label, log: (l) => process.stdout.write(l + '\n') });
  for (const line of skipped) process.stderr.write(`note: ${line}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
