import { bracketed, type Lang } from '../../i18n/lang.ts';
import type { AttemptReport, CodeReport, Evidence, Report } from './model.ts';
import { STRINGS } from './strings.ts';
import { kbDidYouMean } from '../../i18n/kb-match.ts';
import { verdictLines } from './verdict-text.ts';
import { codeLabel } from './names.ts';
import { warningLine } from './warning-line.ts';
import { inputDescription } from './input-line.ts';
import { groupFindings } from './finding-groups.ts';
import { causeBasis } from './cause-basis.ts';
import { isFailureCode } from '../extract/codes.ts';
import { extendSentence } from './setup-extend.ts';
import { phaseText } from './phase-text.ts';

const MAX_CODES = 25;

/** The report as plain text for a terminal or an e-mail, in zh-CN or en. */
export function renderText(report: Report, lang: Lang): string {
  const t = STRINGS[lang];
  const out: string[] = [`# ${t.title}`, ''];
  const where = (e: Evidence) => `${e.file}:${e.line}`;
  /** An event's meaning, when the log stores none in words, before its raw fields. */
  const shown = (e: Evidence) => (e.message ? `${e.message[lang]} — ${e.text}` : e.text);
  const byCode = new Map(report.codes.map((c) => [c.code, c]));
  const named = (code: string, name?: string) => {
    const label = codeLabel(byCode.get(code), t.printed, name);
    return label ? `${code} ${label}` : code;
  };

  out.push(`## ${t.inputs}`);
  for (const i of report.inputs) out.push(`- ${i.file}: ${inputDescription(i, lang)}`);

  out.push('', ...verdictLines(report, lang));
  const root = report.rootCause;
  if (root) {
    out.push('', `## ${t.rootCause}`);
    out.push(`${named(root.code, root.name)} — ${root.count} ${t.times} (${t.basis[causeBasis(report)!]})`);
    for (const e of root.evidence.slice(0, 3)) out.push(`  ${where(e)}  ${shown(e)}`);
    if (root.setupExtend) out.push(extendSentence(root.setupExtend, lang), `  ${where(root.setupExtend.evidence)}  ${root.setupExtend.evidence.text}`);
    if (root.wrappers.length) {
      out.push(`${t.wrappers}:`);
      for (const w of root.wrappers) out.push(`  - ${named(w.code, w.name)} (${t[w.role]}) ${where(w.evidence)}`);
    }
    // The runbooks of the cause's code, which no finding may point to: the help said the report points to them.
    if (root.runbooks.length) {
      out.push(`${t.runbooks}:`, ...root.runbooks.map((id) => [`  - ${id}`, root.runbookTitles?.[id]?.[lang]].filter(Boolean).join(': ')));
    }
  }
  if (report.runbooks.length) {
    out.push('', `## ${t.runbooks}`);
    for (const r of report.runbooks) out.push(`- ${r.id}${r.title ? `: ${r.title[lang]}` : ''} (${r.findings})`);
  }

  section(out, t.attempts, report.attempts, (a) => attemptLine(a, lang));
  const failed = report.attempts.filter((a) => a.status === 'failed');
  if (failed.length) out.push(`  = ${failed.length} ${t.failedAttempts}: ${tallyText(failed, t.noCode)}`);
  section(out, t.servicing, report.servicing, (a) => attemptLine(a, lang));

  section(out, t.findings, groupFindings(report.findings), (f) => {
    const lines = f.evidence.slice(0, 3).map((e) => `    ${e.line}: ${e.text}`);
    // What cleared it is the finding's last word: the reader sees it is history.
    if (f.cleared) lines.push(`  ${t.cleared}`, `    ${f.cleared.line}: ${f.cleared.text}`);
    return `- ${f.title[lang]} — ${f.file}${f.links.runbooks.length ? ` → ${f.links.runbooks.join(', ')}` : ''}\n${lines.join('\n')}`;
  });
  section(out, t.codes, report.codes.slice(0, MAX_CODES), (c) => codeLine(c, lang));
  section(out, t.kbs, report.kbs, (k) => `- ${k.kb}${k.title ? ` ${k.title[lang]}` : ''} (${k.files.join(', ')})${k.nearest ? `\n  ${kbDidYouMean(lang, k.kb, k.nearest)}` : ''}`);
  section(out, t.builds, report.builds, (b) => `- ${b.build}${b.kb ? ` → ${b.kb}` : ''} (${where(b.evidence)})`);
  section(out, t.wsus, report.wsus, (w) => `- ${w.url ?? t.noWsus} (${where(w.evidence)})`);
  section(out, t.warnings, report.warnings, (w) => `- ${warningLine(w, lang)}`);
  return out.join('\n') + '\n';
}

function section<T>(out: string[], title: string, items: readonly T[], line: (item: T) => string): void {
  if (!items.length) return;
  out.push('', `## ${title}`);
  for (const item of items) out.push(line(item));
}

function attemptLine(a: AttemptReport, lang: Lang): string {
  const t = STRINGS[lang];
  const what = a.update.kb ?? a.update.title ?? a.update.package ?? a.update.id ?? t.unknownUpdate;
  const result =
    a.status === 'failed'
      ? `${t.failed} ${a.code ?? t.noCode}${a.name ? ` ${a.name}` : ''}${a.recoveredBy ? ` (${t.recoveredBy} ${a.recoveredBy.file}:${a.recoveredBy.line})` : ''}`
      : `${t.succeeded}${a.restartPending ? ` (${t.restartPending})` : ''}`;
  const context = [a.update.package && a.update.package !== what ? `${t.package} ${a.update.package}` : '', a.update.phase ? `${t.phase} ${phaseText(a.update.phase, lang)}` : '']
    .filter(Boolean)
    .join(', ');
  const extra = a.companions.length ? ` [${a.companions.map((c) => c.code + (c.wrapper ? `(${t.wrapper})` : '')).join(', ')}]` : '';
  // the same install as other files of the bundle recorded it
  const joined = a.joined ? a.joined.map((e) => ` = ${e.file}:${e.line}`).join('') : '';
  return `- ${a.outcome.time ?? '-'}  ${what}: ${result}${context ? ` (${context})` : ''}${extra}  ${a.outcome.file}:${a.outcome.line}${joined}`;
}

function tallyText(attempts: AttemptReport[], noCode: string): string {
  const counts = new Map<string, number>();
  for (const a of attempts) counts.set(a.code ?? noCode, (counts.get(a.code ?? noCode) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${n} × ${code}`).join(', ');
}

function codeLine(c: CodeReport, lang: Lang): string {
  const t = STRINGS[lang];
  // a value with no failure bit (GLE = 0x3, a Win32 number) is never read as a failure: said so, beside the routine ones
  const flags = [c.noise ? t.noise : '', c.success ? t.success : !isFailureCode(c.code) ? t.notFailure : '', c.wrapper ? t.wrapper : ''].filter(Boolean).join(', ');
  const structure = `${t.structure}: facility 0x${c.structure.facility.toString(16).toUpperCase()}, code 0x${c.structure.code.toString(16).toUpperCase()}`;
  const name = codeLabel(c, `${t.printed}; ${structure}`) ?? `${t.noName}; ${structure}`;
  return `- ${c.code} ${name}: ${c.count}${flags ? bracketed(lang, flags) : ''}`;
}
