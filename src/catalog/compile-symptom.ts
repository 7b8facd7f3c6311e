import { LANGS, SYMPTOM_PLACES, type Lang, type Localized, type Symptom, type SymptomQuestion, type SymptomTarget } from './types.ts';
import type { ParsedFile } from './front-matter.ts';
import { FieldReader } from './fields.ts';
import { canonicalCode, RUNBOOK_ID_PATTERN } from './identifiers.ts';
import { compileBody } from './compile-body.ts';
import type { CompileContext } from './context.ts';
import { REVIEW_INTERVAL_DAYS } from './compile-runbook.ts';

/** What an answer may lead to, besides a later question of the same symptom. */
export interface SymptomTargets {
  /** runbook id → its number of steps */
  runbookSteps: Map<string, number>;
  /** codes with a written article */
  articles: Set<string>;
  symptoms: Set<string>;
}

export function compileSymptom(parsed: ParsedFile, ctx: CompileContext, targets: SymptomTargets): Symptom {
  const read = new FieldReader(parsed);
  const id = read.string(['id']);
  if (!RUNBOOK_ID_PATTERN.test(id)) read.fail(['id'], `symptom id '${id}' must be lower-case ASCII words joined by '-'`);
  if (!parsed.file.endsWith(`/${id}.md`) && parsed.file !== `${id}.md`) read.fail(['id'], `symptom id '${id}' does not match the file name`, `name the file ${id}.md`);
  const questions = read.list(['questions']).map((_, i) => readQuestion(read, i));
  if (questions.length === 0) read.fail(['questions'], 'a symptom needs at least one question', 'ask what tells its likely causes apart');
  const symptom: Symptom = {
    id,
    title: read.localized(['title']),
    summary: read.localized(['summary']),
    place: read.oneOf(['where'], SYMPTOM_PLACES),
    seen: read.localized(['seen']),
    quoted: readQuoted(read),
    causes: read.localizedList(['causes']),
    questions,
    // the two languages' search words need not pair up, so each list stands alone
    searchWords: { 'zh-CN': read.stringList(['search', 'zh-CN']), en: read.stringList(['search', 'en']) },
    runbooks: [],
    codes: [],
    reviewed: read.date(['reviewed']),
    sources: read.stringList(['sources']),
    html: compileBody(parsed, ctx).html,
    source: { file: parsed.file, line: 1 },
  };
  if (symptom.sources.length === 0) read.fail(['sources'], 'a symptom needs at least one source');
  if ((Date.parse(ctx.today) - Date.parse(symptom.reviewed)) / 86_400_000 > REVIEW_INTERVAL_DAYS) {
    ctx.warnings.push({ file: parsed.file, line: parsed.lineOf(['reviewed']), message: `symptom '${id}' was last reviewed ${symptom.reviewed}, more than ${REVIEW_INTERVAL_DAYS} days ago` });
  }
  if (symptom.searchWords['zh-CN'].length === 0 || symptom.searchWords.en.length === 0) {
    read.fail(['search'], "'search' needs words in both zh-CN and en", 'write them as customers type them');
  }
  checkTargets(read, questions, targets);
  symptom.runbooks = unique(questions.flatMap((q) => q.answers.flatMap((a) => (a.go.kind === 'runbook' ? [a.go.runbook] : []))));
  symptom.codes = unique(questions.flatMap((q) => q.answers.flatMap((a) => (a.go.kind === 'code' ? [a.go.code] : []))));
  return symptom;
}

/** `quote: { en: <source> }`: the languages whose `seen` is the exact UI text, each with its public source. */
function readQuoted(read: FieldReader): Partial<Record<Lang, string>> {
  if (!read.has(['quote'])) return {};
  const raw = read.raw(['quote']);
  if (typeof raw !== 'object' || Array.isArray(raw)) read.fail(['quote'], "'quote' must map a language to the source of its UI text");
  const quoted: Partial<Record<Lang, string>> = {};
  for (const key of Object.keys(raw as object)) {
    if (!LANGS.includes(key as Lang)) read.fail(['quote', key], `'quote.${key}' is not a language: use zh-CN or en`);
    quoted[key as Lang] = read.string(['quote', key]);
  }
  return quoted;
}

function readQuestion(read: FieldReader, i: number): SymptomQuestion {
  const at = ['questions', i];
  const answers = read.list([...at, 'answers']).map((_, j) => ({
    label: readLabel(read, [...at, 'answers', j, 'label']),
    go: parseTarget(read, [...at, 'answers', j, 'go']),
  }));
  if (answers.length < 2) read.fail([...at, 'answers'], `question ${i + 1} needs at least two answers`, 'a question with one answer is a step: lead to it directly');
  return { id: `q-${i + 1}`, ask: read.localized([...at, 'ask']), hint: read.optionalLocalized([...at, 'hint']), answers };
}

/**
 * An answer's label. Labels are short and often a bare code or a phrase with a comma, which
 * unquoted YAML reads as a number (0x800F0922 → 2148469026) or as a second key: both are refused.
 */
function readLabel(read: FieldReader, path: (string | number)[]): Localized {
  const raw = read.raw(path);
  for (const key of Object.keys(raw && typeof raw === 'object' ? raw : {})) {
    if (!LANGS.includes(key as Lang)) read.fail([...path, key], `label has an unexpected key '${key}'`, 'quote a label that holds a comma or a colon');
  }
  for (const lang of LANGS) {
    if (typeof read.raw([...path, lang]) === 'number') read.fail([...path, lang], `label.${lang} was read as a number`, 'quote it: "0x800F0922"');
  }
  return read.localized(path);
}

/** `q-3`, `runbook-id#step-4` or `0x800F0922`. */
function parseTarget(read: FieldReader, path: (string | number)[]): SymptomTarget {
  const text = read.string(path);
  if (/^q-\d+$/.test(text)) return { kind: 'question', id: text };
  const step = /^([a-z0-9-]+)#step-(\d+)$/.exec(text);
  if (step) return { kind: 'runbook', runbook: step[1], step: Number(step[2]) };
  const code = canonicalCode(text);
  if (code) return { kind: 'code', code };
  const symptom = /^symptom:([a-z0-9-]+)$/.exec(text);
  if (symptom) return { kind: 'symptom', symptom: symptom[1] };
  return read.fail(path, `'${text}' is not a target`, 'write q-N (a later question), <runbook-id>#step-N, a code 0x + 8 hex digits or symptom:<id>');
}

/** Every target exists, questions only lead forward (so the tree ends), and every question is reached. */
function checkTargets(read: FieldReader, questions: SymptomQuestion[], targets: SymptomTargets): void {
  const reached = new Set(['q-1']);
  questions.forEach((q, i) =>
    q.answers.forEach(({ go }, j) => {
      const at = ['questions', i, 'answers', j, 'go'];
      if (go.kind === 'question') {
        const n = Number(go.id.slice(2));
        if (n > questions.length) read.fail(at, `${go.id} does not exist: this symptom has ${questions.length} questions`);
        if (n <= i + 1) read.fail(at, `question ${i + 1} leads back to ${go.id}`, 'answers lead to later questions only, so every path ends');
        reached.add(go.id);
      } else if (go.kind === 'runbook') {
        const steps = targets.runbookSteps.get(go.runbook);
        if (steps === undefined) read.fail(at, `runbook '${go.runbook}' does not exist`, 'runbooks live in content/runbooks/<id>.md');
        if (go.step < 1 || go.step > steps) read.fail(at, `runbook '${go.runbook}' has no step ${go.step}: it has ${steps} steps`);
      } else if (go.kind === 'symptom') {
        if (!targets.symptoms.has(go.symptom)) read.fail(at, `symptom '${go.symptom}' does not exist`, 'symptoms live in content/symptoms/<id>.md');
      } else if (!targets.articles.has(go.code)) {
        read.fail(at, `code ${go.code} has no article`, 'lead to codes with an article in content/codes/, or to a runbook step');
      }
    }),
  );
  const lost = questions.find((q) => !reached.has(q.id));
  if (lost) read.fail(['questions', Number(lost.id.slice(2)) - 1], `question ${lost.id.slice(2)} is never reached: no answer leads to ${lost.id}`);
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
