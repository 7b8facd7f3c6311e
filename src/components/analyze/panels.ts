/**
 * The panels that work on a shown result: the reply composer (from the report) and the
 * redacted export (from the files, so only after an analysis, not for a reopened result).
 * Each gets its own slot, so redrawing one never disturbs the other.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Report } from '../../analyzer/index.ts';
import { mountReplyPanel } from './reply-panel.ts';
import { mountRedactPanel } from './redact-panel.ts';

export function mountPanels(container: HTMLElement, report: Report, files: File[], lang: Lang): void {
  const reply = document.createElement('div');
  const redact = document.createElement('div');
  container.replaceChildren(reply, redact);
  mountReplyPanel(reply, report, lang);
  mountRedactPanel(redact, files, lang);
}
