/**
 * The parent's side of the benchmarks that time each measurement in a process of its own
 * (analyzer-throughput.ts, two-threads.ts): what the children read, made once, and one child's run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './bench-logs.ts';
import { compile } from './compiled.ts';

/** Writes the catalog's knowledge where the children read it and compiles the analyzer they run; returns the knowledge file. */
export async function prepareChildren(): Promise<string> {
  const { knowledgeFromCatalog, knowledgeToJSON } = await import('../../src/analyzer/index.ts');
  const { loadCatalog } = await import('../../scripts/lib/load-catalog.ts');
  mkdirSync(BENCH_DIR, { recursive: true });
  const knowledgeFile = join(BENCH_DIR, 'knowledge.json');
  writeFileSync(knowledgeFile, knowledgeToJSON(knowledgeFromCatalog(await loadCatalog())));
  await compile('analyzer-entry.ts');
  return knowledgeFile;
}

/** Runs `script --child mode file knowledgeFile` in a fresh process (with this one's loader) and parses the JSON it prints. */
export function runChild<T>(script: string, mode: string, file: string, knowledgeFile: string): T {
  const run = spawnSync(process.execPath, [...process.execArgv, script, '--child', mode, file, knowledgeFile], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
