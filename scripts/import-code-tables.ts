/**
 * Imports error-code names and values from the public headers of Debian's
 * mingw-w64-common into `content/code-tables/<header>.json`, then the names those
 * lack from Debian's libwine-dev into `content/code-tables/wine-<header>.json`.
 *
 *   npx tsx scripts/import-code-tables.ts [INCLUDE_DIR] [--wine WINE_INCLUDE_DIR] [--out DIR]
 *     [--package "NAME VERSION"] [--wine-package "NAME VERSION"]
 *
 * Re-running it on the same headers writes the same files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTable, formatTable } from './import/build-table.ts';
import { HEADERS, SUPPORT_HEADERS, WINE_HEADERS, type HeaderProfile } from './import/headers.ts';
import { parseHeader, type ParsedHeader } from './import/parse-header.ts';
import { parseArgs } from 'node:util';

export const DEFAULT_INCLUDE = '/usr/share/mingw-w64/include';
export const DEFAULT_WINE_INCLUDE = '/usr/include/wine/wine/windows';
const PACKAGE = 'mingw-w64-common';
const WINE_PACKAGE = 'libwine-dev';

export interface ImportOptions {
  include: string;
  out: string;
  /** `name version` recorded as every entry's source */
  packageLabel: string;
  headers?: HeaderProfile[];
  /** a second source: tables named `<prefix>/<header>`, files `<prefix>-<header>.json` */
  prefix?: string;
  /** names an earlier source already has: left out */
  known?: ReadonlySet<string>;
  log?: (line: string) => void;
}

function installedVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown version';
  }
}

export function importCodeTables(options: ImportOptions): { written: string[]; skipped: string[]; names: Set<string> } {
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
  const names = new Set<string>();
  for (const profile of options.headers ?? HEADERS) {
    const parsed = load(profile.header);
    if (!parsed) {
      log(`${profile.header}: not found in ${options.include}, skipped`);
      continue;
    }
    const header = options.prefix ? `${options.prefix}/${profile.header}` : profile.header;
    const report = buildTable(profile, parsed, support, options.packageLabel, { header, known: options.known });
    const file = join(options.out, `${header.replace('/', '-')}.json`);
    writeFileSync(file, formatTable(report.table));
    written.push(file);
    skipped.push(...report.skipped.map((line) => (options.prefix ? `${options.prefix}/${line}` : line)));
    for (const entry of report.table.entries) names.add(entry.name);
    log(`${header}: ${report.table.entries.length} codes`);
  }
  return { written, skipped, names };
}

/** mingw-w64 first, then Wine for the names mingw-w64 lacks. */
export function importAll(options: { include: string; wineInclude: string; out: string; packageLabel: string; winePackageLabel: string; log?: (line: string) => void }) {
  const first = importCodeTables({ include: options.include, out: options.out, packageLabel: options.packageLabel, log: options.log });
  const wine = importCodeTables({
    include: options.wineInclude,
    out: options.out,
    packageLabel: options.winePackageLabel,
    headers: WINE_HEADERS,
    prefix: 'wine',
    known: first.names,
    log: options.log,
  });
  return { written: [...first.written, ...wine.written], skipped: [...first.skipped, ...wine.skipped] };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, package: { type: 'string' }, wine: { type: 'string' }, 'wine-package': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`import-code-tables: ${(error as Error).message}\n`);
    return 2;
  }
  const include = parsed.positionals[0] ?? DEFAULT_INCLUDE;
  const out = parsed.values.out ?? 'content/code-tables';
  const wineInclude = parsed.values.wine ?? DEFAULT_WINE_INCLUDE;
  const packageLabel = parsed.values.package;
  const winePackageLabel = parsed.values['wine-package'];
  for (const [dir, pkg] of [[include, PACKAGE], [wineInclude, WINE_PACKAGE]]) {
    if (!existsSync(dir)) {
      process.stderr.write(`import-code-tables: ${dir}: no such directory (install ${pkg})\n`);
      return 1;
    }
  }
  const { skipped } = importAll({
    include,
    wineInclude,
    out,
    packageLabel: packageLabel ?? `${PACKAGE} ${installedVersion(PACKAGE)}`,
    winePackageLabel: winePackageLabel ?? `${WINE_PACKAGE} ${installedVersion(WINE_PACKAGE)}`,
    log: (l) => process.stdout.write(l + '\n'),
  });
  for (const line of skipped) process.stderr.write(`note: ${line}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
