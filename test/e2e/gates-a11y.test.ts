/**
 * Gate: axe-core finds no violation on the pages support engineers use most, in both
 * languages, and none of those pages requests anything outside the site while loading.
 */
import { describe, expect, it } from 'vitest';
import { sharedPage, siteUrl } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { requireBuilt } from './support/dist-pages.ts';

const PAGES = ['', 'codes/0x80070570/', 'kb/kb5016623/', 'runbooks/offline-install-with-hash-check/', 'symptoms/', 'symptoms/rollback-at-restart/', 'analyze/', 'verify/'];
const paths = PAGES.flatMap((p) => [p, `en/${p}`]);

const shared = sharedPage();

describe('accessibility (axe-core, all rules)', () => {
  for (const path of paths) {
    const name = `/${path}`;
    it(`${name} has no violation`, async () => {
      requireBuilt(path);
      const response = await shared.page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await axeViolations(shared.page)).toEqual([]);
    });
  }

  it('the open search dialog with results has no violation', async () => {
    await shared.page.goto(siteUrl('codes/0x80070570/'), { waitUntil: 'networkidle' });
    await shared.page.keyboard.press('Control+k');
    await shared.page.fill('#site-search-input', '0x80070570');
    await shared.page.locator('#site-search-results [role="option"]').first().waitFor();
    expect(await axeViolations(shared.page)).toEqual([]);
  });
});

describe('nothing outside the site', () => {
  it('no page above requested anything from outside the site', () => {
    expect(shared.external).toEqual([]);
  });
});
