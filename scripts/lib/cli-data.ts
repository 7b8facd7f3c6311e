/**
 * The data each CLI command reads, cut from the compiled catalog when it is written, so a
 * command starts without parsing the whole catalog: `lookup` reads the code index and the
 * articles in short, `analyze` the analyzer's knowledge.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { knowledgeFromCatalog, knowledgeToJSON } from '../../src/analyzer/knowledge.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { buildCodeIndex, serializeCodeIndex, type SerializedCodeIndex } from '../../src/hresult/code-index.ts';
import type { Localized } from '../../src/i18n/lang.ts';
import { CATALOG_DIR, KNOWLEDGE_FILE, LOOKUP_FILE, SITE_FILE } from './catalog-files.ts';
import { siteBase, siteUrl } from './site-address.ts';

export interface ArticleBrief {
  code: string;
  title: Localized;
  summary: Localized;
  runbooks: string[];
}

export interface LookupData {
  version: 1;
  index: SerializedCodeIndex;
  articles: ArticleBrief[];
}

export function lookupDataOf(catalog: Catalog): LookupData {
  return {
    version: 1,
    index: serializeCodeIndex(buildCodeIndex(catalog.codes)),
    articles: catalog.articles.map(({ code, title, summary, runbooks }) => ({ code, title, summary, runbooks })),
  };
}

/** Where page references point: the public address (SITE_URL) when set at build time, else the base path. */
export const siteRootOf = (env: Record<string, string | undefined> = process.env): string => siteUrl(env) ?? siteBase(env);

export async function writeCliData(catalog: Catalog): Promise<void> {
  await mkdir(CATALOG_DIR, { recursive: true });
  await writeFile(SITE_FILE, JSON.stringify({ site: siteRootOf() }));
  await writeFile(LOOKUP_FILE, JSON.stringify(lookupDataOf(catalog)));
  await writeFile(KNOWLEDGE_FILE, knowledgeToJSON(knowledgeFromCatalog(catalog)));
}

/** The file's text, or undefined when the catalog was never compiled here. */
export function readCliFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The site root page references use: SITE_URL now, else the one compiled in, else the base path. */
export function cliSiteRoot(env: Record<string, string | undefined>): string {
  if (env.SITE_URL) return siteRootOf(env);
  const text = readCliFile(SITE_FILE);
  return text ? (JSON.parse(text) as { site: string }).site : siteRootOf(env);
}
