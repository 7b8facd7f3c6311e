import type { Evidence, Finding } from './model.ts';

/** Findings as a reader is shown them (Finding keeps one per rule, for the JSON). */
export interface FindingGroup extends Omit<Finding, 'rule'> {
  /** the rules that found it, in the report's order */
  rules: string[];
}

/**
 * The findings of one runbook (or one code's article) in one file are one lead, not one per rule: a CBS.log that writes
 * both `CBS called Error with 0x800f0831` and `Mark store corruption flag` fires two signatures of
 * the store repair, which would show its title twice. Their evidence is joined, in line order. A
 * finding cleared later stays apart from one still open, as it reads as history.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = [leadOf(f), f.file, f.cleared ? 'cleared' : 'open'].join('\u0000');
    const group = groups.get(key);
    if (!group) {
      const { rule, ...rest } = f;
      groups.set(key, { ...rest, rules: [rule], evidence: [...f.evidence], links: { ...f.links, kbs: [...f.links.kbs] } });
      continue;
    }
    group.rules.push(f.rule);
    group.code ??= f.code;
    group.links.code ??= f.links.code;
    for (const kb of f.links.kbs) if (!group.links.kbs.includes(kb)) group.links.kbs.push(kb);
    group.evidence = joinEvidence(group.evidence, f.evidence);
    if (f.cleared && group.cleared && f.cleared.line > group.cleared.line) group.cleared = f.cleared;
  }
  return [...groups.values()];
}

/** What a finding sends the reader to: its runbook, else its code's article (whose title it has), else its own rule. */
const leadOf = (f: Finding): string => (f.links.runbook ? `runbook:${f.links.runbook}` : f.links.article ? `article:${f.links.article}` : f.rule);

/** Both lists' lines once each, in line order (one file's). */
function joinEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const lines = new Set(a.map((e) => e.line));
  return [...a, ...b.filter((e) => !lines.has(e.line))].sort((x, y) => x.line - y.line);
}
