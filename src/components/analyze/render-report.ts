/** The whole result, in reading order: verdict first, then findings, timeline, counts, system facts, inputs. */
import type { Lang } from '../../i18n/lang.ts';
import type { Report } from '../../analyzer/index.ts';
import { renderContext, type RenderContext } from './context.ts';
import type { SymptomRefs } from '../../catalog/symptom-links.ts';
import { renderVerdict } from './render-verdict.ts';
import { renderFindings } from './render-findings.ts';
import { renderTimeline } from './render-timeline.ts';
import { renderCounts } from './render-counts.ts';
import { renderInputs, renderSystem } from './render-system.ts';
import { nextTask, type Drawn } from './slices.ts';

const PARTS: ((ctx: RenderContext) => Drawn | null)[] = [renderVerdict, renderFindings, renderTimeline, renderCounts, renderSystem, renderInputs];

/**
 * Draws the report into `into` one part per task (see slices.ts), the verdict first; the task
 * that received the report only starts it. Stops, returning false, once `wanted` says a newer
 * run or reopened result has taken the place.
 */
export async function drawReport(into: HTMLElement, report: Report, lang: Lang, base: string, runbookTitles: Record<string, string> = {}, symptoms: SymptomRefs | undefined, wanted: () => boolean): Promise<boolean> {
  const ctx = renderContext(report, lang, base, runbookTitles, symptoms);
  for (const part of PARTS) {
    await nextTask();
    if (!wanted()) return false;
    const drawn = part(ctx);
    if (!drawn) continue;
    const { element, steps } = drawn instanceof HTMLElement ? { element: drawn, steps: [] } : drawn;
    into.append(element);
    for (const _ of steps) {
      await nextTask();
      if (!wanted()) return false;
    }
  }
  return true;
}
