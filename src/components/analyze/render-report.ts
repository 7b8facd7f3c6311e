/** The whole result, in reading order: verdict first, then findings, timeline, counts, system facts, inputs. */
import type { Lang } from '../../i18n/lang.ts';
import type { Report } from '../../analyzer/index.ts';
import { renderContext } from './context.ts';
import type { SymptomRefs } from '../../catalog/symptom-links.ts';
import { renderVerdict } from './render-verdict.ts';
import { renderFindings } from './render-findings.ts';
import { renderTimeline } from './render-timeline.ts';
import { renderCounts } from './render-counts.ts';
import { renderInputs, renderSystem } from './render-system.ts';

export function renderReport(report: Report, lang: Lang, base: string, runbookTitles: Record<string, string> = {}, symptoms?: SymptomRefs): DocumentFragment {
  const ctx = renderContext(report, lang, base, runbookTitles, symptoms);
  const fragment = document.createDocumentFragment();
  for (const part of [renderVerdict(ctx), renderFindings(ctx), renderTimeline(ctx), renderCounts(ctx), renderSystem(ctx), renderInputs(ctx)]) {
    if (part) fragment.append(part);
  }
  return fragment;
}
