/**
 * Linear time on hostile input: each extractor runs on inputs of n and 4n characters built
 * to make backtracking patterns blow up. A linear pattern takes about 4× as long on 4n;
 * a quadratic one about 16×. Usage: npx tsx bench/analyzer-adversarial.ts
 */
import { extractCodes, extractBareCodes } from '../src/analyzer/extract/codes.ts';
import { extractKbs, extractPackageFiles, extractPackages } from '../src/analyzer/extract/kbs.ts';
import { extractBuilds } from '../src/analyzer/extract/builds.ts';
import { extractWsus } from '../src/analyzer/extract/wsus.ts';
import { readInstallMessage } from '../src/analyzer/extract/install-message.ts';
import { leadingStamp } from '../src/analyzer/extract/time.ts';

const UNITS: Record<string, string> = {
  spaces: ' ',
  'hr=': 'hr ',
  '0x': '0x',
  hex: '8',
  'name.': 'a.',
  'KB ': 'KB ',
  dashes: '-',
  'package-file': 'Package_for_KB1234567',
  tildes: 'a~',
  'Error:': 'Error: ',
  'install sentence': 'Installation Failure: Windows failed to install the following update with error ',
  'WSUS server': 'WSUS server: ',
  digits: '2022',
};

const EXTRACTORS: Record<string, (s: string) => unknown> = {
  extractCodes, extractBareCodes, extractKbs, extractPackages, extractPackageFiles, extractBuilds, extractWsus, readInstallMessage, leadingStamp,
};

/** Fastest of three runs: a pause for garbage collection is not the pattern's doing. */
function time(fn: (s: string) => unknown, input: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    fn(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const N = 250_000;
let worst = 0;
let slowest = 0;
console.log(`characters: ${N} and ${4 * N}; ratio ≈ 4 means linear`);
for (const [unit, piece] of Object.entries(UNITS)) {
  const small = piece.repeat(Math.ceil(N / piece.length));
  const large = piece.repeat(Math.ceil((4 * N) / piece.length));
  for (const [name, fn] of Object.entries(EXTRACTORS)) {
    time(fn, small); // warm up
    const a = time(fn, small);
    const b = time(fn, large);
    // Below a few milliseconds the ratio is timer noise.
    if (b > 2) worst = Math.max(worst, b / a);
    slowest = Math.max(slowest, b);
    if (b > 10) console.log(`${unit.padEnd(18)} ${name.padEnd(20)} ${a.toFixed(1).padStart(7)} ms ${b.toFixed(1).padStart(8)} ms  ×${(b / a).toFixed(1)}`);
  }
}
console.log(`${Object.keys(UNITS).length} inputs × ${Object.keys(EXTRACTORS).length} extractors: slowest ${slowest.toFixed(1)} ms for ${4 * N} characters`);
console.log(`(worst n → 4n ratio ×${worst.toFixed(1)}; small timings are noisy, a quadratic pattern would take seconds to minutes here)`);
