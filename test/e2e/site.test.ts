import { describe, expect, it } from 'vitest';
import { sharedPage, siteUrl } from './support/browser.ts';
import { distHtmlFiles } from './support/dist-pages.ts';

const shared = sharedPage();

async function open(path: string) {
  const response = await shared.page.goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

/** Runs `check` at a phone's width, then gives the page back playwright's default size, which the other tests see. */
async function onPhone(check: () => Promise<void>, width = 390) {
  await shared.page.setViewportSize({ width, height: 844 });
  try {
    await check();
  } finally {
    await shared.page.setViewportSize({ width: 1280, height: 720 });
  }
}

describe('the built site', () => {
  it('serves the Chinese home page at the root and the English one under /en/', async () => {
    await open('');
    expect(await shared.page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await shared.page.textContent('h1')).toContain('更新排障知识库');
    await open('en/');
    expect(await shared.page.getAttribute('html', 'lang')).toBe('en');
    expect(await shared.page.textContent('h1')).toContain('Update Triage');
  });

  it('opens a card from a click anywhere on it, not only on its title: the home page\'s sections, the runbooks', async () => {
    for (const [path, card, to] of [
      ['', '.ut-cards li:has(a[href$="/runbooks/"])', /\/runbooks\/$/],
      ['en/runbooks/', '.ut-cards li:has(a[href*="/offline-install-with-hash-check/"])', /\/en\/runbooks\/offline-install-with-hash-check\/$/],
    ] as const) {
      await open(path);
      // on the card's summary line, below its title, where a click once did nothing (the mouse at that point, as the link's overlay takes it)
      const line = shared.page.locator(`${card} p`);
      await line.scrollIntoViewIfNeeded();
      const box = (await line.boundingBox())!;
      await Promise.all([shared.page.waitForURL(to), shared.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
    }
  });

  it('shows a code page with its names, decode and every form a user may type', async () => {
    await open('codes/0x80070570/');
    const text = await shared.page.textContent('main');
    for (const form of ['0x80070570', '80070570', '-2147023504', '2147943792', '1392', 'ERROR_FILE_CORRUPT', 'FACILITY_WIN32']) {
      expect(text, form).toContain(form);
    }
    await open('en/codes/0x8024001e/');
    const en = await shared.page.textContent('main');
    expect(en).toContain('WU_E_SERVICE_STOP');
    // Err.exe's low-word reading is shown, but only as the weaker one, after the primary name
    expect(en!.indexOf('ERROR_READ_FAULT')).toBeGreaterThan(en!.indexOf('WU_E_SERVICE_STOP'));
  });

  it('cites where a name no header gives comes from: the document, or the CBS.log line that prints it', async () => {
    await open('en/codes/0x800f0805/');
    const row = shared.page.locator('table.ut-decode tr', { hasText: 'CBS_E_INVALID_PACKAGE' });
    expect(await row.locator('a').textContent()).toBe('CBS.log (name printed by Windows)');
    await open('codes/0x800f0805/');
    expect(await shared.page.locator('table.ut-decode tr', { hasText: 'CBS_E_INVALID_PACKAGE' }).locator('a').textContent()).toBe('CBS.log（Windows 自己写出的名称）');
    await open('en/codes/0x800f0805/');
    expect(await row.locator('a').getAttribute('href')).toMatch(/^https:\/\/github\.com\/logpai\/loghub\/blob\/[0-9a-f]{40}\/Windows\/Windows_2k\.log#L131$/);
    await open('codes/0x800f0821/');
    const doc = shared.page.locator('table.ut-decode tr', { hasText: 'CBS_E_ABORT' });
    expect(await doc.locator('a').getAttribute('href')).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    // a header's source is a package version: no link
    await open('codes/0x80070570/');
    expect(await shared.page.locator('table.ut-decode tr', { hasText: 'ERROR_FILE_CORRUPT' }).locator('a').count()).toBe(0);
  });

  it('lists in "On this page" every section a page has, and shows no such list on a page without sections', async () => {
    const sectionsOf = () =>
      shared.page.$$eval('main h2[id]', (hs) => hs.filter((h) => h.id !== 'starlight__on-this-page').map((h) => `#${h.id}`));
    const tocOf = () => shared.page.$$eval('starlight-toc nav a', (as) => as.map((a) => a.getAttribute('href')).filter((h) => /^#/.test(h!) && h !== '#_top'));
    for (const path of ['codes/', 'en/symptoms/', 'runbooks/component-store-repair/', 'en/runbooks/wsus-client-checks/', 'kb/kb5016623/']) {
      await open(path);
      const sections = await sectionsOf();
      expect(sections.length, path).toBeGreaterThan(1);
      // the list may go deeper (a runbook's steps), but misses no section
      expect((await tocOf()).filter((h) => sections.includes(h!)), path).toEqual(sections);
    }
    for (const path of ['kb/', 'en/runbooks/', 'analyze/', 'verify/']) {
      await open(path);
      expect(await sectionsOf(), path).toEqual([]);
      expect(await shared.page.locator('starlight-toc').count(), path).toBe(0);
    }
  });

  it('shows the KB5016623 record with the one hash to trust', async () => {
    await open('kb/kb5016623/');
    expect(await shared.page.textContent('#kb-sha256')).toBe('1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED');
    expect(await shared.page.textContent('main')).toContain('17763.3287');
    // its kind, release type and the facts its sources back, in the page's language
    const facts = await shared.page.$$eval('.ut-facts dt', (dts) => Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])));
    expect(facts['类型']).toBe('累积更新');
    expect(facts['发布日期']).toBe('2022-08-09（每月安全更新，“B”版）');
    const sources = await shared.page.$$eval('.ut-sources li', (lis) => lis.map((li) => li.textContent!.split(/[:：]/)[0]));
    expect(sources).toContain('安装后的内部版本');
    expect(sources).not.toContain('os_build');
    // "On this page" lists the page's sections, each a heading of the page
    const toc = await shared.page.$$eval('starlight-toc nav a', (as) => as.map((a) => a.getAttribute('href')));
    expect(toc).toEqual(['#_top', '#sha256', '#known-issues', '#sources']);
    for (const href of toc.slice(1)) expect(await shared.page.locator(`h2${href}`).count(), href!).toBe(1);
    // each source's label once: the release type's is not the release date's
    expect(sources.filter((s) => s === '发布日期')).toHaveLength(1);
    expect(sources).toContain('发布类型');
    // a source in words reads in the page's language; the addresses in sources are links
    const lines = await shared.page.$$eval('.ut-sources li', (lis) => lis.map((li) => li.textContent!));
    expect(lines).toContain('SHA-256：厂商软件包记录（支持案例，2022-11）');
    expect(lines.join('\n')).not.toContain('vendor package record');
    const release = shared.page.locator('.ut-sources a[href="https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info"]');
    expect(await release.count()).toBeGreaterThanOrEqual(3);
    expect(await shared.page.locator('.ut-sources a[href="https://support.microsoft.com/help/5016623"]').count()).toBe(1);
    // the overview's bare link to Microsoft's notes ends where the Chinese after it starts
    expect(await shared.page.locator('main a[href^="https://support.microsoft.com/help/5016623"]').first().getAttribute('href')).toBe('https://support.microsoft.com/help/5016623');
  });

  it('on a phone, the home page has the menu, and through it the language and theme switches', async () => {
    await onPhone(async () => {
      for (const path of ['', 'en/']) {
        await open(path);
        const menu = shared.page.locator('starlight-menu-button button');
        expect(await menu.isVisible(), path).toBe(true);
        await menu.click();
        expect(await shared.page.locator('nav.sidebar starlight-lang-select select').isVisible(), path).toBe(true);
        expect(await shared.page.locator('nav.sidebar starlight-theme-select select').isVisible(), path).toBe(true);
      }
    });
  });

  it('on a phone, a copy button covers none of the command it copies', async () => {
    await onPhone(async () => {
      await open('en/kb/kb5016623/');
      const blocks = await shared.page.$$eval('.ut-command', (divs) =>
        divs.map((div) => {
          const button = div.querySelector('.ut-copy')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(div.querySelector('pre code')!);
          return { buttonBottom: button.bottom, textTop: range.getBoundingClientRect().top };
        }),
      );
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expect(block.textTop).toBeGreaterThanOrEqual(block.buttonBottom);
    });
  });

  it('on a phone, a symbolic name too long for a line of the title breaks after an underscore, not between letters', async () => {
    await onPhone(async () => {
      await open('codes/0x80244019/');
      // each run between underscores is a text node of its own: none of its Latin words may be drawn on two lines (Chinese breaks between any characters)
      const runs = await shared.page.$eval('h1#_top', (h1) =>
        [...h1.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent).flatMap((n) =>
          [...n.textContent!.matchAll(/\w+/g)].map((word) => {
            const range = document.createRange();
            range.setStart(n, word.index);
            range.setEnd(n, word.index + word[0].length);
            return { text: word[0], lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
          }),
        ),
      );
      expect(runs.map((r) => r.text).join('')).toContain('WU_E_PT_HTTP_STATUS_NOT_FOUND');
      const lines = await shared.page.$eval('h1#_top', (h1) => Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight)));
      expect(lines, 'the title is long enough to need two lines at this width').toBeGreaterThan(1);
      for (const run of runs) expect(run.lines, run.text).toBe(1);
    }, 320);
  });

  it('on a phone, the KB list shows each package whole, with its labels, and scrolls nothing sideways', async () => {
    await onPhone(async () => {
      await open('en/kb/');
      const table = await shared.page.$eval('.ut-kb-table', (t) => ({ scroll: t.scrollWidth, width: t.clientWidth, right: t.getBoundingClientRect().right }));
      expect(table.scroll).toBeLessThanOrEqual(table.width);
      expect(table.right).toBeLessThanOrEqual(390);
      const cells = await shared.page.$$eval('.ut-kb-table tbody tr:first-child td', (tds) => tds.map((td) => ({ text: td.textContent, label: getComputedStyle(td, '::before').content, right: td.getBoundingClientRect().right })));
      for (const cell of cells) expect(cell.right, cell.text!).toBeLessThanOrEqual(390);
      expect(cells.map((c) => c.label)).toContain('"SHA-256: "');
    });
    // at a desktop's width it stays a table with its header
    await open('en/kb/');
    expect(await shared.page.$eval('.ut-kb-table thead', (h) => h.getBoundingClientRect().height)).toBeGreaterThan(10);
  });

  it('on a phone, a KB fact stands under its label at the width of the page, not a few letters a line beside an English label', async () => {
    await onPhone(async () => {
      await open('en/kb/kb5016623/');
      const widths = await shared.page.$$eval('.ut-facts dd', (dds) => dds.map((dd) => dd.getBoundingClientRect().width));
      const main = await shared.page.$eval('main .sl-markdown-content, main', (m) => m.getBoundingClientRect().width);
      expect(widths.length).toBeGreaterThan(5);
      // the English page names the edition in English
      expect(await shared.page.textContent('.ut-facts')).not.toMatch(/[\u4e00-\u9fff]/);
      for (const width of widths) expect(width).toBeGreaterThan(main * 0.8);
    });
  });

  it('shows the offline-install runbook with stable ASCII step anchors', async () => {
    await open('runbooks/offline-install-with-hash-check/');
    const ids = await shared.page.$$eval('.ut-step h3', (hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids).toEqual(ids.map((_, i) => `step-${i + 1}`));
    await open('en/runbooks/offline-install-with-hash-check/#step-3');
    expect(await shared.page.isVisible('#step-3')).toBe(true);
    // its owner in the page's language, not both
    expect(await shared.page.$$eval('dt', (dts) => dts.find((dt) => dt.textContent === 'Owner')?.nextElementSibling?.textContent)).toBe('Support Engineering');
  });

  it('copies a runbook as a reply with whole links, which work once pasted into an e-mail', async () => {
    await open('runbooks/offline-install-with-hash-check/');
    await shared.page.evaluate(() => {
      const copied: string[] = ((window as unknown as { copied: string[] }).copied = []);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
    });
    await shared.page.click('button[data-copy-from="runbook-reply"]');
    const [text] = await shared.page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    const page = new URL('runbooks/offline-install-with-hash-check/', siteUrl()).href;
    // the Chinese reply's labels end in a full-width colon, as the analyzer's reply does
    expect(text).toContain(`完整手册：${page}\n`);
    expect(text).toContain('\n操作步骤：\n');
    expect(text).toContain(`(${page}#step-1)`);
    expect(text).not.toMatch(/[ (]\/runbooks\//);
    // a step's own text links another runbook: whole, too
    expect(text).toContain(`(${new URL('runbooks/component-store-repair/', siteUrl()).href})`);
  });

  it('fits a phone\'s width on the pages with a file picker: the hash checker and every KB page, whose download address has no break point', async () => {
    await onPhone(async () => {
      const kbPages = distHtmlFiles().filter((f) => /^(en\/)?kb\/kb\d+\/index\.html$/.test(f)).map((f) => f.replace(/index\.html$/, ''));
      expect(kbPages).toContain('en/kb/kb5005112/');
      for (const path of ['verify/', 'en/verify/', ...kbPages]) {
        await open(path);
        expect(await shared.page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      }
    }, 375);
  });

  it('requests nothing outside the site', () => {
    expect(shared.external).toEqual([]);
  });
});

describe('search on the built site', () => {
  async function firstResult(path: string, query: string): Promise<string> {
    await open(path);
    await shared.page.keyboard.press('Control+k');
    const input = shared.page.locator('#site-search-input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(query);
    const first = shared.page.locator('#site-search-results [role="option"]').first();
    await first.waitFor({ timeout: 15_000 });
    const href = (await first.getAttribute('href')) ?? (await first.locator('a').first().getAttribute('href'));
    return new URL(href!, siteUrl()).pathname;
  }

  it('lists the code page first for 0x80070570', async () => {
    expect(await firstResult('', '0x80070570')).toMatch(/\/codes\/0x80070570\/$/);
  });

  it('lists the code page first for the Chinese words 文件损坏', async () => {
    expect(await firstResult('', '文件损坏')).toMatch(/\/codes\/0x80070570\/$/);
  });
  // a code article's keywords (content/codes/*.md `keywords`), pagefind's order notwithstanding:
  // `事务` is in the title of dozens of transaction codes, `蓝屏` in symptom pages
  it.each([
    ['', '文件已损坏', '0x80070570'],
    ['', '防火墙服务', '0x800706d9'],
    ['', '日志已满', '0x800719e4'],
    ['', '事务', '0x80071a91'],
    ['', '蓝屏', '0xc000021a'],
    ['en/', 'corrupted file', '0x80070570'],
    ['en/', 'endpoint mapper', '0x800706d9'],
    ['en/', 'log full', '0x800719e4'],
    ['en/', 'blue screen', '0xc000021a'],
    // words a customer types with no code, where pagefind's first ten held other codes' names
    ['en/', 'access denied', '0x80070005'],
    ['', '没有权限', '0x80070005'],
    // the English words as a Windows in English prints them, typed on a Chinese page
    ['', 'access denied', '0x80070005'],
    ['en/', 'file not found', '0x80070002'],
    ['', '找不到文件', '0x80070002'],
    ['en/', 'disk full', '0x80070070'],
    ['', '磁盘已满', '0x80070070'],
    ['en/', 'file in use', '0x80070020'],
    ['en/', 'invalid parameter', '0x80070057'],
  ])('lists the article first for its keyword: /%s %s → %s', async (path, query, code) => {
    expect(await firstResult(path, query)).toMatch(new RegExp(`/codes/${code}/$`));
  });
});
