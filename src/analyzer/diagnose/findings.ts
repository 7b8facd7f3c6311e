import type { Knowledge } from '../knowledge.ts';
import type { Attempt } from '../extract/attempts.ts';
import { extractCodes, isFailureCode } from '../extract/codes.ts';
import { evidence, type Evidence } from '../extract/evidence.ts';
import type { Finding } from '../report/model.ts';
import type { InputRecord } from '../scan/session.ts';
import { codeClearedBy, recoveredLines } from './finding-history.ts';
import { setAside } from './set-aside.ts';
import type { Recovery } from './recovery.ts';
import { ruleApplies, type CompiledRule } from './rules.ts';

const EVIDENCE_PER_FINDING = 6;

/**
 * Matches the catalog's signatures against each analyzed file: the file's kind, the code
 * (as an attempt outcome when the rule says so, else any non-noise occurrence) and the
 * pattern (some line matches). One finding per rule and file, with its lines. A finding is
 * history (`cleared`, with the line that shows it) when its code is (finding-history.ts), or,
 * for a rule with a `cleared` pattern, when a line matching that comes after the pattern's last.
 */
export function findFindings(records: readonly InputRecord[], rules: readonly CompiledRule[], knowledge: Knowledge, recovered: readonly Recovery[]): Finding[] {
  const findings: Finding[] = [];
  const recoveredAt = recoveredLines(recovered);
  for (const record of records) {
    const facts = record.facts;
    if (record.status !== 'analyzed' || !facts || !record.format || record.format === 'zip' || record.format === 'cab') continue;
    const attempts = [...facts.updates.attempts, ...facts.servicing.attempts];
    // A DISM command's failure on another image, or on an app package, is no finding about this machine's updates.
    const outcomes = attempts.filter((a) => a.status === 'failed' && !setAside(a));
    for (const compiled of rules) {
      const { rule } = compiled;
      if (!ruleApplies(rule, record.format)) continue;
      const lines: Evidence[] = [];
      let kbs: string[] = [];
      let cleared: Evidence | undefined;
      if (rule.code) {
        const matching = outcomes.filter((a) => a.code === rule.code);
        if (rule.outcome) {
          if (!matching.length) continue;
          lines.push(...matching.map((a) => a.outcome));
        } else {
          const tally = facts.codes.get(rule.code);
          if (!tally || tally.count === tally.noise) continue;
          lines.push(...(matching.length ? matching.map((a) => a.outcome) : tally.evidence));
        }
        kbs = kbsOf(matching);
        cleared = codeClearedBy(rule.code, rule.outcome, facts, attempts, recoveredAt);
      }
      if (compiled.pattern) {
        const hit = facts.patternHits.get(compiled.index);
        if (!hit) continue;
        // A rule with a code shows that code's lines, and its pattern's line where it is context
        // (the DPX phase the abort came in): not where it reports another failure.
        const failures = rule.code ? extractCodes(hit.text).filter((c) => isFailureCode(c.code)) : [];
        const shows = !failures.length || failures.some((c) => c.code === rule.code);
        if (shows && !lines.some((l) => l.line === hit.line)) lines.push(hit);
        const watched = facts.patternWatch.get(compiled.index);
        if (watched && watched.lastLine !== hit.line) lines.push(evidence(record.file, watched.lastLine, watched.lastText));
        cleared ??= watched?.cleared;
      }
      if (!kbs.length) kbs = kbsOf(outcomes);
      const article = rule.article ?? (rule.code && knowledge.codes[rule.code]?.article ? rule.code : undefined);
      findings.push({
        rule: rule.id,
        title: rule.title,
        file: record.file,
        log: rule.log,
        ...(rule.code ? { code: rule.code } : {}),
        evidence: lines.slice(0, EVIDENCE_PER_FINDING),
        ...(cleared ? { cleared } : {}),
        links: {
          ...(rule.runbook ? { runbook: rule.runbook } : {}),
          ...(article ? { article } : {}),
          ...(rule.code ? { code: rule.code } : {}),
          kbs,
        },
      });
    }
  }
  return findings;
}

function kbsOf(attempts: readonly Attempt[]): string[] {
  return [...new Set(attempts.map((a) => a.update.kb).filter((kb): kb is string => !!kb))];
}
