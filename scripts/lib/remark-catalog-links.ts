/**
 * remark-code-links wired to the compiled catalog, for Astro's own Markdown pipeline
 * (content/guides). Runs at build time in Node; reads .catalog/catalog.json once.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import remarkCodeLinks from '../../src/markdown/remark-code-links.ts';
import { isReleased, mentionLinks } from '../../src/catalog/context.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { CATALOG_FILE, siteBase } from './load-catalog.ts';

let known: { codes: Set<string>; kbs: Set<string>; released: Set<string> } | undefined;

function knownIds() {
  if (!known) {
    const catalog = JSON.parse(readFileSync(CATALOG_FILE, 'utf8')) as Catalog;
    known = {
      codes: new Set(catalog.codes.map((c) => c.value)),
      kbs: new Set(catalog.kbs.map((k) => k.kb)),
      released: new Set(catalog.builds.map((b) => b.kb)),
    };
  }
  return known;
}

export default function remarkCatalogLinks() {
  return (tree: Root, file: VFile) => {
    const lang: Lang = /[\\/]guides[\\/]en[\\/]/.test(file.path ?? '') ? 'en' : 'zh-CN';
    const ids = knownIds();
    const base = siteBase();
    remarkCodeLinks({
      resolve: mentionLinks(base, lang, ids),
      onUnknown: (kind, text, line) => {
        // a release of the build tables is no typo, even without a record to link to
        if (kind === 'kb' && isReleased(text, ids.released)) return;
        console.warn(`${file.path}:${line}: warning: unknown ${kind === 'code' ? 'code' : 'KB'} '${text}' is not linked`);
      },
    })(tree);
  };
}
