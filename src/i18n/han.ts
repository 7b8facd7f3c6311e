/** Chinese in text: one definition for the pages, the search and the content compiler. */

/** Han characters as a regex class's ranges: the unified ideographs and their extension A. */
export const HAN_CHARS = '\\u3400-\\u9fff';
/** CJK symbols and punctuation, and the full-width forms (，。：（）), as a regex class's ranges. */
export const WIDE_PUNCT_CHARS = '\\u3000-\\u303f\\uff00-\\uffef';

/** Whether a text holds Chinese (a query typed on the English pages, a source line on a Chinese one). */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);
