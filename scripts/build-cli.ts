/**
 * `npm run build:cli` (also run by npm install, through `prepare`, and by `npm run build`):
 * compiles the CLI to JavaScript in .build/cli/, so `update-triage` starts without a
 * TypeScript loader. Each command is its own chunk, loaded only when asked for; the fleet
 * worker is an entry of its own, beside the chunks, where fleet-run.ts looks for it.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/catalog-files.ts';

// Two folders below the root, like scripts/lib/: the compiled code finds .catalog/ and content/ the same way.
export const CLI_DIR = join(ROOT, '.build', 'cli');

export async function buildCli(outdir = CLI_DIR): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { 'update-triage': join(ROOT, 'scripts/cli.ts'), 'fleet-worker': join(ROOT, 'scripts/cli/fleet-worker.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    // CommonJS packages (gray-matter, on the slow path that compiles the catalog) call require()
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await buildCli();
  console.log(`cli: compiled to ${CLI_DIR} (${Date.now() - started} ms)`);
}
