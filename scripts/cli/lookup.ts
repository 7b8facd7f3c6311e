/** `update-triage lookup <value> [--lang zh-CN|en] [--json]`: an Err.exe-like decode. */
import { LANGS, type Lang } from '../../src/i18n/lang.ts';
import { decode, formatDecodeText } from '../../src/hresult/index.ts';
import { loadCodeIndex } from '../lib/code-index.ts';
import { loadCatalog } from '../lib/load-catalog.ts';
import type { Article } from '../../src/catalog/types.ts';

const USAGE = 'usage: update-triage lookup <value…> [--lang zh-CN|en] [--json]\n';

export interface LookupIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: LookupIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit 0 when something decoded, 1 when nothing could be read, 2 for usage errors. */
export async function run(args: string[], io: LookupIo = stdio): Promise<number> {
  let lang: Lang = 'en';
  let json = false;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (!LANGS.includes(value as Lang)) {
        io.err(`update-triage lookup: --lang must be one of ${LANGS.join(', ')}\n${USAGE}`);
        return 2;
      }
      lang = value as Lang;
    } else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      io.err(`update-triage lookup: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else words.push(arg);
  }
  // `lookup 0x800f 0922` arrives as two words: read them as one text, like a pasted line
  const input = words.join(' ').trim();
  if (!input) {
    io.err(USAGE);
    return 2;
  }
  const result = decode(input, loadCodeIndex());
  const articles = await articlesFor(result.readings.map((r) => r.page));
  io.out(json ? JSON.stringify({ ...result, articles }, null, 2) + '\n' : formatDecodeText(result, lang) + articles.map((a) => articleText(a, lang)).join(''));
  return result.readings.length ? 0 : 1;
}

/** Written articles for the pages the readings land on: what Err.exe cannot tell. */
async function articlesFor(pages: string[]): Promise<Article[]> {
  const catalog = await loadCatalog().catch(() => undefined);
  if (!catalog) return [];
  const byCode = new Map(catalog.articles.map((a) => [a.code, a]));
  return [...new Set(pages)].flatMap((page) => byCode.get(page) ?? []);
}

function articleText(article: Article, lang: Lang): string {
  const path = `${lang === 'en' ? 'en/' : ''}codes/${article.code.toLowerCase()}/`;
  return `# ${article.code}: ${article.title[lang]}\n#   ${article.summary[lang]}\n#   ${path}${article.runbooks.length ? `  runbooks: ${article.runbooks.join(', ')}` : ''}\n`;
}
