/** `npm run catalog`: checks all content and writes .catalog/catalog.json; a bad file stops with file:line. */
import { ContentError, formatWarning } from '../src/catalog/content-error.ts';
import { compileFromDisk, writeCatalog } from './lib/load-catalog.ts';

try {
  const started = Date.now();
  const { catalog, warnings } = await compileFromDisk();
  for (const w of warnings) console.warn(formatWarning(w));
  await writeCatalog(catalog);
  console.log(
    `catalog: ${catalog.codes.length} codes, ${catalog.articles.length} articles, ${catalog.kbs.length} KB packages, ` +
      `${catalog.runbooks.length} runbooks, ${catalog.builds.length} builds, ${catalog.rules.length} rules ` +
      `(${warnings.length} warnings, ${Date.now() - started} ms)`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
