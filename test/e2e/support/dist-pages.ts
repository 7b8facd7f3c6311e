/** The built pages in dist/, by site path, and a fixed sample of the ~15,000 code pages. */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = resolve('dist');
/** Folders that hold build output other than pages. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'data', 'chunks', 'pages', 'collections']);

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!(dir === DIST && NOT_PAGES.has(entry.name))) walk(join(dir, entry.name), out);
    } else if (entry.name.endsWith('.html')) out.push(join(dir, entry.name));
  }
}

/** Every HTML file in dist/, as paths relative to it with `/` separators (`en/codes/0x80070570/index.html`). */
export function distHtmlFiles(): string[] {
  const out: string[] = [];
  walk(DIST, out);
  return out.map((file) => relative(DIST, file).split(sep).join('/')).sort();
}

export const isCodePage = (file: string): boolean => /^(en\/)?codes\/0x[0-9a-f]{8}\/index\.html$/.test(file);

/** Every n-th code page plus the case's codes: the same sample on every run. */
export function sampleCodePages(files: string[], size: number): string[] {
  const codes = files.filter(isCodePage);
  const step = Math.max(1, Math.floor(codes.length / size));
  const sample = codes.filter((_, i) => i % step === 0);
  const pinned = ['0x80070570', '0x8024001e', '0x80070490', '0x800f0821', '0x802400ff'].flatMap((c) => [`codes/${c}/index.html`, `en/codes/${c}/index.html`]);
  return [...new Set([...sample, ...pinned.filter((p) => codes.includes(p))])];
}
