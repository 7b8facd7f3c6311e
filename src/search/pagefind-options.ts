/**
 * How the site asks pagefind to rank. A code page carries every spelling of its code in the
 * `aliases` metadata: weighting that field lets the page beat prose that merely quotes the
 * code, and a high term similarity lets an exact number (`1392`) beat a longer word it is a
 * prefix of (`13925` on a shorter page). 4 was enough while a code page's body ran its forms
 * together into one word; spaced apart, as an excerpt should show them, `13925` also stands in
 * a short page's body, and only 8 keeps `1392` on 0x80070570 first in the English index.
 */
export const PAGEFIND_RANKING = { termSimilarity: 8, metaWeights: { title: 10, aliases: 8 } } as const;

/** Words around a hit in an excerpt. */
export const EXCERPT_LENGTH = 22;

/**
 * Results listed, and the most read for them (each read fetches a fragment): the spares are
 * read only when truncation-only results were dropped from the first ten (src/search/read-plan.ts).
 */
export const RESULTS_SHOWN = 10;
export const RESULTS_READ = 12;
