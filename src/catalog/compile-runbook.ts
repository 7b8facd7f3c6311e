import { type Runbook, type RunbookStep, type Rule } from './types.ts';
import { LANGS, type Localized } from '../i18n/lang.ts';
import type { ParsedFile } from './front-matter.ts';
import { FieldReader } from './fields.ts';
import { canonicalCode, canonicalKb, RUNBOOK_ID_PATTERN } from './identifiers.ts';
import { compileBody } from './compile-body.ts';
import { compileSignatures } from './compile-signatures.ts';
import { renderOptionsFor, type CompileContext } from './context.ts';
import { renderInline } from '../markdown/render.ts';
import { checkReferences } from './check-references.ts';
import { stepAnchor } from '../routes/index.ts';

export const REVIEW_INTERVAL_DAYS = 365;

export function compileRunbook(parsed: ParsedFile, ctx: CompileContext): { runbook: Runbook; rules: Rule[] } {
  const read = new FieldReader(parsed);
  const id = read.string(['id']);
  if (!RUNBOOK_ID_PATTERN.test(id)) read.fail(['id'], `runbook id '${id}' must be lower-case ASCII words joined by '-'`);
  if (!parsed.file.endsWith(`/${id}.md`) && parsed.file !== `${id}.md`) read.fail(['id'], `runbook id '${id}' does not match the file name`, `name the file ${id}.md`);
  const title = read.localized(['title']);
  const reviewed = read.date(['reviewed']);
  const ageDays = (Date.parse(ctx.today) - Date.parse(reviewed)) / 86_400_000;
  if (ageDays > REVIEW_INTERVAL_DAYS) {
    ctx.warnings.push({ file: parsed.file, line: parsed.lineOf(['reviewed']), message: `runbook '${id}' was last reviewed ${reviewed}, more than ${REVIEW_INTERVAL_DAYS} days ago` });
  }
  const steps = read.list(['steps']).map((_, i) => compileStep(read, ctx, i));
  if (steps.length === 0) read.fail(['steps'], 'a runbook needs at least one step');
  const runbook: Runbook = {
    id,
    title,
    summary: read.localized(['summary']),
    owner: read.localized(['owner']),
    reviewed,
    appliesTo: read.stringList(['applies_to']),
    codes: read.stringList(['codes']).map((c, i) => canonicalCode(c) ?? read.fail(['codes', i], `'${c}' is not a code: write 0x + 8 hex digits`)),
    kbs: read.stringList(['kbs']).map((k, i) => canonicalKb(k) ?? read.fail(['kbs', i], `'${k}' is not a KB number`)),
    when: read.localizedList(['when']),
    prerequisites: read.localizedList(['prerequisites']),
    steps,
    rollback: read.localizedList(['rollback']),
    escalate: read.localized(['escalate']),
    sources: read.stringList(['sources']),
    html: compileBody(parsed, ctx).html,
    source: { file: parsed.file, line: 1 },
  };
  if (runbook.appliesTo.length === 0) read.fail(['applies_to'], "missing required field 'applies_to'");
  checkReferences(read, 'codes', runbook.codes, ctx.codes, 'code', 'use a code the code tables know, or write its article');
  checkReferences(read, 'kbs', runbook.kbs, ctx.kbIds, 'KB', 'add a record in content/kb/ first');
  return { runbook, rules: compileSignatures(read, { runbook: id, title }) };
}

function compileStep(read: FieldReader, ctx: CompileContext, i: number): RunbookStep {
  const at = ['steps', i];
  const command = read.optionalString([...at, 'command']);
  const changes = read.boolean([...at, 'changes']);
  const detail = read.optionalLocalized([...at, 'detail']);
  const step: RunbookStep = {
    id: stepAnchor(i + 1),
    title: read.localized([...at, 'title']),
    detail,
    detailHtml: detail && renderDetail(read, ctx, detail, [...at, 'detail']),
    command,
    shell: command === undefined ? undefined : read.oneOf([...at, 'shell'], ['powershell', 'cmd', 'text'] as const),
    expect: read.localized([...at, 'expect']),
    check: read.optionalLocalized([...at, 'check']),
    undo: read.optionalLocalized([...at, 'undo']),
    changes,
  };
  if (changes && !step.check) read.fail(at, `step ${i + 1} changes the machine but has no 'check'`, 'say how to verify the change took effect');
  return step;
}

function renderDetail(read: FieldReader, ctx: CompileContext, detail: Localized, path: (string | number)[]): Localized {
  return Object.fromEntries(
    LANGS.map((lang) => [lang, renderInline(detail[lang], renderOptionsFor(ctx, lang, read.parsed.file, read.parsed.lineOf([...path, lang])))]),
  ) as Localized;
}
