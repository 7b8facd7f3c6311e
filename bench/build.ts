/**
 * Full build with the whole catalog: wall time and peak memory of each stage, the size of code
 * pages, and the JavaScript a code page loads. Targets: whole build ≤ 120 s on 2 cores; a code
 * page ≤ 40 KB of HTML; no JavaScript on code pages beyond search and lookup.
 *   npx tsx bench/build.ts
 * Each stage runs under GNU time when it is installed (peak RSS of the stage's process tree).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function stage(label: string, command: string[]): { seconds: number; peakMb?: number } {
  const started = performance.now();
  const run = TIME
    ? spawnSync(TIME, ['-v', ...command], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${label} failed:\n${run.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : undefined };
}

const catalog = stage('catalog', ['npx', 'tsx', 'scripts/build-catalog.ts']);
const astro = stage('astro build + pagefind', ['npx', 'astro', 'build']);
const total = catalog.seconds + astro.seconds;

const codeDirs = readdirSync('dist/codes').filter((d) => d.startsWith('0x'));
const sizes = codeDirs.flatMap((d) => ['dist/codes', 'dist/en/codes'].map((root) => statSync(join(root, d, 'index.html')).size)).sort((a, b) => a - b);
const pages = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const sample = readFileSync('dist/codes/0x80070570/index.html', 'utf8');
const scripts = [...sample.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
const inlineScripts = [...sample.matchAll(/<script(?![^>]*src=)[^>]*>/g)].length;

const mb = (n?: number) => (n === undefined ? 'n/a (GNU time not installed)' : `${n.toFixed(0)} MB`);
console.log(`pages built:                 ${pages} (${codeDirs.length} codes × 2 languages)`);
console.log(`catalog compile:             ${catalog.seconds.toFixed(1)} s, peak ${mb(catalog.peakMb)}`);
console.log(`astro build + pagefind:      ${astro.seconds.toFixed(1)} s, peak ${mb(astro.peakMb)}`);
console.log(`whole build:                 ${total.toFixed(1)} s = ${(total / 120).toFixed(2)} × the 120 s target`);
console.log(`per page:                    ${((astro.seconds * 1000) / pages).toFixed(2)} ms`);
console.log(`code page HTML:              median ${(sizes[sizes.length >> 1] / 1024).toFixed(1)} KB, max ${(sizes[sizes.length - 1] / 1024).toFixed(1)} KB = ${(sizes[sizes.length - 1] / 40960).toFixed(2)} × the 40 KB target`);
console.log(`code page scripts:           ${scripts.length ? scripts.join(', ') : 'none external'}; ${inlineScripts} inline`);
