/**
 * Customers describe what they see, in their words and with typos: typed into the home page's
 * search box as they would, the right symptom page is among the first three results for at
 * least 90 % of the phrasings (test/fixtures/symptom-phrasings.json). The rate is printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPage, siteUrl } from './support/browser.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const { phrasings } = JSON.parse(readFileSync('test/fixtures/symptom-phrasings.json', 'utf8')) as { phrasings: { lang: Lang; q: string; symptom: string }[] };
const shared = sharedPage();
const base = () => new URL(siteUrl()).pathname;

/** Types into the inline box of the language's home page and returns the first `n` result paths. */
async function topResults(lang: Lang, text: string, n = 3, kind = 'all'): Promise<string[]> {
  const { page } = shared;
  const home = siteUrl(lang === 'en' ? 'en/' : '');
  if (page.url() !== home) await page.goto(home, { waitUntil: 'load' });
  await page.check(`input[name="lookup-box-kind"][value="${kind}"]`);
  await page.fill('#lookup-box-input', text);
  const status = page.locator('#lookup-box-input').locator('xpath=ancestor::search-panel').locator('[role="status"]');
  await page
    .waitForFunction(
      (text) => {
        const s = document.querySelector('#lookup-box-input')?.closest('search-panel')?.querySelector('[role="status"]')?.textContent ?? '';
        return s.includes(text) || /不可用|unavailable/.test(s);
      },
      text.normalize('NFKC').replace(/\s+/g, ' ').trim(),
      { timeout: 15_000 },
    )
    .catch(async () => {
      throw new Error(`no answer for '${text}': the status says '${await status.textContent()}'`);
    });
  const hrefs = await page.locator('#lookup-box-results [role="option"]').evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, n).map((p) => p.replace(base(), '/').replace(/^\/en\//, '/'));
}

describe('a customer phrasing of a symptom finds its page in the top 3', () => {
  it(`for at least 90 % of ${phrasings.length} phrasings in zh-CN and en`, async () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(40);
    const misses: string[] = [];
    for (const { lang, q, symptom } of phrasings) {
      const top = await topResults(lang, q).catch((error: Error) => [error.message]);
      if (!top.includes(`/symptoms/${symptom}/`)) misses.push(`[${lang}] ${q} → ${top.join(', ') || 'nothing'}`);
    }
    const rate = 1 - misses.length / phrasings.length;
    console.log(`symptom search: ${(rate * 100).toFixed(1)} % of ${phrasings.length} phrasings in the top 3\n  ${misses.join('\n  ')}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
    expect(shared.external).toEqual([]);
  }, 300_000);

  it('lists only symptom pages under the symptom filter', async () => {
    const top = await topResults('zh-CN', '撤销更改', 10, 'symptom');
    expect(top.length).toBeGreaterThan(0);
    expect(top.filter((p) => !p.startsWith('/symptoms/'))).toEqual([]);
  });

  it('opens the general symptom first for a generic phrase, before a code whose title only holds its words', async () => {
    // 无法安装 is a search word of the failed-install symptom, and words of an MSI patch error's title
    expect((await topResults('zh-CN', '无法安装', 1))[0]).toBe('/symptoms/history-install-failed/');
    expect((await topResults('zh-CN', '更新失败', 1))[0]).toBe('/symptoms/history-install-failed/');
    expect((await topResults('zh-CN', 'hash mismatch', 1))[0]).toBe('/symptoms/package-hash-mismatch/');
  });

  it('still answers a code with its page first', async () => {
    const [first] = await topResults('zh-CN', '0x800F0922', 1);
    expect(first).toBe('/codes/0x800f0922/');
  });
});
