/**
 * The analyzer as users run it, for the benchmarks that time it: compiled with esbuild as the CLI is
 * (scripts/build-cli.ts), not transformed file by file by tsx. tsx keeps every function's name
 * (esbuild's `keepNames`), which wraps each closure the analysis makes in a `__name` call: on the
 * benchmark's logs that cost the analysis 0–8% that neither the CLI nor the site pays.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DIR } from './bench-logs.ts';

/** Where `compile` puts the bundle of `entry` (a file in bench/support/): children import it from there. */
export const compiledPath = (entry: string): string => join(BENCH_DIR, entry.replace(/\.ts$/, '.mjs'));

/** Compiles bench/support/`entry` and what it imports into one ES module; returns its path. */
export async function compile(entry: string): Promise<string> {
  const outfile = compiledPath(entry);
  const source = fileURLToPath(new URL(`./${entry}`, import.meta.url));
  await build({ entryPoints: [source], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  return outfile;
}
