import type { Article, Rule } from './types.ts';
import type { Localized } from '../i18n/lang.ts';
import type { ParsedFile } from './front-matter.ts';
import { FieldReader } from './fields.ts';
import { canonicalCode, canonicalKb } from './identifiers.ts';
import { compileBody } from './compile-body.ts';
import { compileSignatures } from './compile-signatures.ts';
import type { CompileContext } from './context.ts';
import { checkReferences } from './check-references.ts';

/** The article sections, with the ASCII ids their headings get. */
export const ARTICLE_HEADINGS: Localized<Record<string, string>> = {
  'zh-CN': { 含义: 'meaning', 常见原因: 'causes', 先做什么: 'first-steps', 日志中的表现: 'in-logs' },
  en: { Meaning: 'meaning', 'Typical causes': 'causes', 'What to do first': 'first-steps', 'In the logs': 'in-logs' },
};
const REQUIRED_SECTIONS = ['meaning', 'causes', 'first-steps'];

export function compileArticle(parsed: ParsedFile, ctx: CompileContext): { article: Article; rules: Rule[] } {
  const read = new FieldReader(parsed);
  const codeText = read.string(['code']);
  const code = canonicalCode(codeText) ?? read.fail(['code'], `'${codeText}' is not a code: write 0x + 8 hex digits`);
  const expectedFile = `${code.toLowerCase()}.md`;
  if (!parsed.file.endsWith(`/${expectedFile}`) && parsed.file !== expectedFile) {
    read.fail(['code'], `code ${code} does not match the file name`, `name the file ${expectedFile}`);
  }
  const name = read.optionalString(['name']);
  if (name !== undefined) {
    const known = ctx.codes.get(code)?.names.map((n) => n.name) ?? [];
    if (!known.includes(name)) {
      read.fail(['name'], `name ${name} does not belong to ${code}`, known.length ? `the code tables name it ${known.join(', ')}` : 'no code table names this value: leave `name` out');
    }
  }
  const title = read.localized(['title']);
  const sources = read.stringList(['sources']);
  if (sources.length === 0) read.fail(['sources'], 'an article needs at least one source');
  const body = compileBody(parsed, ctx, { required: true, knownHeadings: ARTICLE_HEADINGS, requiredIds: REQUIRED_SECTIONS, self: code });
  const article: Article = {
    code,
    name,
    title,
    summary: read.localized(['summary']),
    noise: read.boolean(['noise']),
    wrapper: read.boolean(['wrapper']),
    runbooks: read.stringList(['runbooks']),
    related: read.stringList(['related']).map((c, i) => canonicalCode(c) ?? read.fail(['related', i], `'${c}' is not a code`)),
    kbs: read.stringList(['kbs']).map((k, i) => canonicalKb(k) ?? read.fail(['kbs', i], `'${k}' is not a KB number`)),
    sources,
    // the two languages' search words need not pair up, so each list stands alone
    keywords: { 'zh-CN': read.stringList(['keywords', 'zh-CN']), en: read.stringList(['keywords', 'en']) },
    html: body.html,
    headings: body.headings,
    source: { file: parsed.file, line: 1 },
  };
  checkReferences(read, 'runbooks', article.runbooks, ctx.runbookIds, 'runbook', 'runbooks live in content/runbooks/<id>.md');
  checkReferences(read, 'related', article.related, ctx.codes, 'code', 'only codes known to the code tables or with an article can be related');
  checkReferences(read, 'kbs', article.kbs, ctx.kbIds, 'KB', 'add a record in content/kb/ first');
  return { article, rules: compileSignatures(read, { article: code, title }) };
}
