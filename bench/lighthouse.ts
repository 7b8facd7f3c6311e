/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of the main pages, run
 * offline with Debian's Chromium against dist/ on loopback. Target: ≥ 0.95 in each category.
 * Baseline: the site's plain Markdown page (/about/), measured in the same run.
 *   npm run build && npx tsx bench/lighthouse.ts
 * Lighthouse is not in the project's install: the first run installs it into bench/.deps with
 *   npm install --no-save --prefix bench/.deps lighthouse@12.8.2
 */
import { resolve } from 'node:path';
import { benchDependency } from './support/bench-deps.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { siteBase } from '../scripts/lib/load-catalog.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../test/e2e/support/browser.ts';

const PAGES = ['about/', '', 'en/', 'codes/0x80070570/', 'en/codes/0x8024001e/', 'kb/kb5016623/', 'runbooks/offline-install-with-hash-check/', 'analyze/', 'verify/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET = 0.95;
const LIGHTHOUSE = '12.8.2';

// The little of Lighthouse's and chrome-launcher's API used here (their types are not installed with the project).
interface Audit { score: number | null; scoreDisplayMode: string; id: string }
interface RunnerResult { lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, Audit> } }
type Lighthouse = (url: string, flags: object) => Promise<RunnerResult | undefined>;
interface ChromeLauncher { launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> }> }

const lighthouse = (await benchDependency<{ default: Lighthouse }>('lighthouse', LIGHTHOUSE)).default;
// chrome-launcher comes with Lighthouse, at the version it wants
const chromeLauncher = await benchDependency<ChromeLauncher>('lighthouse', LIGHTHOUSE, 'chrome-launcher');

const chromePath = chromiumPath();
if (!chromePath) throw new Error('Chromium not found: set CHROMIUM_PATH or install Debian chromium');
const { server, url } = await serveStatic({ root: resolve('dist'), port: 0, base: siteBase() });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)) });
const rows: { page: string; scores: number[]; failing: string[] }[] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(new URL(page, url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result!.lhr;
    const scores = CATEGORIES.map((c) => lhr.categories[c].score ?? 0);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => a.id);
    rows.push({ page: `/${page}`, scores, failing });
  }
} finally {
  await chrome.kill();
  server.close();
}

const baseline = rows[0].scores;
console.log(`page${' '.repeat(42)}${CATEGORIES.map((c) => c.slice(0, 11).padStart(12)).join('')}`);
for (const row of rows) {
  const cells = row.scores.map((s, i) => `${s.toFixed(2)} (${(s / (baseline[i] || 1)).toFixed(2)}×)`.padStart(12));
  console.log(`${row.page.padEnd(46)}${cells.join('')}${row.failing.length ? `   below 0.9: ${row.failing.join(', ')}` : ''}`);
}
const worst = Math.min(...rows.flatMap((r) => r.scores));
console.log(`\nlowest score ${worst.toFixed(2)} against the ${TARGET} target (${worst >= TARGET ? 'met' : 'not met'}); ratios are to ${rows[0].page}`);
