/**
 * The search and lookup box as a user meets it: opened with Ctrl+K or `/`, driven with the
 * keyboard, in the page's language; a code, KB number or name goes straight to its page, an
 * unknown value is decoded in place, results filter by kind, and the query lives in `?q=`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, recordExternalRequests, siteUrl } from './support/browser.ts';
import { DIST, distHtmlFiles } from './support/dist-pages.ts';

let browser: Browser;
let page: Page;
let external: string[];

beforeAll(async () => {
  browser = await launch();
});
beforeEach(async () => {
  await page?.close();
  page = await browser.newPage();
  external = recordExternalRequests(page);
});
afterAll(() => browser?.close());

const path = (url: string) => new URL(url).pathname.replace(new URL(siteUrl()).pathname, '/');
const dialog = () => page.locator('site-search dialog');
const input = () => page.locator('#site-search-input');
const options = () => page.locator('#site-search-results [role="option"]');
const status = () => page.locator('site-search [role="status"]');

/** Types into the dialog and waits until the full-text results are in. */
async function search(text: string): Promise<void> {
  await input().fill(text);
  await page.waitForFunction(
    (text) => {
      const s = document.querySelector('site-search [role="status"]')?.textContent ?? '';
      return s.includes(text) || /不可用|unavailable/.test(s);
    },
    text,
    { timeout: 15_000 },
  );
}

async function open(pathname: string): Promise<void> {
  await page.goto(siteUrl(pathname), { waitUntil: 'load' });
}

describe('opening and closing', () => {
  it('Ctrl+K opens the dialog with the input focused, Esc closes it', async () => {
    await open('codes/0x80070570/');
    await page.keyboard.press('Control+k');
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('Escape');
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  });

  it('one Esc closes it with words in the field, not only clears them; reopening keeps them', async () => {
    await open('codes/0x80070570/');
    await page.keyboard.press('Control+k');
    await input().fill('哈希');
    await page.keyboard.press('Escape');
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.keyboard.press('Control+k');
    expect(await input().inputValue()).toBe('哈希');
  });

  it('Esc while an input method is composing belongs to the input method and leaves the dialog open', async () => {
    await open('codes/0x80070570/');
    await page.keyboard.press('Control+k');
    await input().evaluate((el) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true, cancelable: true })),
    );
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
  });

  it('`/` opens it, but not while typing in another field', async () => {
    await open('');
    await page.focus('#lookup-box-input');
    await page.keyboard.type('/');
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
  });
});

describe('language', () => {
  it('shows Chinese words on zh-CN pages and English on /en/', async () => {
    await open('runbooks/');
    expect(await page.locator('button[data-open-modal]').getAttribute('aria-label')).toMatch(/[\u4e00-\u9fff]/);
    await page.keyboard.press('Control+k');
    expect(await input().getAttribute('placeholder')).toMatch(/错误代码/);
    await search('文件损坏');
    expect(await status().textContent()).toMatch(/条结果/);
    await open('en/runbooks/');
    await page.keyboard.press('Control+k');
    expect(await input().getAttribute('placeholder')).toMatch(/Error code/);
    await search('corrupt');
    expect(await status().textContent()).toMatch(/results? for/);
  });
});

describe('a code, KB number or name goes straight to its page', () => {
  it.each([
    ['80070570', '/codes/0x80070570/'],
    ['-2147023504', '/codes/0x80070570/'],
    ['ERROR_FILE_CORRUPT', '/codes/0x80070570/'],
    ['KB5016623', '/kb/kb5016623/'],
    ['kb 5016623', '/kb/kb5016623/'],
  ])('%s + Enter → %s', async (query, target) => {
    await open('about/');
    await page.keyboard.press('Control+k');
    await search(query);
    expect(path(await options().first().evaluate((a: HTMLAnchorElement) => a.href))).toBe(target);
    await Promise.all([page.waitForURL((url) => url.pathname.endsWith(target)), page.keyboard.press('Enter')]);
  });

  it("the home page box's placeholder is read whole on a phone, in both languages", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['', 'en/']) {
      await open(path);
      const fit = await page.$eval('#lookup-box-input', (input) => {
        const box = input as HTMLInputElement;
        const style = getComputedStyle(box);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: box.placeholder, needs: context.measureText(box.placeholder).width, room };
      });
      expect(fit.needs, `${path || 'zh-CN'}: "${fit.text}"`).toBeLessThanOrEqual(fit.room);
    }
  });

  it('shows its keyboard hint with a mouse, and none on a touch screen', async () => {
    await open('');
    const display = (p: Page) => p.$eval('search-panel .ut-search-hint', (hint) => getComputedStyle(hint).display);
    expect(await display(page)).not.toBe('none');
    const touch = await browser.newPage({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });
    try {
      await touch.goto(siteUrl(''), { waitUntil: 'load' });
      expect(await display(touch)).toBe('none');
    } finally {
      await touch.close();
    }
  });

  it('the home page box does the same, and on /en/ stays in English', async () => {
    await open('en/');
    await page.fill('#lookup-box-input', '0x8024001E');
    const first = page.locator('#lookup-box-results [role="option"]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('WU_E_SERVICE_STOP');
    await Promise.all([page.waitForURL(/\/en\/codes\/0x8024001e\/$/), page.press('#lookup-box-input', 'Enter')]);
  });
});

describe('a title typed in part finds its page', () => {
  it('a phrase from the middle of a Chinese title (社区解读互相矛盾) lists that article first', async () => {
    await open('');
    await page.keyboard.press('Control+k');
    await search('社区解读互相矛盾');
    expect(path(await options().first().evaluate((a: HTMLAnchorElement) => a.href))).toBe('/codes/0x800f082f/');
  });
});

describe('a word users type for a failure finds its page', () => {
  it('BSOD opens the stop code updates leave behind, not a page that only holds the letters', async () => {
    await open('en/');
    await page.keyboard.press('Control+k');
    await search('BSOD');
    expect(path(await options().first().evaluate((a: HTMLAnchorElement) => a.href))).toBe('/en/codes/0xc000021a/');
  });
});

describe('what a result shows', () => {
  it("a code page's excerpt gives its forms as separate words, not run into one", async () => {
    await open('en/');
    await page.keyboard.press('Control+k');
    await search('TBS access denied');
    const result = options().filter({ hasText: '0x80284012' }).first();
    const excerpt = (await result.locator('.ut-search-excerpt').textContent())!.replace(/\s+/g, ' ');
    expect(excerpt).toContain('0x80284012 80284012 -2144845806 2150121490 TBS_E_ACCESS_DENIED');
    // not the lead-in every code page has, which opened every code's excerpt
    expect(excerpt).not.toContain('All of these forms');
  });
});

describe('excerpts', () => {
  it('hold the pages\' words, not a button\'s or a cited address', async () => {
    await open('');
    await page.keyboard.press('Control+k');
    for (const text of ['更新失败', 'download stuck', '检查更新']) {
      await search(text);
      const excerpts = await page.$$eval('#site-search-results [role="option"] .ut-search-excerpt', (els) => els.map((e) => e.textContent ?? ''));
      for (const excerpt of excerpts) expect(excerpt, text).not.toMatch(/复制为回复|Copy as reply|pages\.dev|\/blob\//);
    }
  });
});

describe('an unknown value is decoded in place', () => {
  it('0x8024ABCD: no page, its bits read out in Chinese', async () => {
    await open('');
    await page.keyboard.press('Control+k');
    await input().fill('0x8024ABCD');
    const decode = page.locator('site-search .ut-search-decode');
    await decode.waitFor();
    const text = await decode.textContent();
    expect(text).toContain('0x8024ABCD');
    expect(text).toContain('FACILITY_WINDOWSUPDATE');
    expect(text).toMatch(/严重性/);
    expect(await options().evaluateAll((os) => os.filter((o) => (o as HTMLAnchorElement).dataset.lookup).length)).toBe(0);
  });

  it("0xc1900101-0x20017: the result's page first, and its extend code's phase and operation read out beside it", async () => {
    await open('en/');
    await page.keyboard.press('Control+k');
    await input().fill('0xc1900101-0x20017');
    const extend = page.locator('site-search [data-match="setup-extend"]');
    await extend.waitFor();
    const text = await extend.textContent();
    expect(text).toContain('setup extend code 0x20017');
    expect(text).toContain('SP_EXECUTION_SAFE_OS');
    expect(text).toContain('SP_EXECUTION_OP_BOOT');
    expect(path((await options().first().evaluate((a) => (a as HTMLAnchorElement).href)))).toBe('/en/codes/0xc1900101/');
  });
});

describe('a word of the other language', () => {
  it('finds nothing in this language\'s pages but the symptom its words describe, and is offered in the other language\'s', async () => {
    await open('en/');
    await page.keyboard.press('Control+k');
    await search('回滚');
    // a symptom answers to both languages' search words; no other English page holds the word
    const found = await options().evaluateAll((os) => os.map((o) => new URL((o as HTMLAnchorElement).href).pathname));
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p).toMatch(/\/en\/symptoms\//);
    const link = page.locator('site-search .ut-search-other-language a');
    expect(await link.textContent()).toBe('Search the Chinese pages for “回滚”');
    await link.click();
    await page.waitForURL((url) => url.searchParams.get('q') === '回滚', { timeout: 5_000 });
    expect(path(page.url())).toBe('/');
    await page.locator('#lookup-box-results [role="option"]').first().waitFor();
  });
});

describe('keyboard and filters', () => {
  it('arrow keys move the choice and Enter opens the chosen page', async () => {
    await open('');
    await page.keyboard.press('Control+k');
    await search('回滚');
    expect(await options().count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = options().nth(2);
    expect(await chosen.getAttribute('aria-selected')).toBe('true');
    expect(await input().getAttribute('aria-activedescendant')).toBe(await chosen.getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    const second = options().nth(1);
    const target = path(await second.evaluate((a: HTMLAnchorElement) => a.href));
    await Promise.all([page.waitForURL((url) => url.pathname.endsWith(target)), page.keyboard.press('Enter')]);
  });

  it.each([
    ['runbook', '/runbooks/'],
    ['kb', '/kb/'],
    ['article', '/codes/0x'],
  ])('the %s filter lists only those pages', async (kind, prefix) => {
    await open('');
    await page.keyboard.press('Control+k');
    await page.locator(`site-search input[type="radio"][value="${kind}"]`).check();
    await search('更新');
    const hrefs = await options().evaluateAll((os) => os.map((o) => (o as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.map(path).filter((p) => !p.startsWith(prefix))).toEqual([]);
  });
});

describe('the query in the URL', () => {
  it('typing keeps ?q= up to date, and closing the dialog removes it', async () => {
    await open('kb/');
    await page.keyboard.press('Control+k');
    await search('哈希');
    // written once typing pauses (src/components/search/query-url.ts)
    await page.waitForURL((url) => url.searchParams.get('q') === '哈希', { timeout: 5_000 });
    await page.keyboard.press('Escape');
    // the dialog's close event is queued as a task (HTML spec), so the URL changes just after the key
    await page.waitForURL((url) => !url.searchParams.has('q'), { timeout: 2_000 });
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  });

  it('a shared link opens the dialog with its results', async () => {
    await open('kb/?q=0x80070570');
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await options().first().waitFor();
    expect(path(await options().first().evaluate((a: HTMLAnchorElement) => a.href))).toBe('/codes/0x80070570/');
  });

  it('on the home page, a shared link fills the inline box and leaves the dialog closed', async () => {
    await open('?q=KB5016623');
    expect(await page.inputValue('#lookup-box-input')).toBe('KB5016623');
    await page.locator('#lookup-box-results [role="option"]').first().waitFor();
    expect(await dialog().evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
  });

  it('a code typed into the address in another case goes to its page; with no page of its own, to the lookup, decoded', async () => {
    const typed = await page.goto(siteUrl('codes/0X80070005/'), { waitUntil: 'load' });
    expect(typed?.status()).toBe(404);
    await page.waitForURL((url) => url.pathname.endsWith('/codes/0x80070005/'), { timeout: 5_000 });
    expect(await page.locator('h1').textContent()).toContain('ERROR_ACCESS_DENIED');
    // no page at all: tried in its page's form, then looked up at the lookup box of its language
    const response = await page.goto(siteUrl('en/codes/0X8024ABCD/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    await page.waitForURL((url) => url.searchParams.get('q') === '0x8024abcd', { timeout: 5_000 });
    expect(path(page.url())).toBe('/en/');
    expect(new URL(page.url()).hash).toBe('#lookup');
    const decode = page.locator('search-panel:has(#lookup-box-input) .ut-search-decode');
    await decode.waitFor();
    expect(await decode.textContent()).toContain('FACILITY_WINDOWSUPDATE');
  });

  it('any other missing page says so in both languages, with the ways on, and goes nowhere', async () => {
    const response = await page.goto(siteUrl('runbooks/no-such-runbook/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    const text = await page.locator('main').textContent();
    expect(text).toContain('这个地址没有页面');
    expect(text).toContain('There is no page at this address');
    expect(await page.locator('main a[hreflang="en"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(
      ['/en/', '/en/codes/', '/en/kb/', '/en/runbooks/'].map((p) => new URL(siteUrl(p.slice(1))).pathname),
    );
    expect(await page.evaluate(() => document.documentElement.style.visibility)).toBe('');
    expect(path(page.url())).toBe('/runbooks/no-such-runbook/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('a missing page under /en/ wears the English chrome, its English text first', async () => {
    const response = await page.goto(siteUrl('en/runbooks/no-such-runbook/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const leads = await page.locator('main p[lang]').evaluateAll((ps) => ps.filter((p) => !p.closest('[hidden]')).map((p) => p.getAttribute('lang')));
    expect(leads).toEqual(['en', 'zh-CN']);
    expect(await page.locator('header').textContent()).toContain('Update Triage');
    expect(path(page.url())).toBe('/en/runbooks/no-such-runbook/');
  });

  it('searching loaded nothing from outside the site', async () => {
    await open('?q=0x80070570');
    await page.locator('#lookup-box-results [role="option"]').first().waitFor();
    expect(external).toEqual([]);
  });
});

describe('the index', () => {
  it('holds no untranslated fallback page', () => {
    const notices = ['This content is not available in your language yet.', '此内容尚不支持你的语言。'];
    const indexedFallbacks = distHtmlFiles()
      .filter((f) => !/codes\/0x/.test(f))
      .filter((f) => {
        const html = readFileSync(`${DIST}/${f}`, 'utf8');
        return notices.some((n) => html.includes(n)) && html.includes('data-pagefind-body');
      });
    expect(indexedFallbacks).toEqual([]);
  });
});
