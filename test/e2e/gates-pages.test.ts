/** Gate over every built page (scanning dist/): a title, a lang matching its path, a description, nothing loaded from outside. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, distHtmlFiles } from './support/dist-pages.ts';
import { isExternal, readHead, type PageHead } from './support/page-head.ts';

const files = distHtmlFiles();
const heads = new Map<string, PageHead>();

beforeAll(() => {
  for (const file of files) heads.set(file, readHead(readFileSync(join(DIST, file), 'utf8')));
});

const problems = (check: (file: string, head: PageHead) => string | undefined): string[] =>
  [...heads].map(([file, head]) => check(file, head)).filter((p): p is string => !!p);

describe(`every built page (${files.length})`, () => {
  it('is the whole site, code pages included', () => {
    expect(files.length).toBeGreaterThan(10_000);
  });

  it('has a non-empty title', () => {
    expect(problems((file, head) => (head.title ? undefined : file))).toEqual([]);
  });

  it('has a lang: en under /en/, zh-CN elsewhere', () => {
    expect(problems((file, head) => {
      const expected = file.startsWith('en/') ? 'en' : 'zh-CN';
      return head.lang === expected ? undefined : `${file}: lang=${head.lang}`;
    })).toEqual([]);
  });

  it('has a non-empty description', () => {
    expect(problems((file, head) => (head.description ? undefined : file))).toEqual([]);
  });

  it('loads no script, style, image or font from outside the site', () => {
    expect(problems((file, head) => {
      const outside = head.loads.filter(isExternal);
      return outside.length ? `${file}: ${outside.join(' ')}` : undefined;
    })).toEqual([]);
  });
});
