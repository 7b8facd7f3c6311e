/**
 * `update-triage kb record FILE… [--force] [--date YYYY-MM-DD] [--content DIR] [--lang zh-CN|en]`:
 * for the people who publish the offline packages. Computes the SHA-256 and size of each
 * .msu/.cab, finds the KB record from the KB number in the file name, and writes both with the
 * file name and the source "computed from <file> on <date>". Nothing is written unless every
 * file can be: an unknown KB, a different hash already recorded (without --force) or a hash
 * that another record has, or nearly has, stops them all.
 * Exit 0 when written (or already recorded), 1 when refused, 2 on usage errors.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Lang } from '../../src/i18n/lang.ts';
import { MIN_HASH_DISTANCE } from '../../src/catalog/check-kb-hashes.ts';
import { differences, kbInFileName, matchKb, type KbFact } from '../../src/kb/index.ts';
import { ROOT } from '../lib/load-catalog.ts';
import { openFrontMatter, type FrontMatterFile } from './kb-front-matter.ts';
import { hashFile, progressLine } from './hash-file.ts';
import { stdio, type CommandIo } from './kb-io.ts';
import { parseCommand } from './args.ts';
import { kbMatchText } from './kb-text.ts';

export const HELP: Record<Lang, string> = {
  en: `usage: update-triage kb record FILE… [--force] [--date YYYY-MM-DD] [--content DIR] [--lang zh-CN|en]

For the people who publish the offline packages. Computes the SHA-256 and size of each .msu or
.cab, finds the KB record from the KB number in the file name, and writes both into the record
with the file name and the source "computed from <file> on <date>". Nothing is written unless
every file can be: an unknown KB, a different hash already recorded, or a hash that another
record has (or nearly has) stops them all.

  --force         replace a different SHA-256 already recorded
  --date DATE     the date written in the source (default: today)
  --content DIR   write the records in DIR/kb (default: the site's content)
  --lang LANG     zh-CN or en (default: from LANG/LC_ALL)
  -h, --help      this text

Exit status: 0 written or already recorded, 1 refused, 2 usage error.
`,
  'zh-CN': `用法：update-triage kb record 文件… [--force] [--date YYYY-MM-DD] [--content DIR] [--lang zh-CN|en]

供发布离线补丁包的人员使用。计算每个 .msu 或 .cab 的 SHA-256 和大小，按文件名中的 KB 编号
找到对应记录，把两者连同文件名和来源“computed from <文件> on <日期>”写入记录。只有全部文件
都能写入时才写：KB 未知、记录中已有不同的哈希、或哈希与另一条记录相同（或只差几个字符），
都会使全部文件不被写入。

  --force         替换记录中已有的不同 SHA-256
  --date DATE     来源中写入的日期（默认：今天）
  --content DIR   写入 DIR/kb 中的记录（默认：站点的内容目录）
  --lang LANG     zh-CN 或 en（默认取 LANG/LC_ALL）
  -h, --help      显示本说明

退出码：0 已写入或已有相同记录，1 被拒绝，2 用法错误。
`,
};
const PACKAGE = /\.(msu|cab)$/i;

const T = {
  'zh-CN': {
    notPackage: (f: string) => `${f}：不是 .msu 或 .cab 补丁包`,
    noKb: (f: string) => `${f}：文件名中没有 KB 编号`,
    unknown: (f: string, kb: string) => `${f}：目录中没有 ${kb} 的记录（content/kb/${kb.toLowerCase()}.md），未写入任何内容`,
    differs: (kb: string, old: string, now: string) => `${kb} 已记录了另一个 SHA-256，未替换（确认新文件无误后用 --force）：\n  已记录 ${old}\n  本文件 ${now}`,
    replaced: (kb: string, old: string, now: string) => `${kb}：SHA-256 已替换\n  旧值 ${old}\n  新值 ${now}`,
    same: (kb: string) => `${kb}：已记录相同的 SHA-256，未改动`,
    written: (kb: string, path: string) => `${kb}：已写入 ${path}`,
    clash: (f: string, kb: string, other: string, d: number) => `${f}：这个 SHA-256 与 ${other} 记录的值${d === 0 ? '相同' : `只差 ${d} 个字符`}，不能再记为 ${kb}`,
    nothing: '未写入任何内容。',
  },
  en: {
    notPackage: (f: string) => `${f}: not an .msu or .cab package`,
    noKb: (f: string) => `${f}: no KB number in the file name`,
    unknown: (f: string, kb: string) => `${f}: no record for ${kb} in the catalog (content/kb/${kb.toLowerCase()}.md); nothing written`,
    differs: (kb: string, old: string, now: string) => `${kb} already records a different SHA-256; not replaced (use --force once you are sure of the new file):\n  recorded  ${old}\n  this file ${now}`,
    replaced: (kb: string, old: string, now: string) => `${kb}: SHA-256 replaced\n  old ${old}\n  new ${now}`,
    same: (kb: string) => `${kb}: the same SHA-256 is already recorded; unchanged`,
    written: (kb: string, path: string) => `${kb}: written to ${path}`,
    clash: (f: string, kb: string, other: string, d: number) => `${f}: this SHA-256 ${d === 0 ? 'is the one recorded for' : `is ${d} character${d === 1 ? '' : 's'} from the one recorded for`} ${other}; it cannot be recorded for ${kb} too`,
    nothing: 'Nothing written.',
  },
} satisfies Record<Lang, unknown>;

/** `583.29 MB (611622912 bytes)`: the form the records use, and the exact count. */
export const sizeText = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB (${bytes} bytes)`;

interface Planned {
  kb: string;
  path: string;
  file: FrontMatterFile;
  name: string;
  sha256: string;
  size: number;
  old?: string;
}

export async function run(argv: string[], io: CommandIo = stdio): Promise<number> {
  const args = parseCommand(argv, { force: { type: 'boolean' }, date: { type: 'string' }, content: { type: 'string' } }, io.env);
  if (typeof args === 'string') return io.err(`update-triage kb record: ${args}\n\n${HELP.en}`), 2;
  if (args.help) return io.out(HELP[args.lang]), 0;
  const lang = args.lang;
  const date = (args.values.date as string | undefined) ?? io.today ?? new Date().toISOString().slice(0, 10);
  if (!args.positionals.length || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.err(HELP[lang]);
    return 2;
  }
  const t = T[lang];
  const kbDir = join((args.values.content as string | undefined) ?? join(ROOT, 'content'), 'kb');
  for (const path of args.positionals) {
    if (!PACKAGE.test(path)) return io.err(`${t.notPackage(path)}\n`), 2;
    if (!existsSync(path)) return io.err(`update-triage kb record: ${path}: no such file\n`), 2;
  }

  try {
    return await record(args.positionals, { kbDir, date, force: args.values.force === true, lang }, io);
  } catch (error) {
    // a broken record (path:line in the message) or an unreadable package: said, not thrown
    io.err(`update-triage kb record: ${(error as Error).message}\n${t.nothing}\n`);
    return 1;
  }
}

interface RecordOptions {
  kbDir: string;
  date: string;
  force: boolean;
  lang: Lang;
}

async function record(paths: string[], { kbDir, date, force, lang }: RecordOptions, io: CommandIo): Promise<number> {
  const t = T[lang];
  const facts = await recordedFacts(kbDir);
  const plans: Planned[] = [];
  const refusals: string[] = [];
  for (const path of paths) {
    const name = basename(path);
    const kb = kbInFileName(name);
    if (!kb) {
      refusals.push(t.noKb(name));
      continue;
    }
    const recordPath = join(kbDir, `${kb.toLowerCase()}.md`);
    if (!existsSync(recordPath)) {
      const near = matchKb(kb, facts.map((f) => f.fact));
      refusals.push(t.unknown(name, kb) + (near.kind === 'near' ? `\n  ${kbMatchText(near, lang).trim()}` : ''));
      continue;
    }
    const { sha256, size } = await hashFile(path, io.terminal ? (done, total) => io.err(progressLine(done, total, name)) : undefined);
    if (io.terminal) io.err('\n');
    const file = openFrontMatter(recordPath, await readFile(recordPath, 'utf8'));
    const old = file.doc.get('sha256');
    const plan: Planned = { kb, path: recordPath, file, name, sha256, size, ...(typeof old === 'string' ? { old: old.toUpperCase() } : {}) };
    if (plan.old && plan.old !== sha256 && !force) refusals.push(t.differs(kb, plan.old, sha256));
    for (const other of [...facts, ...plans.map((p) => ({ fact: { kb: p.kb }, sha256: p.sha256 }))]) {
      if (other.fact.kb === kb || !other.sha256) continue;
      const d = differences(sha256, other.sha256).length;
      if (d < MIN_HASH_DISTANCE) refusals.push(t.clash(name, kb, other.fact.kb, d));
    }
    plans.push(plan);
  }
  if (refusals.length) {
    io.err(`${refusals.join('\n')}\n${t.nothing}\n`);
    return 1;
  }
  for (const plan of plans) io.out(`${await write(plan, date, t)}\n`);
  return 0;
}

/** Every record's KB and hash, read from the files (the compiled catalog may be older). */
async function recordedFacts(kbDir: string): Promise<{ fact: KbFact; sha256?: string }[]> {
  const names = (await readdir(kbDir).catch(() => [] as string[])).filter((n) => /^kb\d+\.md$/.test(n));
  return Promise.all(
    names.map(async (n) => {
      const doc = openFrontMatter(join(kbDir, n), await readFile(join(kbDir, n), 'utf8')).doc;
      const sha256 = doc.get('sha256');
      const fact: KbFact = { kb: String(doc.get('kb')).toUpperCase(), releaseDate: String(doc.get('release_date') ?? ''), kind: 'other' };
      const build = doc.get('os_build');
      if (build) fact.osBuild = String(build);
      const kind = doc.get('kind');
      if (kind === 'cumulative' || kind === 'servicing-stack' || kind === 'dotnet') fact.kind = kind;
      return { fact, ...(typeof sha256 === 'string' ? { sha256: sha256.toUpperCase() } : {}) };
    }),
  );
}

async function write(plan: Planned, date: string, t: (typeof T)[Lang]): Promise<string> {
  if (plan.old === plan.sha256) return t.same(plan.kb);
  const { doc } = plan.file;
  const source = `computed from ${plan.name} on ${date}`;
  doc.set('sha256', plan.sha256);
  doc.set('size', sizeText(plan.size));
  doc.set('file_name', plan.name);
  for (const field of ['sha256', 'size', 'file_name']) doc.setIn(['sources', field], source);
  await writeFile(plan.path, plan.file.render());
  return plan.old ? t.replaced(plan.kb, plan.old, plan.sha256) : t.written(plan.kb, plan.path);
}
