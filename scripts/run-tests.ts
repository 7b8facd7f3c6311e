/**
 * `npm test`: unit tests, the type checks (`astro check` for .astro and TypeScript files, `tsc`
 * over scripts, tests and benches), then the browser tests against the built site when Chromium
 * is found (CHROMIUM_PATH or /usr/bin/chromium). Without Chromium it says loudly that it skipped
 * them and counts them as skipped; with REQUIRE_BROWSER=1 a missing Chromium is a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromiumPath } from '../test/e2e/support/browser.ts';

interface Counts { passed: number; failed: number; skipped: number }
type Step = Counts & { ok: boolean };

const E2E_CONFIG = 'vitest.e2e.config.ts';

function vitest(config: string | undefined, label: string): Step {
  const out = join(tmpdir(), `update-triage-${label}-${process.pid}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    Object.assign(counts, { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests });
    rmSync(out);
  }
  return { ...counts, ok: run.status === 0 };
}

/** The type checks, each one counted as a test: a type error fails `npm test`. */
function typeChecks(): Step {
  const checks: [string, string[]][] = [
    ['astro check (.astro and TypeScript files)', ['astro', 'check']],
    ['tsc (src, scripts, tests, benches)', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ];
  const step: Step = { passed: 0, failed: 0, skipped: 0, ok: true };
  for (const [name, args] of checks) {
    console.log(`\nType check: ${name}`);
    const ok = spawnSync('npx', args, { stdio: 'inherit' }).status === 0;
    console.log(ok ? `✓ ${name}` : `✗ ${name} found errors`);
    if (ok) step.passed++;
    else (step.failed++, (step.ok = false));
  }
  return step;
}

/** How many tests the browser suite has, without a browser or a built site: all of them count as skipped. */
function browserTestCount(): number | undefined {
  const run = spawnSync('npx', ['vitest', 'list', '--json', '--config', E2E_CONFIG], { encoding: 'utf8', maxBuffer: 1 << 26 });
  try {
    return (JSON.parse(run.stdout) as unknown[]).length;
  } catch {
    return undefined;
  }
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** dist/ is rebuilt when any source of the site is newer than it. */
function siteIsStale(): boolean {
  const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
  return ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'].some((p) => newestMtime(p) > built);
}

function banner(lines: string[]): void {
  const bar = '!'.repeat(72);
  console.log(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n`);
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
const add = (r: Step) => {
  total.passed += r.passed;
  total.failed += r.failed;
  total.skipped += r.skipped;
  ok &&= r.ok;
};

add(vitest(undefined, 'unit'));
add(typeChecks());

const browser = chromiumPath();
if (!browser) {
  const required = process.env.REQUIRE_BROWSER === '1';
  const count = browserTestCount();
  banner([
    required ? 'FAILED: browser tests required (REQUIRE_BROWSER=1) but Chromium was not found.' : `SKIPPED: ${count ?? 'all'} browser tests — Chromium was not found.`,
    'Install it (apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  ]);
  if (required) ok = false;
  if (count === undefined) {
    console.error('The browser tests could not even be listed; counted as one failure.');
    total.failed++;
    ok = false;
  } else total.skipped += count;
} else {
  if (siteIsStale()) {
    console.log('Building the site for the browser tests (npm run build)…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('The site did not build; browser tests not run.');
      process.exit(1);
    }
  } else console.log('dist/ is up to date; browser tests run against it.');
  add(vitest(E2E_CONFIG, 'e2e'));
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(ok && total.failed === 0 ? 0 : 1);
