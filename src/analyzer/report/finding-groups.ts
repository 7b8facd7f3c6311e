import type { Evidence, Finding } from './model.ts';

/** Findings as a reader is shown them (Finding keeps one per rule, for the JSON). */
export interface FindingGroup extends Omit<Finding, 'rule' | 'links'> {
  /** the rules that found it, in the report's order */
  rules: string[];
  /** every runbook whose rules saw it, in the report's order */
  links: { article?: string; code?: string; kbs: string[]; runbooks: string[] };
}

/**
 * One card per thing seen, not one per rule. Findings of one code in one file are one lead: a
 * code's article and a runbook's signature that both match 0x80070570 would show the failure
 * twice, once under the runbook's title as if that were what was seen. The group takes the
 * article's title (what the code means) and links every runbook. A runbook's signature with no
 * code (`Mark store corruption flag`) joins the code its runbook was matched by in that file, or
 * else stands under the runbook's title. Their evidence is joined, in line order. A finding
 * cleared later stays apart from one still open, as it reads as history.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const codeOfRunbook = runbookCodes(findings);
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const runbookCode = !f.code && f.links.runbook ? codeOfRunbook.get(keyOf(f.links.runbook, f)) : undefined;
    const key = keyOf(leadOf(f, runbookCode), f);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, startGroup(f));
      continue;
    }
    group.rules.push(f.rule);
    group.code ??= f.code;
    group.links.code ??= f.links.code;
    // The code's own meaning names the card; a runbook's title says what to do, not what was seen.
    if (f.code && f.links.article === f.code && group.links.article !== f.code) [group.title, group.links.article] = [f.title, f.code];
    if (f.links.runbook && !group.links.runbooks.includes(f.links.runbook)) group.links.runbooks.push(f.links.runbook);
    for (const kb of f.links.kbs) if (!group.links.kbs.includes(kb)) group.links.kbs.push(kb);
    group.evidence = joinEvidence(group.evidence, f.evidence);
    if (f.cleared && group.cleared && f.cleared.line > group.cleared.line) group.cleared = f.cleared;
  }
  return [...groups.values()];
}

function startGroup(f: Finding): FindingGroup {
  const { rule, links, ...rest } = f;
  const { runbook, ...others } = links;
  return { ...rest, rules: [rule], evidence: [...f.evidence], links: { ...others, kbs: [...links.kbs], runbooks: runbook ? [runbook] : [] } };
}

/** A lead (or a runbook) in the file a finding is of, and in its state: a finding cleared later stays apart from one still open. */
const keyOf = (lead: string, f: Finding): string => [lead, f.file, f.cleared ? 'cleared' : 'open'].join('\u0000');

/** Per runbook, file and state: the first code one of its signatures was matched by. */
function runbookCodes(findings: readonly Finding[]): Map<string, string> {
  const codes = new Map<string, string>();
  for (const f of findings) {
    if (!f.links.runbook || !f.code) continue;
    const key = keyOf(f.links.runbook, f);
    if (!codes.has(key)) codes.set(key, f.code);
  }
  return codes;
}

/** What a finding is about: its code, else (a pattern's finding) the code its runbook was matched by, its runbook, its article, or its own rule. */
function leadOf(f: Finding, runbookCode: string | undefined): string {
  const code = f.code ?? runbookCode;
  if (code) return `code:${code}`;
  return f.links.runbook ? `runbook:${f.links.runbook}` : f.links.article ? `article:${f.links.article}` : f.rule;
}

/** Both lists' lines once each, in line order (one file's). */
function joinEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const lines = new Set(a.map((e) => e.line));
  return [...a, ...b.filter((e) => !lines.has(e.line))].sort((x, y) => x.line - y.line);
}
