import type { LogKind, Rule } from './types.ts';
import type { Localized } from '../i18n/lang.ts';
import type { FieldReader } from './fields.ts';
import { canonicalCode } from './identifiers.ts';
import { literalStarts } from '../analyzer/scan/tokens/literal-starts.ts';

export const LOG_KINDS: readonly (LogKind | 'any')[] = [
  'windowsupdate', 'windowsupdate-legacy', 'cbs', 'dism', 'setupact', 'reportingevents', 'events', 'setupdiag', 'any',
];

/** Nested quantifiers like `(a+)+` can take exponential time on a hostile log line. */
const NESTED_QUANTIFIER = /\([^)]*[+*][^)]*\)[+*{]/;

/** Reads `signatures:` into analyzer rules that link back to the entry they came from. */
export function compileSignatures(
  read: FieldReader,
  owner: { runbook?: string; article?: string; title: Localized },
): Rule[] {
  return read.list(['signatures']).map((_, i) => {
    const at = ['signatures', i];
    const log = read.oneOf([...at, 'log'], LOG_KINDS);
    const codeText = read.optionalString([...at, 'code']);
    const code = codeText === undefined ? undefined : canonicalCode(codeText);
    if (codeText !== undefined && !code) read.fail([...at, 'code'], `signature code '${codeText}' is not 0x + 8 hex digits`);
    const pattern = read.optionalString([...at, 'pattern']);
    if (!code && !pattern) read.fail(at, 'a signature needs a code, a pattern, or both');
    if (pattern !== undefined) checkPattern(read, [...at, 'pattern'], pattern);
    const cleared = read.optionalString([...at, 'cleared']);
    if (cleared !== undefined) {
      if (pattern === undefined) read.fail([...at, 'cleared'], 'a signature\'s `cleared` needs a `pattern`', 'a code is cleared by a later success of the same update or session; `cleared` is for what a pattern finds');
      checkPattern(read, [...at, 'cleared'], cleared, 'signature `cleared` pattern');
    }
    return {
      id: `${owner.runbook ? `runbook:${owner.runbook}` : `code:${owner.article}`}#${i + 1}`,
      log,
      code,
      pattern,
      ...(cleared === undefined ? {} : { cleared }),
      outcome: read.boolean([...at, 'outcome']),
      runbook: owner.runbook,
      article: owner.article,
      title: owner.title,
      source: { file: read.parsed.file, line: read.parsed.lineOf(at) },
    };
  });
}

function checkPattern(read: FieldReader, path: (string | number)[], pattern: string, what = 'signature pattern'): void {
  try {
    new RegExp(pattern, 'i');
  } catch (error) {
    read.fail(path, `${what} is not a valid regular expression: ${(error as Error).message}`);
  }
  if (!literalStarts(pattern)) {
    read.fail(
      path,
      `${what} does not start with literal text in each alternative`,
      'the analyzer finds where a pattern may match by the words it starts with (two characters at least, e.g. `Failed to process` rather than `.*Failed`); a pattern that may start anywhere makes it read every log of that kind with regexes, several times slower',
    );
  }
  if (NESTED_QUANTIFIER.test(pattern)) {
    read.fail(path, `${what} has a nested quantifier`, 'logs are hostile input: keep patterns linear, e.g. `a+` rather than `(a+)+`');
  }
}
