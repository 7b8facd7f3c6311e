/**
 * Tools only benchmarks use (Lighthouse pulls in about 200 packages) stay out of the project's
 * install: a benchmark installs them on first use into bench/.deps (ignored by git), saying how.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCH_DEPS = fileURLToPath(new URL('../.deps/', import.meta.url));

/** Installs `name@version` into bench/.deps unless it is there, then imports one of its modules (default: the package). */
export async function benchDependency<T>(name: string, version: string, module = name): Promise<T> {
  const command = ['install', '--no-save', '--no-fund', '--no-audit', '--prefix', BENCH_DEPS, `${name}@${version}`];
  if (!existsSync(`${BENCH_DEPS}node_modules/${name}/package.json`)) {
    console.log(`${name} is not part of the project's install; installing it for benchmarks only:\n  npm ${command.join(' ')}`);
    const run = spawnSync('npm', command, { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`could not install ${name}@${version}; run the command above by hand`);
  }
  const resolved = createRequire(`${BENCH_DEPS}package.json`).resolve(module);
  return (await import(pathToFileURL(resolved).href)) as T;
}
