/**
 * Every form a user may type for a code finds its page first, with pagefind alone (the
 * aliases each code page carries), for 20 codes sampled from the catalog: 0x…, bare hex,
 * signed and unsigned decimal, the Win32 decimal where there is one, and the symbolic name.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Catalog } from '../../src/catalog/types.ts';
import { buildCodeIndex } from '../../src/hresult/code-index.ts';
import { win32FromHresult } from '../../src/hresult/relations.ts';
import { launch, siteUrl } from './support/browser.ts';
import { openPagefind, topPaths } from './support/pagefind.ts';

const catalog = JSON.parse(readFileSync('.catalog/catalog.json', 'utf8')) as Catalog;
const index = buildCodeIndex(catalog.codes);

/** A name that belongs to this page only, so the name query has one right answer. */
const ownName = (value: string) => index.byPage.get(Number(value) >>> 0)?.find((n) => index.byName.get(n.name.toUpperCase())!.every((o) => o.page === n.page))?.name;

/** The case's codes, then every n-th named code: the same 20 on every run. */
function sample(): string[] {
  const named = catalog.codes.filter((c) => ownName(c.value) && Number(c.value) > 0xffff).map((c) => c.value);
  const pinned = ['0x80070570', '0x8024001E', '0x80070490', '0x800F0821'];
  const step = Math.floor(named.length / (20 - pinned.length));
  return [...new Set([...pinned, ...named.filter((_, i) => i % step === step >> 1)])].slice(0, 20);
}

function formsOf(value: string): [string, string][] {
  const v = Number(value) >>> 0;
  const forms: [string, string][] = [
    ['0x hex', value],
    ['bare hex', value.slice(2)],
    ['signed decimal', String(v | 0)],
    ['unsigned decimal', String(v)],
  ];
  const win32 = win32FromHresult(v);
  if (win32 !== undefined) forms.push(['Win32 decimal', String(win32)]);
  forms.push(['symbolic name', ownName(value)!]);
  return forms;
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

const codes = sample();

describe.each([
  ['zh-CN', ''],
  ['en', 'en/'],
])('pagefind on the %s index lists the code page first', (_, prefix) => {
  beforeAll(() => openPagefind(page, prefix));

  it('samples 20 codes', () => expect(codes).toHaveLength(20));

  it.each(codes)('%s, in every form', async (value) => {
    const expected = new URL(siteUrl(`${prefix}codes/${value.toLowerCase()}/`)).pathname;
    const misses: string[] = [];
    for (const [form, query] of formsOf(value)) {
      const [first] = await topPaths(page, query, 1);
      if (first !== expected) misses.push(`${form} "${query}" → ${first ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
});
