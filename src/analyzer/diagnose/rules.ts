import type { Rule } from '../../catalog/types.ts';
import type { FormatKind } from '../formats/types.ts';

export interface CompiledRule {
  index: number;
  rule: Rule;
  pattern?: RegExp;
  /** the signature's `cleared` pattern: its rule is then watched to the end of each file */
  cleared?: RegExp;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** rules whose pattern does not compile, with where they come from */
  errors: string[];
}

/** Longest pattern accepted from content; patterns are data, kept short and simple. */
const MAX_PATTERN = 300;

/** Compiles the signatures once per analysis; a broken pattern disables its rule with a message. */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const out: CompiledRule[] = [];
  const errors: string[] = [];
  rules.forEach((rule, index) => {
    if (!rule.pattern) return void out.push({ index, rule });
    const pattern = compilePattern(rule, 'pattern', rule.pattern, errors);
    const cleared = rule.cleared === undefined ? undefined : compilePattern(rule, '`cleared` pattern', rule.cleared, errors);
    if (pattern && cleared !== null) out.push({ index, rule, pattern, ...(cleared ? { cleared } : {}) });
  });
  return { rules: out, errors };
}

/** `source` as a regex, or null with the error noted where the rule comes from. */
function compilePattern(rule: Rule, what: string, source: string, errors: string[]): RegExp | null {
  const where = `${rule.source.file}:${rule.source.line}`;
  if (source.length > MAX_PATTERN) {
    errors.push(`${where}: ${what} of rule ${rule.id} is longer than ${MAX_PATTERN} characters`);
    return null;
  }
  try {
    return new RegExp(source);
  } catch (error) {
    errors.push(`${where}: ${what} of rule ${rule.id} is not a valid regular expression (${(error as Error).message})`);
    return null;
  }
}

export const ruleApplies = (rule: Rule, kind: FormatKind): boolean => rule.log === 'any' || rule.log === kind;
