/**
 * `npm run build`: catalog → compiled CLI → Astro pages → pagefind, into dist/. Two builds into the same dist/
 * would overwrite each other's files half-way, so a build waits for one already running here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';

// Not under .astro/: Astro rewrites that folder during the build.
const LOCK_DIR = 'node_modules/.cache/update-triage';
const LOCK = `${LOCK_DIR}/build.lock`;
const STALE_MS = 15 * 60_000;

async function acquire(): Promise<void> {
  mkdirSync(LOCK_DIR, { recursive: true });
  for (let announced = false; ; ) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true }); // left by a build that was killed
      else if (!announced) (console.log('Another build of this site is running; waiting for it…'), (announced = true));
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

await acquire();
try {
  // the CLI is compiled with the site, so `update-triage` matches the content just built
  for (const [cmd, ...args] of [['npx', 'tsx', 'scripts/build-catalog.ts'], ['npx', 'tsx', 'scripts/build-cli.ts'], ['npx', 'astro', 'build']]) {
    const run = spawnSync(cmd, args, { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = run.status ?? 1;
    if (process.exitCode) break;
  }
} finally {
  rmSync(LOCK, { recursive: true, force: true });
}
