/**
 * Chinese writes no space between its characters, nor after its full-width punctuation. A line
 * wrapped in the source (a YAML scalar folded into one line, a Markdown paragraph) put one there:
 * "复现故障， 最后用". These join such breaks and leave the spaces Chinese text does use, around
 * Latin words and numbers ("第 1 步", "Windows 更新").
 */
import { HAN_CHARS as HAN, WIDE_PUNCT_CHARS as WIDE_PUNCT } from './han.ts';

/** A space (and a line break, in Markdown) between two Han characters, after full-width punctuation, or before it. */
const FOLDED = new RegExp(`(?<=[${HAN}${WIDE_PUNCT}])[ \\t]+(?=[${HAN}])|(?<=[${WIDE_PUNCT}])[ \\t]+|[ \\t]+(?=[${WIDE_PUNCT}])`, 'g');
const WRAPPED = new RegExp(`(?<=[${HAN}${WIDE_PUNCT}])[ \\t]*\\n[ \\t]*(?=[${HAN}${WIDE_PUNCT}])|(?<=[${WIDE_PUNCT}])[ \\t]*\\n[ \\t]*`, 'g');

/** A Chinese field's text, its folded line breaks joined. */
export const joinFoldedChinese = (text: string): string => text.replace(FOLDED, '');

/** A Chinese paragraph's text, its soft line breaks between Chinese characters joined (other breaks stay, for the reader to show as spaces). */
export const joinWrappedChinese = (text: string): string => text.replace(WRAPPED, '');
