/**
 * The case's two typos in Chromium, wherever a reader can type them: the search dialog, the
 * home page's lookup box, the hash verifier's paste box (on /verify/ and on a KB page) and text
 * pasted into the analyzer, whose reply gives only the recorded hash.
 * KB6016623 gets "did you mean KB5016623"; the hash with one character off is a loud
 * mismatch with the digit marked, never a link to the KB page as if it matched.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedPage, siteUrl } from './support/browser.ts';

const RECORD = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
const CASE_TYPO = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289BBFB6CED';
const NEAR_EN = 'This is NOT the SHA-256 of KB5016623: 1 character differs (position 58: B where the record has 8)';
const NEAR_ZH = '这不是 KB5016623 的 SHA-256：有 1 个字符不同（第 58 位：这里是 B，记录中是 8）';
const DID_YOU_MEAN_EN = 'No KB6016623 — did you mean KB5016623 (2022-08 cumulative update, 17763.3287)?';
const DID_YOU_MEAN_ZH = '没有 KB6016623 —— 是否要找 KB5016623（2022-08 累积更新，17763.3287）？';

const shared = sharedPage();
let requests: string[] = [];
beforeEach(() => {
  requests = [];
  shared.page.removeAllListeners('request');
  shared.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
});
const kbPath = (lang: '' | 'en/') => new URL(siteUrl(`${lang}kb/kb5016623/`)).pathname;

/** What a search panel shows once its answer is in: the panel's match, its text, the options' links, marked digits. */
async function panelState(page: Page, panel: string) {
  await page.waitForSelector(`${panel} .ut-search-decode-slot [data-match]`, { timeout: 15_000 });
  return page.$eval(panel, (root) => {
    const shown = root.querySelector<HTMLElement>('.ut-search-decode-slot [data-match]')!;
    return {
      match: shown.dataset.match,
      role: shown.getAttribute('role'),
      text: shown.querySelector('strong')?.textContent ?? '',
      options: [...root.querySelectorAll<HTMLAnchorElement>('[role="option"]')].map((a) => new URL(a.href).pathname),
      marks: [...shown.querySelectorAll('tr')].map((tr) => [tr.dataset.row, [...tr.querySelectorAll('mark')].map((m) => m.textContent).join('')]),
      status: root.querySelector('[role="status"]')?.textContent ?? '',
    };
  });
}

async function searchDialog(page: Page, path: string, text: string) {
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  await page.keyboard.press('Control+k');
  await page.locator('#site-search-input').fill(text);
  return panelState(page, 'site-search search-panel');
}

async function lookupBox(page: Page, path: string, text: string) {
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  await page.locator('#lookup-box-input').fill(text);
  return panelState(page, 'search-panel[data-owns-url]');
}

describe('KB6016623 in the search dialog and the lookup box', () => {
  it('the dialog answers "did you mean KB5016623" in Chinese, with KB5016623 the only option', async () => {
    const state = await searchDialog(shared.page, 'runbooks/', 'KB6016623');
    // the status line says it too: the panel is no live region, and a screen reader hears the status
    expect(state).toMatchObject({ match: 'kb-near', text: DID_YOU_MEAN_ZH, options: [kbPath('')], status: DID_YOU_MEAN_ZH });
    expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]); // no unrelated KB pages from the full text
  });
  it('Enter opens none of the guesses, as the typed KB does not exist; the arrow keys choose one, which Enter then opens', async () => {
    await lookupBox(shared.page, 'en/', 'KB6016623');
    await shared.page.locator('#lookup-box-input').press('Enter');
    const status = () => shared.page.$eval('search-panel[data-owns-url] [role="status"]', (s) => s.textContent);
    expect(await status()).toBe('There is no such number: choose one of the suggestions with ↑↓ or the mouse, or correct the number.');
    expect(new URL(shared.page.url()).pathname).toBe(new URL(siteUrl('en/')).pathname);
    expect(await shared.page.$$eval('search-panel[data-owns-url] [role="option"][aria-selected="true"]', (o) => o.length)).toBe(0);
    await shared.page.locator('#lookup-box-input').press('ArrowDown');
    await Promise.all([shared.page.waitForURL(/\/kb\/kb5016623\/$/), shared.page.locator('#lookup-box-input').press('Enter')]);
  });
  it('the dialog answers in English on /en/', async () => {
    expect(await searchDialog(shared.page, 'en/runbooks/', 'kb 6016623')).toMatchObject({ match: 'kb-near', text: DID_YOU_MEAN_EN, options: [kbPath('en/')] });
  });
  it.each([['KB6016623'], ['ＫＢ６０１６６２３'], ['6016623']])('the lookup box answers %s', async (typed) => {
    const state = await lookupBox(shared.page, 'en/', typed);
    expect(state.match).toBe('kb-near');
    expect(state.text).toBe(DID_YOU_MEAN_EN);
    expect(state.options[0]).toBe(kbPath('en/'));
  });
});

describe('a code typed a digit short, and a letter O for a zero', () => {
  it('0x8007005 says it has 7 digits, offers the codes one digit away, ERROR_ACCESS_DENIED first, and Enter opens none', async () => {
    const state = await lookupBox(shared.page, 'en/', '0x8007005');
    expect(state.match).toBe('code-short');
    expect(state.status).toBe('0x8007005 has 7 hex digits where an error code has 8: was one left out? The known codes one digit away follow.');
    expect(state.options[0]).toBe(new URL(siteUrl('en/codes/0x80070005/')).pathname);
    await shared.page.locator('#lookup-box-input').press('Enter');
    expect(new URL(shared.page.url()).pathname).toBe(new URL(siteUrl('en/')).pathname);
  });
  it('8007OOO5 and KB5O16623 open the pages of 0x80070005 and KB5016623', async () => {
    for (const [typed, page] of [['8007OOO5', 'codes/0x80070005/'], ['KB5O16623', 'kb/kb5016623/']]) {
      await shared.page.goto(siteUrl('en/'), { waitUntil: 'load' });
      await shared.page.locator('#lookup-box-input').fill(typed);
      const first = shared.page.locator('search-panel[data-owns-url] [role="option"]').first();
      await first.waitFor({ timeout: 15_000 });
      expect(new URL((await first.getAttribute('href'))!, siteUrl()).pathname, typed).toBe(new URL(siteUrl(`en/${page}`)).pathname);
    }
  });
});

describe('a KB number the catalog does not have, and nothing near it', () => {
  it('lists no page of another KB (the English full text listed every cumulative update, their own numbers marked)', async () => {
    for (const lang of ['en/', ''] as const) {
      const state = await lookupBox(shared.page, lang, 'KB5050575');
      expect(state.match, lang).toBe('kb-none');
      await shared.page.waitForFunction(() => !/Searching|正在搜索/.test(document.querySelector('search-panel[data-owns-url] [role="status"]')?.textContent ?? 'Searching'), undefined, { timeout: 15_000 });
      const options = await shared.page.$$eval('search-panel[data-owns-url] [role="option"]', (as) => as.map((a) => a.textContent ?? ''));
      expect(options.filter((text) => /KB\d{6,8}/.test(text) && !text.includes('5050575')), lang).toEqual([]);
    }
  });
});

describe('KB6016623 inside a sentence', () => {
  it('the dialog answers "did you mean KB5016623" before any page about the words', async () => {
    const state = await searchDialog(shared.page, 'runbooks/', 'KB6016623 安装失败');
    expect(state.match).toBe('kb-near');
    expect(state.text).toBe(DID_YOU_MEAN_ZH);
    expect(state.options[0]).toBe(kbPath(''));
  });
  it('the lookup box answers it in English, typed with a space', async () => {
    const state = await lookupBox(shared.page, 'en/', 'install KB 6016623 failed');
    expect(state).toMatchObject({ match: 'kb-near', text: DID_YOU_MEAN_EN });
    expect(state.options[0]).toBe(kbPath('en/'));
  });
  it('a known KB in a sentence is the first option, with no did-you-mean', async () => {
    await shared.page.goto(siteUrl('en/runbooks/'), { waitUntil: 'load' });
    await shared.page.keyboard.press('Control+k');
    await shared.page.locator('#site-search-input').fill('KB5016623 install failed');
    const first = shared.page.locator('#site-search-results [role="option"]').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href'))!, siteUrl()).pathname).toBe(kbPath('en/'));
    expect(await shared.page.locator('site-search .ut-search-decode-slot [data-match]').count()).toBe(0);
  });
});

describe("/verify/ linked with the case's mistyped KB", () => {
  async function verifyWithKb(path: string) {
    await shared.page.goto(siteUrl(path), { waitUntil: 'load' });
    await shared.page.waitForSelector('.ut-verify [data-role="kb-miss"]:not([hidden]) [data-match]', { timeout: 15_000 });
    return shared.page.$eval('.ut-verify', (root) => ({
      match: root.querySelector<HTMLElement>('[data-role="kb-miss"] [data-match]')!.dataset.match,
      text: root.querySelector('[data-role="kb-miss"] strong')?.textContent ?? '',
      links: [...root.querySelectorAll<HTMLAnchorElement>('[data-role="kb-miss-links"] a')].map((a) => new URL(a.href).pathname + new URL(a.href).search),
      against: root.querySelector<HTMLElement>('.ut-verify-against')!.hidden,
    }));
  }
  it('?kb=KB6016623 says "did you mean KB5016623" and links to checking against it', async () => {
    const state = await verifyWithKb('verify/?kb=KB6016623');
    expect(state).toEqual({ match: 'kb-near', text: DID_YOU_MEAN_ZH, links: [`${new URL(siteUrl('verify/')).pathname}?kb=KB5016623`], against: true });
  });
  it('in English, with the number as people type it', async () => {
    const state = await verifyWithKb('en/verify/?kb=kb%206016623');
    expect(state).toMatchObject({ match: 'kb-near', text: DID_YOU_MEAN_EN, against: true });
  });
  it('the candidate link checks against KB5016623, with no did-you-mean', async () => {
    await shared.page.goto(siteUrl('en/verify/?kb=KB5016623'), { waitUntil: 'load' });
    await shared.page.waitForSelector('.ut-verify-against:not([hidden]) [data-slot="expected"] a', { timeout: 15_000 });
    expect(await shared.page.locator('.ut-verify-against [data-slot="expected"]').textContent()).toBe('KB5016623');
    expect(await shared.page.locator('.ut-verify [data-role="kb-miss"]').isHidden()).toBe(true);
  });
});

describe("the case's mistyped hash in the search dialog and the lookup box", () => {
  it('is a loud mismatch with position 58 marked in both rows, and no option to open', async () => {
    const state = await searchDialog(shared.page, 'en/runbooks/', CASE_TYPO);
    expect(state).toEqual({ match: 'near', role: 'alert', text: NEAR_EN, options: [], status: '', marks: [['given', 'B'], ['record', '8']] });
    expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]);
  });
  it('is read from Get-FileHash output pasted into the lookup box, in Chinese', async () => {
    const state = await lookupBox(shared.page, '', `SHA256          ${CASE_TYPO.toLowerCase()}          C:\\Temp\\windows10.0-kb5016623-x64.msu`);
    expect(state).toMatchObject({ match: 'near', text: NEAR_ZH, options: [] });
  });
  it('the recorded hash, in pairs with colons, names KB5016623 and opens its page', async () => {
    const state = await searchDialog(shared.page, 'en/runbooks/', RECORD.match(/../g)!.join(':'));
    expect(state).toMatchObject({ match: 'exact', text: 'This is the SHA-256 of KB5016623', options: [kbPath('en/')] });
  });
  it('a hash far from every record is no package', async () => {
    const state = await lookupBox(shared.page, 'en/', 'ab'.repeat(32));
    expect(state).toMatchObject({ match: 'none', text: 'No package in this catalog has this hash.', options: [] });
  });
});

describe('the paste box of the hash verifier', () => {
  async function paste(page: Page, path: string, text: string) {
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    await page.locator('.ut-verify [data-role="paste"]').fill(text);
    await page.waitForSelector('.ut-verify [data-role="paste-result"] [data-match]', { timeout: 15_000 });
    return page.$eval('.ut-verify [data-role="paste-result"] [data-match]', (box) => ({
      match: (box as HTMLElement).dataset.match,
      text: box.querySelector('strong')?.textContent ?? '',
      rows: [...box.querySelectorAll('tr')].map((tr) => tr.querySelector('code')!.textContent),
      marks: [...box.querySelectorAll('mark')].map((m) => m.textContent),
      advice: box.querySelector('p:last-child')?.textContent ?? '',
    }));
  }

  it('/verify/ calls the mistyped hash what it is, both values aligned, the digit marked', async () => {
    const state = await paste(shared.page, 'en/verify/', CASE_TYPO);
    // the advice names the KB page where its link stands, not after the sentence
    const advice = 'Do not use this value. Copy the hash from the KB5016623 page, never from an e-mail.';
    expect(state).toEqual({ match: 'near', text: NEAR_EN, rows: [CASE_TYPO, RECORD], marks: ['B', '8'], advice });
  });
  it("/verify/ reads certutil's output from an old system, pairs on their own line", async () => {
    const pairs = CASE_TYPO.toLowerCase().match(/../g)!.join(' ');
    const state = await paste(shared.page, 'verify/', `SHA256 hash of windows10.0-kb5016623-x64.msu:\n${pairs}\nCertUtil: -hashfile command completed successfully.`);
    expect(state).toMatchObject({ match: 'near', text: NEAR_ZH });
  });
  it('the KB5016623 page says the same, and names the recorded value as the match', async () => {
    expect(await paste(shared.page, 'en/kb/kb5016623/', CASE_TYPO)).toMatchObject({ match: 'near', text: NEAR_EN });
    expect(await paste(shared.page, 'en/kb/kb5016623/', RECORD.toLowerCase())).toMatchObject({ match: 'exact', text: 'This is the SHA-256 of KB5016623' });
  });
  it("another KB's page calls KB5016623's hash the wrong package, as a file of it would be, never a green match", async () => {
    expect(await paste(shared.page, 'en/kb/kb5009557/', RECORD)).toMatchObject({ match: 'other', text: 'Not KB5009557: this is the SHA-256 of KB5016623, another package' });
    expect(await paste(shared.page, 'kb/kb5009557/', RECORD)).toMatchObject({ match: 'other', text: '不是 KB5009557：这是另一个补丁包 KB5016623 的 SHA-256' });
    expect(await shared.page.getAttribute('.ut-verify [data-role="paste-result"] [data-match]', 'role')).toBe('alert');
    // said once: the warning names the other package, and its link follows
    const other = await shared.page.$eval('.ut-verify [data-role="paste-result"] [data-match]', (box) => [box.querySelectorAll('p').length, box.querySelectorAll('a').length]);
    expect(other).toEqual([2, 1]);
    // the case's typo of KB5016623's hash, on that page: not this KB's, and a typo of another's
    expect(await paste(shared.page, 'en/kb/kb5009557/', CASE_TYPO)).toMatchObject({ match: 'other-near', text: 'Not KB5009557: this is close to the SHA-256 of KB5016623, another package' });
    // a hash no record has, on the page of the one KB with a published hash
    expect(await paste(shared.page, 'en/kb/kb5016623/', 'ab'.repeat(32))).toMatchObject({ match: 'other-none', text: 'Not KB5016623: this is not the SHA-256 published for KB5016623' });
    // a hash no record has, on the page of a KB with no published hash: what a chosen file is told
    expect(await paste(shared.page, 'en/kb/kb5009557/', 'ab'.repeat(32))).toMatchObject({ match: 'unpublished', text: 'No SHA-256 was ever published for KB5009557: this site cannot decide.' });
    // /verify/ with a KB named in its link checks against that KB too
    expect(await paste(shared.page, 'en/verify/?kb=KB5009557', RECORD)).toMatchObject({ match: 'other' });
  });
  it('says when the text holds no SHA-256', async () => {
    await shared.page.goto(siteUrl('en/verify/'), { waitUntil: 'load' });
    await shared.page.locator('.ut-verify [data-role="paste"]').fill(CASE_TYPO.slice(1));
    const invalid = shared.page.locator('.ut-verify [data-role="paste-invalid"]');
    // said once the recorded hashes are in; the case's mistyped hash with its first digit dropped too is two changes
    // from the record, so only its length is said
    await shared.page.waitForFunction(() => !!document.querySelector('.ut-verify [data-role="paste-invalid"]')?.textContent);
    expect(await invalid.isVisible()).toBe(true);
    expect(await invalid.textContent()).toBe('This has 63 hex digits where a SHA-256 has 64: a digit was likely dropped in copying.');
    expect(await invalid.getAttribute('role')).toBe('status');
    // the record with one digit dropped: that record's, the digit's place said
    await shared.page.locator('.ut-verify [data-role="paste"]').fill(RECORD.slice(0, 57) + RECORD.slice(58));
    await shared.page.waitForFunction(() => document.querySelector('.ut-verify [data-role="paste-invalid"]')?.textContent?.startsWith('This is NOT'));
    expect(await invalid.textContent()).toBe('This is NOT the SHA-256 of KB5016623: one digit is missing compared with the record (at position 58). Copy it again from the KB5016623 page, or compute it again with certutil.');
    expect(await shared.page.locator('.ut-verify [data-role="paste-result"] [data-match]').count()).toBe(0);
    await shared.page.locator('.ut-verify [data-role="paste"]').fill('ab'.repeat(20));
    await shared.page.waitForFunction(() => document.querySelector('.ut-verify [data-role="paste-invalid"]')?.textContent?.includes('SHA-1'));
    await shared.page.locator('.ut-verify [data-role="paste"]').fill('nothing like a hash');
    await shared.page.waitForFunction(() => document.querySelector('.ut-verify [data-role="paste-invalid"]')?.textContent?.startsWith('No SHA-256 here'));
  });
});

describe('text pasted into the analyzer', () => {
  it("names the KB record KB6016623 was meant to be, and the reply gives only the recorded hash", async () => {
    const page = shared.page;
    await page.goto(siteUrl('en/analyze/'), { waitUntil: 'load' });
    await page.click('.ut-an-paste summary');
    await page.fill('[data-paste]', `Installing KB6016623 failed again with 0x80070570.\nThe package did not match SHA-256 ${CASE_TYPO}.\n`);
    await page.click('[data-analyze-paste]');
    const near = page.locator('li[data-kb="KB6016623"] [data-match="kb-near"]');
    await near.waitFor({ timeout: 30_000 });
    expect(await near.textContent()).toBe(DID_YOU_MEAN_EN);
    await page.waitForFunction(() => (document.querySelector('textarea[data-reply]') as HTMLTextAreaElement | null)?.value.length, undefined, { timeout: 15_000 });
    const reply = await page.$eval('textarea[data-reply]', (t) => (t as HTMLTextAreaElement).value);
    expect(reply).toContain('KB6016623, as written in what was sent, does not exist; the package is KB5016623');
    expect(reply).toContain(RECORD);
    expect(reply).not.toContain(CASE_TYPO);
  });
});
