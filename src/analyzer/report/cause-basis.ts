import type { Report, RootCause } from './model.ts';

/** How the root cause was found, as the report's words say it. */
export type CauseBasis = RootCause['basis'] | 'download';

/**
 * The root cause's basis, with one more: a suspect named from the codes of downloads that failed
 * and that nothing later downloaded or installed (`verdict.unresolved`, `download`) is said as the
 * download's code, not as "the most frequent code, with no outcome". The text report, the analyzer
 * page and the reply all call this, so they say the same.
 */
export function causeBasis(report: Pick<Report, 'rootCause' | 'verdict'>): CauseBasis | undefined {
  const cause = report.rootCause;
  if (!cause) return undefined;
  const download = cause.basis === 'mention' && report.verdict.unresolved.some((u) => u.download && u.code === cause.code);
  return download ? 'download' : cause.basis;
}
