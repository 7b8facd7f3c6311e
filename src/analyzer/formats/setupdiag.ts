import { isFailureCode } from '../extract/codes.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import type { Line, LogFormat } from './types.ts';

/**
 * SetupDiag results, as text (`Matching Profile found: FindRollbackFailure - <guid>`), XML
 * (`<ProfileName>`) or JSON (`"ProfileName": …`). SetupDiag reports the *last* error of a
 * failed upgrade, which usually wraps the cause: its code is kept as a low-precedence outcome.
 */
const PROFILE = /Matching Profile found:\s?(\w+)|<ProfileName>(\w+)<\/ProfileName>|"ProfileName"\s?:\s?"(\w+)"/;
const ERROR = /^\s*Error = |<FailureDetails>|"FailureDetails"|<LogErrorLine>|"LogErrorLine"|\bErr = /;

export const setupDiag: LogFormat = {
  kind: 'setupdiag',
  detect: (sample) =>
    sample.some((l) => PROFILE.test(l) || /SetupDiag (?:version|reports)|<SetupDiag[\s>]|unable to match to any known failure signatures/.test(l)) ? 0.95 : 0,
  parser: (facts) => new SetupDiagParser(facts),
};

class SetupDiagParser {
  private profile?: string;

  constructor(private readonly facts: FileFacts) {}

  line({ text, no, codes }: Line): void {
    const m = PROFILE.exec(text);
    if (m) this.profile = m[1] ?? m[2] ?? m[3];
    if (!ERROR.test(text)) return;
    this.facts.setupExtend(no, text);
    // `Err = 0x00000057` is a Win32 value: any non-zero code on the error line counts.
    const failure = codes.find((c) => isFailureCode(c.code) && c.form !== 'gle') ?? codes.find((c) => c.code !== '0x00000000' && c.form !== 'gle');
    if (!failure) return;
    this.facts.servicing.outcome({
      status: 'failed',
      code: failure.code,
      source: 'setupdiag',
      evidence: this.facts.evidence(no, text),
      update: this.profile ? { phase: `SetupDiag: ${this.profile}` } : {},
    });
  }
}
