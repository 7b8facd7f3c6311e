/**
 * The last result, kept for coming back to the page: a phone that follows a code's link and goes
 * Back reloaded an empty analyzer, and the logs had to be given again. The report (never the
 * logs) is kept in this tab's session storage, which the browser drops with the tab, and is shown
 * again only on a Back or Forward to the page: a fresh visit starts empty.
 */
import type { Report } from '../../analyzer/index.ts';
import { readReport } from './saved-report.ts';

const KEY = 'update-triage:analyzer-result';
const SCROLL_KEY = 'update-triage:analyzer-scroll';

/** Keeps the report for a return; one too large for the storage is not kept, and the page goes on. */
export function keepForReturn(report: Report, storage: Storage | undefined = sessionStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(report));
  } catch {
    storage?.removeItem(KEY); // over the quota: an older result must not come back in its place
  }
}

/** The kept report when the page was reached by Back or Forward; undefined on any other visit or a report that no longer reads. */
export function resultOnReturn(navigation: string | undefined = navigationType(), storage: Storage | undefined = sessionStorage): Report | undefined {
  if (navigation !== 'back_forward') return undefined;
  const text = storage?.getItem(KEY);
  if (!text) return undefined;
  const read = readReport(text);
  return 'report' in read ? read.report : undefined;
}

/** Where the page was scrolled as the reader left it: drawn again, the result is a long page, and Back must land where they were. */
export function keepScrollForReturn(y: number, storage: Storage | undefined = sessionStorage): void {
  try {
    storage?.setItem(SCROLL_KEY, String(Math.round(y)));
  } catch {
    // storage refused: Back lands at the top, as before
  }
}

/** The scroll position kept with the result, or 0. */
export function scrollOnReturn(storage: Storage | undefined = sessionStorage): number {
  const y = Number(storage?.getItem(SCROLL_KEY));
  return Number.isFinite(y) && y > 0 ? y : 0;
}

function navigationType(): string | undefined {
  return (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
}
