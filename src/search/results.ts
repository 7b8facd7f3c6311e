/**
 * Full-text results as the search UI shows them. Pagefind backs off by truncation when a word
 * is missing and returns pages that merely contain a shorter word (`8` for `80070570`); such
 * a result has no highlighted word in its excerpt and no matched metadata, so it is dropped.
 */

export const RESULT_KINDS = ['symptom', 'code', 'article', 'kb', 'runbook'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** What the UI needs of one pagefind result (`result.data()`). */
export interface FoundPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  matchedMetaFields?: string[];
}

export function isTruncationOnly(page: FoundPage): boolean {
  return !/<mark>/.test(page.excerpt) && !(page.matchedMetaFields?.length ?? 0);
}

/** The most specific kind a page is filed under: a code with an article is an article. */
export function kindOf(page: FoundPage): ResultKind | undefined {
  const kinds = new Set([...(page.filters?.kind ?? []), page.meta.kind]);
  return kinds.has('article') ? 'article' : RESULT_KINDS.find((k) => kinds.has(k));
}

/** The pagefind filter for a chosen kind, or none for "all". */
export function kindFilter(kind: ResultKind | 'all'): { kind: string } | undefined {
  return kind === 'all' ? undefined : { kind };
}
