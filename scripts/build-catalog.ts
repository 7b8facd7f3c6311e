/**
 * `npm run catalog [-- --content DIR] [--check]`: checks all content and writes .catalog/catalog.json
 * (not with --check); a bad file stops with `file:line: message` and exit code 1.
 */
import { ContentError, formatWarning } from '../src/catalog/content-error.ts';
import { compileFromDisk, writeCatalog } from './lib/load-catalog.ts';

try {
  const started = Date.now();
  const args = process.argv.slice(2);
  const contentAt = args.indexOf('--content');
  const { catalog, warnings } = await compileFromDisk({ contentDir: contentAt >= 0 ? args[contentAt + 1] : undefined });
  for (const w of warnings) console.warn(formatWarning(w));
  if (!args.includes('--check')) await writeCatalog(catalog);
  console.log(
    `catalog: ${catalog.codes.length} codes, ${catalog.articles.length} articles, ${catalog.kbs.length} KB packages, ` +
      `${catalog.runbooks.length} runbooks, ${catalog.symptoms.length} symptoms, ${catalog.builds.length} builds, ${catalog.rules.length} rules ` +
      `(${warnings.length} warnings, ${Date.now() - started} ms)`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
