/**
 * `update-triage verify FILE [--kb KB…] [--lang zh-CN|en]`: streams the file through SHA-256
 * (progress on a terminal) and says which catalog record the hash belongs to. The expected KB
 * comes from --kb, else from a KB number in the file name.
 * Exit 0 when the file is the expected package (or, nothing expected, a catalog package);
 * 1 on a mismatch, another package, an unpublished hash or an unknown file; 2 on usage errors.
 */
import { basename } from 'node:path';
import type { Catalog } from '../../src/catalog/types.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { hashRecords, kbFacts, kbInFileName, matchHash, matchKb, readKbNumber } from '../../src/kb/index.ts';
import { hashFile, progressLine } from './hash-file.ts';
import { catalogOf, stdio, type CommandIo } from './kb-io.ts';
import { parseCommand } from './args.ts';
import { hashMatchText, kbMatchText } from './kb-text.ts';

const USAGE = 'usage: update-triage verify FILE [--kb KB…] [--lang zh-CN|en] [--content DIR]\n';

const T = {
  'zh-CN': {
    match: (kb: string) => `一致：这个文件就是 ${kb} 的补丁包，可以安装。`,
    other: (kb: string, expected: string) => `不一致：这个文件不是 ${expected}，而是 ${kb} 的补丁包。不要当作 ${expected} 安装。`,
    mismatch: (expected: string) => `不一致：这个文件的 SHA-256 与 ${expected} 记录的值不同。文件已损坏或不是这个补丁：不要安装，删除后重新下载。`,
    unpublished: (expected: string) => `${expected} 没有记录 SHA-256，无法判定：请与厂商网站上公布的值逐字符比对。`,
    unknownKb: (kb: string) => `无法核对 ${kb}：`,
    file: (name: string, sha256: string) => `${name} 的 SHA-256：${sha256}`,
  },
  en: {
    match: (kb: string) => `Match: this file is the ${kb} package; it is safe to install.`,
    other: (kb: string, expected: string) => `NO MATCH: this file is not ${expected}, it is the ${kb} package. Do not install it as ${expected}.`,
    mismatch: (expected: string) => `NO MATCH: this file's SHA-256 differs from the one recorded for ${expected}. The file is damaged or another package: do not install it; delete it and download it again.`,
    unpublished: (expected: string) => `No SHA-256 is recorded for ${expected}: this cannot be decided. Compare with the value on the vendor's site, character by character.`,
    unknownKb: (kb: string) => `${kb} cannot be checked:`,
    file: (name: string, sha256: string) => `SHA-256 of ${name}: ${sha256}`,
  },
} satisfies Record<Lang, unknown>;

export async function run(argv: string[], io: CommandIo = stdio): Promise<number> {
  const args = parseCommand(argv, { kb: { type: 'string', multiple: true }, content: { type: 'string' } }, io.env);
  if (typeof args === 'string') return io.err(`update-triage verify: ${args}\n${USAGE}`), 2;
  if (args.help) return io.out(USAGE), 0;
  const lang = args.lang;
  const [path, ...extra] = args.positionals;
  const wanted = ((args.values.kb as string[] | undefined) ?? []).map((kb) => readKbNumber(kb));
  if (!lang || !path || extra.length || wanted.some((kb) => !kb)) {
    io.err(USAGE);
    return 2;
  }
  const name = basename(path);
  let hashed;
  try {
    hashed = await hashFile(path, io.terminal ? (done, total) => io.err(progressLine(done, total, name)) : undefined);
    if (io.terminal) io.err('\n');
  } catch (error) {
    io.err(`update-triage verify: ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const expected = wanted.length ? (wanted as string[]) : [kbInFileName(name)].filter((kb): kb is string => !!kb);
  const catalog = await catalogOf(args.values.content as string | undefined, io, 'verify');
  if (!catalog) return 2;
  const { text, ok } = verdictText(hashed.sha256, expected, catalog, lang);
  io.out(`${T[lang].file(name, hashed.sha256)}\n${text}`);
  return ok ? 0 : 1;
}

function verdictText(sha256: string, expected: string[], catalog: Catalog, lang: Lang): { text: string; ok: boolean } {
  const t = T[lang];
  const match = matchHash(sha256, hashRecords(catalog.kbs));
  const found = match.kind === 'exact' ? match.record.kb : undefined;
  if (!expected.length) return { text: found ? `${t.match(found)}\n` : hashMatchText(match, lang), ok: !!found };
  if (found && expected.includes(found)) return { text: `${t.match(found)}\n`, ok: true };
  const lines: string[] = [];
  for (const kb of expected) {
    const known = matchKb(kb, kbFacts(catalog.kbs));
    if (known.kind !== 'exact') lines.push(`${t.unknownKb(kb)} ${kbMatchText(known, lang).trim()}`);
    else if (found) lines.push(t.other(found, kb));
    else if (catalog.kbs.find((k) => k.kb === kb)?.sha256) lines.push(t.mismatch(kb));
    else lines.push(t.unpublished(kb));
  }
  return { text: lines.join('\n') + '\n', ok: false };
}
