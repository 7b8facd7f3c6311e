import type { Lang } from '../../i18n/lang.ts';
import type { MentionReport, Report } from './model.ts';
import { STRINGS } from './strings.ts';
import { coverageSentence, leadSentence, setAsideSentences, afterLeadSentences, updateName, VERDICT_WORDS, whenOf } from './verdict-words.ts';

/** The verdict section of the plain-text report: state, what the logs cover, what recovered, what is unresolved, what to collect. */
export function verdictLines(report: Report, lang: Lang): string[] {
  const w = VERDICT_WORDS[lang];
  const t = STRINGS[lang];
  const { verdict } = report;
  const c = verdict.coverage;
  const out = [`## ${t.verdict}: ${w.state[verdict.state]}`, leadSentence(verdict, lang), coverageSentence(c, lang), ...afterLeadSentences(verdict, lang), ...setAsideSentences(verdict, lang)];
  if (verdict.recovered.length) out.push(`${w.recovered}:`);
  for (const r of verdict.recovered) {
    const what = `${updateName(r.update, t.unknownUpdate)}${r.code ? ` (${r.code}${r.name ? ` ${r.name}` : ''})` : ''}`;
    out.push(`- ${w.recoveredItem(what, whenOf(r.failure), whenOf(r.fixedBy), !!r.restartPending)}  ${r.failure.file}:${r.failure.line} → ${r.fixedBy.file}:${r.fixedBy.line}`);
  }
  const mentions = (title: string, list: MentionReport[]) => {
    if (!list.length) return;
    out.push(`${title}:`);
    for (const m of list) out.push(`  - ${m.code}${m.name ? ` ${m.name}` : ''} × ${m.count}  ${m.evidence[0] ? `${m.evidence[0].file}:${m.evidence[0].line}` : ''}`);
  };
  mentions(w.unresolved, verdict.unresolved);
  mentions(w.outlived, verdict.outlived);
  if (verdict.next.length) out.push(`${w.next}:`, ...verdict.next.map((n) => `  - ${w.steps[n]}`));
  return out;
}
