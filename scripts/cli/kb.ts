/**
 * `update-triage kb <KB number | hash | text> [--lang zh-CN|en] [--json] [--content DIR]`: a KB record, or
 * what a mistyped number or a pasted hash is near. `kb record FILE…` is kb-record.ts.
 * Exit 0 on an exact record, 1 on a near miss or nothing, 2 on usage errors.
 */
import type { Catalog } from '../../src/catalog/types.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { almostHash, almostHashText, findSha256, hashRecords, kbFacts, matchHash, matchKb, readKbNumber } from '../../src/kb/index.ts';
import { catalogOf, stdio, type CommandIo } from './kb-io.ts';
import { parseCommand } from './args.ts';
import { hashMatchText, kbMatchText, recordText } from './kb-text.ts';

export const HELP: Record<Lang, string> = {
  en: `usage: update-triage kb <KB number | SHA-256 | words> [--lang zh-CN|en] [--json] [--content DIR]
       update-triage kb record FILE… [--force] [--date YYYY-MM-DD] [--content DIR]

Finds a KB package record from a KB number typed in any form (KB 5016623, kb5016623, 5016623,
or a sentence that holds one), or says which record a pasted SHA-256 belongs to. A mistyped
number or hash gets the nearest records, with the characters that differ.
\`kb record\` is for the people who publish the packages: see \`update-triage kb record --help\`.

  --json          the answer as JSON
  --content DIR   read the records from DIR/kb (default: the site's content)
  --lang LANG     zh-CN or en (default: from LANG/LC_ALL)
  -h, --help      this text

Exit status: 0 an exact record, 1 a near miss or nothing, 2 usage error.
`,
  'zh-CN': `用法：update-triage kb <KB 编号 | SHA-256 | 文字> [--lang zh-CN|en] [--json] [--content DIR]
      update-triage kb record 文件… [--force] [--date YYYY-MM-DD] [--content DIR]

按任意写法的 KB 编号（KB 5016623、kb5016623、5016623，或含有编号的一句话）查找补丁包记录，
或说出粘贴的 SHA-256 属于哪条记录。编号或哈希有误时，列出最接近的记录和不同的字符。
\`kb record\` 供发布补丁包的人员使用：见 \`update-triage kb record --help\`。

  --json          以 JSON 输出结果
  --content DIR   从 DIR/kb 读取记录（默认：站点的内容目录）
  --lang LANG     zh-CN 或 en（默认取 LANG/LC_ALL）
  -h, --help      显示本说明

退出码：0 找到完全一致的记录，1 只有相近的记录或没有，2 用法错误。
`,
};

/** `KB 5016623` anywhere in a text. */
const KB_IN_TEXT = /(?<![a-z0-9])kb[\s_-]*(\d{6,8})(?!\d)/gi;

export async function run(argv: string[], io: CommandIo = stdio): Promise<number> {
  if (argv[0] === 'record') return (await import('./kb-record.ts')).run(argv.slice(1), io);
  const args = parseCommand(argv, { content: { type: 'string' }, json: { type: 'boolean' } }, io.env);
  if (typeof args === 'string') return io.err(`update-triage kb: ${args}\n\n${HELP.en}`), 2;
  if (args.help) return io.out(HELP[args.lang]), 0;
  const lang = args.lang;
  const input = args.positionals.join(' ').trim();
  if (!input) {
    io.err(HELP[lang]);
    return 2;
  }
  const catalog = await catalogOf(args.values.content as string | undefined, io, 'kb');
  if (!catalog) return 2;
  const answer = answerKbQuery(input, catalog, lang);
  io.out(args.values.json ? JSON.stringify(answer.json, null, 2) + '\n' : answer.text);
  return answer.exact ? 0 : 1;
}

interface Answer {
  text: string;
  json: unknown;
  exact: boolean;
}

/** A hash first (its digits may hold `KB`-free numbers), then KB numbers, then words in KB titles. */
function answerKbQuery(input: string, catalog: Catalog, lang: Lang): Answer {
  const hash = findSha256(input);
  if (hash) {
    const match = matchHash(hash, hashRecords(catalog.kbs));
    const record = match.kind === 'exact' ? catalog.kbs.find((k) => k.kb === match.record.kb) : undefined;
    return { text: hashMatchText(match, lang) + (record ? recordText(record, lang) : ''), json: { hash: match }, exact: match.kind === 'exact' };
  }
  // a hash a digit short or long, or a SHA-1: said so, not looked for in titles
  const almost = almostHash(input, hashRecords(catalog.kbs));
  if (almost) return { text: almostHashText(almost, lang) + '\n', json: { almostHash: almost }, exact: false };
  const one = readKbNumber(input);
  const named = one ? [one] : [...input.normalize('NFKC').matchAll(KB_IN_TEXT)].map((m) => `KB${m[1]}`);
  if (named.length) {
    const facts = kbFacts(catalog.kbs);
    const matches = [...new Set(named)].map((kb) => matchKb(kb, facts));
    const text = matches.map((m) => (m.kind === 'exact' ? recordText(catalog.kbs.find((k) => k.kb === m.fact.kb)!, lang) : kbMatchText(m, lang))).join('\n');
    return { text, json: { kbs: matches }, exact: matches.every((m) => m.kind === 'exact') };
  }
  const needle = input.normalize('NFKC').toLowerCase();
  const found = catalog.kbs.filter((k) => Object.values(k.title).some((t) => t.normalize('NFKC').toLowerCase().includes(needle)));
  const none = lang === 'en' ? `no KB record has “${input}” in its title\n` : `没有哪个 KB 记录的标题含有“${input}”\n`;
  return { text: found.length ? found.map((k) => recordText(k, lang)).join('\n') : none, json: { titles: found.map((k) => k.kb) }, exact: found.length > 0 };
}
