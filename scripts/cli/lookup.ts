/** `update-triage lookup <value…>`: an Err.exe-like decode, with the written article and its page. */
import { decode, formatDecodeText } from '../../src/hresult/index.ts';
import { deserializeCodeIndex } from '../../src/hresult/code-index.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { codePath, pageUrl, runbookPath } from '../../src/routes/index.ts';
import { LOOKUP_FILE } from '../lib/catalog-files.ts';
import { cliSiteRoot, readCliFile, type ArticleBrief, type LookupData } from '../lib/cli-data.ts';
import { parseCommand } from './args.ts';
import { catalogData, stdio, type CliIo } from './io.ts';

export const HELP: Record<Lang, string> = {
  en: `usage: update-triage lookup <value…> [--json] [--lang zh-CN|en]

Decodes an error code typed in any form: 0x80070570, 80070570, -2147023504, 1392,
ERROR_FILE_CORRUPT, or a pasted line that holds one. Prints every reading (HRESULT, Win32,
NTSTATUS…), its names and fields, then the written article and the link to its page.

  --json        the decode and the articles as JSON
  --lang LANG   zh-CN or en (default: from LANG/LC_ALL)
  -h, --help    this text

Exit status: 0 decoded, 1 nothing could be read as a code, 2 usage error.
`,
  'zh-CN': `用法：update-triage lookup <值…> [--json] [--lang zh-CN|en]

解读任意写法的错误代码：0x80070570、80070570、-2147023504、1392、ERROR_FILE_CORRUPT，
或包含代码的一整行。列出每一种解读（HRESULT、Win32、NTSTATUS…）及其名称和字段，
再给出已写好的文章和页面链接。

  --json        以 JSON 输出解读结果和文章
  --lang LANG   zh-CN 或 en（默认取 LANG/LC_ALL）
  -h, --help    显示本说明

退出码：0 已解读，1 无法读出代码，2 用法错误。
`,
};

export interface LookupIo extends CliIo {
  /** the data to decode with; read from .catalog/lookup.json when not given */
  data?: () => Promise<LookupData>;
}

/** Exit 0 when something decoded, 1 when nothing could be read, 2 for usage errors. */
export async function run(args: string[], io: LookupIo = stdio): Promise<number> {
  const env = io.env ?? {};
  const parsed = parseCommand(args, { json: { type: 'boolean' } }, env);
  if (typeof parsed === 'string') {
    io.err(`update-triage lookup: ${parsed}\n\n${HELP.en}`);
    return 2;
  }
  if (parsed.help) {
    io.out(HELP[parsed.lang]);
    return 0;
  }
  // `lookup 0x800f 0922` arrives as two words: read them as one text, like a pasted line
  const input = parsed.positionals.join(' ').trim();
  if (!input) {
    io.err(HELP[parsed.lang]);
    return 2;
  }
  const data = await catalogData(io.data ?? readLookupData, io, 'lookup');
  if (!data) return 1;
  const result = decode(input, deserializeCodeIndex(data.index));
  const site = cliSiteRoot(env);
  const byCode = new Map(data.articles.map((a) => [a.code, a]));
  const articles = [...new Set(result.readings.map((r) => r.page))].flatMap((page) => byCode.get(page) ?? []);
  const { lang } = parsed;
  const linked = articles.map((a) => ({ ...a, url: pageUrl(site, lang, codePath(a.code)) }));
  if (parsed.values.json) io.out(JSON.stringify({ ...result, articles: linked }, null, 2) + '\n');
  else io.out(formatDecodeText(result, lang) + linked.map((a) => articleText(a, lang, site)).join(''));
  return result.readings.length ? 0 : 1;
}

function articleText(article: ArticleBrief & { url: string }, lang: Lang, site: string): string {
  const runbooks = article.runbooks.map((id) => `#   ${pageUrl(site, lang, runbookPath(id))}\n`).join('');
  return `# ${article.code}: ${article.title[lang]}\n#   ${article.summary[lang]}\n#   ${article.url}\n${runbooks}`;
}

/** The data written with the catalog; compiled from content/ now (slow) when it never was. */
export async function readLookupData(): Promise<LookupData> {
  const text = readCliFile(LOOKUP_FILE);
  if (text) return JSON.parse(text) as LookupData;
  const [{ loadCatalog }, { lookupDataOf }] = await Promise.all([import('../lib/load-catalog.ts'), import('../lib/cli-data.ts')]);
  return lookupDataOf(await loadCatalog());
}
