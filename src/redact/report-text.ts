import { bracketed, headingColon, labelColon, type Lang } from '../i18n/lang.ts';
import { reasonText, redactStrings } from '../i18n/redact.ts';
import { KINDS, PLACEHOLDER_LABEL } from './kinds.ts';
import type { RedactionSummary } from './summary.ts';

/** REDACTION.txt: what kinds were replaced and how often, which files are in, which were left out. */
export function redactionReport(summary: RedactionSummary, lang: Lang): string {
  const s = redactStrings(lang);
  const [colon, label] = [headingColon(lang), labelColon(lang)];
  const lines = [s.report.title, '='.repeat(24), '', s.report.intro, '', `${s.report.replaced}${colon}`];
  const replaced = KINDS.filter((k) => summary.counts[k].replaced > 0);
  if (!replaced.length) lines.push(`  ${s.nothing}`);
  for (const kind of replaced) {
    const { replaced: r, distinct } = summary.counts[kind];
    lines.push(`  ${s.kinds[kind]}${bracketed(lang, `<${PLACEHOLDER_LABEL[kind]}-n>`)}${label}${s.countLine(r, distinct)}`);
  }
  lines.push('', s.report.kept, '', `${s.report.files}${colon}`);
  lines.push(...(summary.files.length ? summary.files.map((f) => `  ${f}`) : [`  ${s.report.none}`]));
  lines.push('', `${s.report.leftOut}${colon}`);
  lines.push(...(summary.leftOut.length ? summary.leftOut.map((f) => `  ${f.name}${label}${reasonText(lang, f.reason)}`) : [`  ${s.report.none}`]));
  return lines.join('\r\n') + '\r\n';
}
