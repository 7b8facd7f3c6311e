/**
 * A link checker over built HTML: every internal href/src must name a file in dist/, and
 * every `#fragment` an element id on the page it points to. External links are reported
 * separately (the site must work on an isolated intranet).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: 'missing page' | 'missing fragment' | 'invalid URL';
}

const ATTR = /\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
}

/** The markup that is a page, leaving out inline scripts and styles, whose text is not links. */
function markup(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, '');
}

export function linksOf(html: string): string[] {
  return [...markup(html).matchAll(ATTR)].map((m) => decodeEntities(m[2]));
}

export function idsOf(html: string): Set<string> {
  return new Set([...markup(html).matchAll(ID)].map((m) => decodeEntities(m[1])));
}

export class LinkChecker {
  private ids = new Map<string, Set<string>>();

  /** `root`: the dist folder; `base`: the URL path the site is built for, `/` or `/sub/`. */
  constructor(
    private root: string,
    private base: string,
  ) {}

  /** dist/ file a site path resolves to, as the static server does, or undefined. */
  fileOf(pathname: string): string | undefined {
    if (!pathname.startsWith(this.base)) return undefined;
    let file = join(this.root, decodeURIComponent(pathname.slice(this.base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : undefined;
  }

  private idsIn(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) this.ids.set(file, (ids = idsOf(readFileSync(file, 'utf8'))));
    return ids;
  }

  /** Broken internal links of one page (`page` is its path relative to the root), and its external links. */
  check(page: string): { broken: BrokenLink[]; external: string[] } {
    const html = readFileSync(join(this.root, page), 'utf8');
    const pageUrl = new URL(this.base + page.replace(/index\.html$/, ''), 'http://site.invalid');
    const broken: BrokenLink[] = [];
    const external: string[] = [];
    for (const link of new Set(linksOf(html))) {
      if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
      let url: URL;
      try {
        url = new URL(link, pageUrl);
      } catch {
        broken.push({ page, link, reason: 'invalid URL' });
        continue;
      }
      if (url.origin !== pageUrl.origin) {
        external.push(link);
        continue;
      }
      const file = this.fileOf(url.pathname);
      if (!file) broken.push({ page, link, reason: 'missing page' });
      else if (url.hash.length > 1 && file.endsWith('.html') && !this.idsIn(file).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, link, reason: 'missing fragment' });
      }
    }
    return { broken, external };
  }
}
