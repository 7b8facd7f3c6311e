import type { Catalog, CodeEntry, Rule } from './types.ts';
import { ContentError, type ContentWarning } from './content-error.ts';
import { parseContentFile, parseYaml, type ParsedFile } from './front-matter.ts';
import { canonicalCode, canonicalKb } from './identifiers.ts';
import { compileArticle } from './compile-article.ts';
import { compileRunbook } from './compile-runbook.ts';
import { compileKb } from './compile-kb.ts';
import { compileBuilds } from './compile-builds.ts';
import { checkKbHashes } from './check-kb-hashes.ts';
import { compileSymptom } from './compile-symptom.ts';
import type { CompileContext } from './context.ts';

export interface ContentFile {
  /** path shown in messages, e.g. `content/kb/kb5016623.md` */
  path: string;
  text: string;
}

export interface CompileInput {
  articles: ContentFile[];
  kbs: ContentFile[];
  runbooks: ContentFile[];
  builds: ContentFile[];
  /** content/symptoms/*.md */
  symptoms?: ContentFile[];
  /** every known value, from the code tables */
  codes: CodeEntry[];
  /** site base path, ending in `/` */
  base?: string;
  today?: string;
}

/** Checks and compiles all content into one catalog. Throws the first ContentError. */
export function compileCatalog(input: CompileInput): { catalog: Catalog; warnings: ContentWarning[] } {
  const articles = input.articles.map((f) => parseContentFile(f.path, f.text));
  const runbooks = input.runbooks.map((f) => parseContentFile(f.path, f.text));
  const kbs = input.kbs.map((f) => parseContentFile(f.path, f.text));
  const builds = input.builds.flatMap((f) => compileBuilds(parseYaml(f.path, f.text)));
  const ctx: CompileContext = {
    base: input.base ?? '/',
    codes: new Map(input.codes.map((c) => [c.value, c])),
    kbIds: collectIds(kbs, 'kb', canonicalKb),
    releasedKbs: new Set(builds.map((b) => b.kb)),
    runbookIds: collectIds(runbooks, 'id', (s) => s),
    warnings: [],
    today: input.today ?? new Date().toISOString().slice(0, 10),
  };
  // An article may be the only source of a value no header defines (0x802400FF): it still gets a page.
  for (const code of collectIds(articles, 'code', canonicalCode)) {
    if (!ctx.codes.has(code)) ctx.codes.set(code, { value: code, names: [] });
  }
  const rules: Rule[] = [];
  const compiledArticles = articles.map((p) => compileArticle(p, ctx)).map(({ article, rules: r }) => (rules.push(...r), article));
  const compiledRunbooks = runbooks.map((p) => compileRunbook(p, ctx)).map(({ runbook, rules: r }) => (rules.push(...r), runbook));
  const compiledKbs = kbs.map((p) => compileKb(p, ctx));
  checkKbHashes(kbs, compiledKbs);
  const symptoms = (input.symptoms ?? []).map((f) => parseContentFile(f.path, f.text));
  const targets = {
    runbookSteps: new Map(compiledRunbooks.map((r) => [r.id, r.steps.length])),
    articles: new Set(compiledArticles.map((a) => a.code)),
    symptoms: collectIds(symptoms, 'id', (s) => s),
  };
  const catalog: Catalog = {
    version: 1,
    generatedAt: ctx.today,
    codes: [...ctx.codes.values()].sort((a, b) => (a.value < b.value ? -1 : 1)),
    articles: compiledArticles.sort((a, b) => (a.code < b.code ? -1 : 1)),
    kbs: compiledKbs.sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || a.kb.localeCompare(b.kb)),
    runbooks: compiledRunbooks.sort((a, b) => a.id.localeCompare(b.id)),
    builds,
    rules,
    symptoms: symptoms.map((p) => compileSymptom(p, ctx, targets)).sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { catalog, warnings: ctx.warnings };
}

/** Ids of one kind, canonicalised; a second file with the same id is an error. */
function collectIds(files: ParsedFile[], field: string, canonical: (s: string) => string | undefined): Set<string> {
  const seen = new Map<string, string>();
  for (const file of files) {
    const raw = file.data[field];
    const id = typeof raw === 'string' ? canonical(raw) : undefined;
    if (!id) continue; // the kind's own compile step reports a missing or malformed id with its line
    const first = seen.get(id);
    if (first) throw new ContentError(file.file, file.lineOf([field]), `duplicate id '${id}': already used by ${first}`);
    seen.set(id, file.file);
  }
  return new Set(seen.keys());
}
