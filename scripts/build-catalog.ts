/**
 * `npm run catalog [-- --content DIR] [--check] [--quiet]`: checks all content and writes
 * .catalog/ (the catalog and the CLI's data; not with --check). A bad file stops with
 * `file:line: message` and exit code 1. --quiet (npm install's `prepare`) counts the warnings
 * instead of listing them: they are for authors, who see them with `npm run catalog`.
 */
import { parseArgs } from 'node:util';
import { ContentError, formatWarning } from '../src/catalog/content-error.ts';
import { compileFromDisk, writeCatalog } from './lib/load-catalog.ts';
import { siteUrl } from './lib/site-address.ts';

function fail(message: string): never {
  console.error(`catalog: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { content: { type: 'string' }, check: { type: 'boolean' }, quiet: { type: 'boolean' } }, strict: true }).values;
  siteUrl(); // a malformed SITE_URL stops here, before any work
} catch (error) {
  fail((error as Error).message);
}

try {
  const started = Date.now();
  const { catalog, warnings } = await compileFromDisk({ contentDir: args.content });
  if (!args.quiet) for (const w of warnings) console.warn(formatWarning(w));
  if (!args.check) await writeCatalog(catalog);
  const warned = args.quiet && warnings.length ? `${warnings.length} warnings: npm run catalog lists them` : `${warnings.length} warnings`;
  console.log(
    `catalog: ${catalog.codes.length} codes, ${catalog.articles.length} articles, ${catalog.kbs.length} KB packages, ` +
      `${catalog.runbooks.length} runbooks, ${catalog.symptoms.length} symptoms, ${catalog.builds.length} builds, ${catalog.rules.length} rules ` +
      `(${warned}, ${Date.now() - started} ms)`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message); // file:line: message
  process.exit(1);
}
