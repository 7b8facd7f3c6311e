/** The built pages in dist/, by site path, and a fixed sample of the ~15,000 code pages. */
import { existsSync, readdirSync } from 'node:fs';
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
  // No dist/ at all lists no page: the gates then fail on their page counts, and the browser
  // suite can still be listed (and counted as skipped) where no site was built.
  if (existsSync(DIST)) walk(DIST, out);
  return out.map((file) => relative(DIST, file).split(sep).join('/')).sort();
}

export const isCodePage = (file: string): boolean => /^(en\/)?codes\/0x[0-9a-f]{8}\/index\.html$/.test(file);

/** The code pages of the case, in both languages: always in the sample, and required to be built. */
export const PINNED_CODE_PAGES = ['0x80070570', '0x8024001e', '0x80070490', '0x800f0821', '0x802400ff'].flatMap((c) => [`codes/${c}/index.html`, `en/codes/${c}/index.html`]);

/** Every n-th code page plus the case's codes: the same sample on every run. */
export function sampleCodePages(files: string[], size: number): string[] {
  const codes = files.filter(isCodePage);
  const step = Math.max(1, Math.floor(codes.length / size));
  const sample = codes.filter((_, i) => i % step === 0);
  // a pinned page that was not built fails its own test in gates-links, not the whole sample
  return [...new Set([...sample, ...PINNED_CODE_PAGES.filter((p) => codes.includes(p))])];
}

/**
 * Fails, naming the file, when a page a test needs is not in dist/: a page that was not built is
 * a failure of the build, never a reason to skip the checks on it.
 */
export function requireBuilt(path: string): void {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${relative(process.cwd(), file)}: page not built (npm run build makes it)`);
}
