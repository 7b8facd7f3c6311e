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

export const HELP: Record<Lang, string> = {
  en: `usage: update-triage verify FILE [--kb KB…] [--lang zh-CN|en] [--content DIR]

Computes the SHA-256 of a downloaded package (.msu or .cab) and checks it against the catalog:
the file is the expected KB, another KB's package, or damaged. The expected KB comes from --kb,
else from the KB number in the file name. Progress is shown on a terminal only.

  --kb KB         the KB the file should be (may be given more than once)
  --content DIR   read the records from DIR/kb (default: the site's content)
  --lang LANG     zh-CN or en (default: from LANG/LC_ALL)
  -h, --help      this text

Exit status: 0 the file is the expected package (or, none expected, a catalog package);
1 a mismatch, another package, no recorded hash or an unknown file; 2 usage error.
`,
  'zh-CN': `用法：update-triage verify 文件 [--kb KB…] [--lang zh-CN|en] [--content DIR]

计算下载的补丁包（.msu 或 .cab）的 SHA-256，并与目录中的记录核对：文件是预期的 KB、
另一个 KB 的补丁包，还是已损坏。预期的 KB 取自 --kb，否则取自文件名中的 KB 编号。
只在终端上显示进度。

  --kb KB         文件应当是哪个 KB（可给多次）
  --content DIR   从 DIR/kb 读取记录（默认：站点的内容目录）
  --lang LANG     zh-CN 或 en（默认取 LANG/LC_ALL）
  -h, --help      显示本说明

退出码：0 文件就是预期的补丁包（未指定时：是目录中的某个补丁包）；
1 不一致、是另一个补丁包、没有记录哈希或无法识别；2 用法错误。
`,
};

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
  if (typeof args === 'string') return io.err(`update-triage verify: ${args}\n\n${HELP.en}`), 2;
  if (args.help) return io.out(HELP[args.lang]), 0;
  const lang = args.lang;
  const [path, ...extra] = args.positionals;
  const wanted = ((args.values.kb as string[] | undefined) ?? []).map((kb) => readKbNumber(kb));
  if (!path || extra.length || wanted.some((kb) => !kb)) {
    io.err(HELP[lang]);
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
