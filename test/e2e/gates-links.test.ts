/** Gate: no broken internal link or #fragment, and nothing loaded from outside the site, in the built pages. */
import { beforeAll, describe, expect, it } from 'vitest';
import { siteBase } from '../../scripts/lib/load-catalog.ts';
import { DIST, distHtmlFiles, isCodePage, PINNED_CODE_PAGES, sampleCodePages } from './support/dist-pages.ts';
import { LinkChecker, type BrokenLink } from './support/links.ts';

const files = distHtmlFiles();
/** Every page but the code pages, which are made from one template: a fixed sample of those. */
const pages = [...files.filter((f) => !isCodePage(f)), ...sampleCodePages(files, 400)];
const broken: BrokenLink[] = [];
const external: { page: string; link: string }[] = [];

beforeAll(() => {
  const checker = new LinkChecker(DIST, siteBase());
  for (const page of pages) {
    const result = checker.check(page);
    broken.push(...result.broken);
    external.push(...result.external.map((link) => ({ page, link })));
  }
});

describe('links in the built site', () => {
  it(`covers every page but code pages, plus a sample of code pages (${pages.length} pages)`, () => {
    expect(files.filter(isCodePage).length).toBeGreaterThan(1000);
    expect(pages.filter(isCodePage).length).toBeGreaterThanOrEqual(400);
    expect(pages.filter((p) => /^(en\/)?symptoms\/[a-z0-9-]+\/index\.html$/.test(p)).length).toBeGreaterThanOrEqual(60);
  });

  it("includes the case's code pages in both languages, built", () => {
    expect(PINNED_CODE_PAGES.filter((page) => !files.includes(page))).toEqual([]);
  });

  it('has no broken internal link or #fragment', () => {
    expect(broken.map((b) => `${b.page}: ${b.link} (${b.reason})`)).toEqual([]);
  });

  it('links outside the site only as citations a reader may follow, over http(s)', () => {
    // an <a href> to a public source is fine; anything else (a protocol-relative src, file:) would load or break
    expect(external.filter((e) => !/^https?:\/\//.test(e.link)).map((e) => `${e.page}: ${e.link}`)).toEqual([]);
  });
});
