/** Runs a command in process with a fixed environment, and makes package files and content copies in a temporary folder. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandIo } from '../../scripts/cli/kb-io.ts';

export const RECORD_SHA256 = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
/** The hash as the case's earlier e-mail carried it: one character off. */
export const CASE_TYPO_SHA256 = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289BBFB6CED';

/** A real cabinet (test/fixtures/packages/README.md). */
export const REAL_CAB = 'test/fixtures/packages/real-mszip.cab';
export const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').toUpperCase();

export async function runCommand(run: (argv: string[], io: CommandIo) => Promise<number>, args: string[], env: Record<string, string> = {}, terminal = false) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), env, terminal, today: '2026-12-03' });
  return { code, out, err };
}

/** A fresh folder with a copy of content/ (the tests write into the copy, never into content/). */
export function contentCopy(): { dir: string; content: string; kbFile: (kb: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'kb-record-'));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  return { dir, content, kbFile: (kb) => join(content, 'kb', `${kb.toLowerCase()}.md`) };
}

/** The real cabinet copied under a package file name. */
export function packageNamed(dir: string, name: string): string {
  const path = join(dir, name);
  cpSync(REAL_CAB, path);
  return path;
}
