/**
 * What the user typed → what we look up and what we ask pagefind. Pagefind matches whole
 * words and, when a word is missing, backs off by truncation to junk (a bare `80070570`
 * against a page that only says `0x80070570` finds pages with the word `8`). So code forms
 * are rewritten to the canonical `0x` + 8 hex digits that every code page carries, and
 * `KB 5016623` / `kb-5016623` to `KB5016623`.
 */
import { findSha256 } from '../kb/find-sha256.ts';
import { kbNumbersIn, readKbNumber } from '../kb/kb-number.ts';

export interface NormalizedQuery {
  /** NFKC, whitespace folded and trimmed */
  text: string;
  /** `KB5016623` when the whole query names a KB package */
  kb?: string;
  /** `KB6016623` when a sentence names a KB package (`KB6016623 安装失败`); the first one written */
  kbInText?: string;
  /** the whole query is one code value in an unambiguous form (0x…, 8 hex digits, ±decimal of 10 digits) */
  codeLike: boolean;
  /** the query for the full-text index */
  pagefind: string;
  /** the SHA-256 a pasted value or certutil / Get-FileHash output holds: only the hash list answers it */
  sha256?: string;
}

const MAX_U32 = 0xffffffff;
const KB_INSIDE = /\bkb[\s_-]*(\d{6,8})\b/gi;

const hex8 = (value: number): string => '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');

/** One whitespace-free token → its canonical code form, or undefined when it is not one. */
export function canonicalCode(token: string): string | undefined {
  if (/^0x[0-9a-f]{1,8}$/i.test(token)) return hex8(parseInt(token.slice(2), 16));
  // 8 hex digits with at least one digit: `deadbeef` alone may be a word, `8024001e` is a code
  if (/^[0-9a-f]{8}$/i.test(token) && /\d/.test(token) && !/^\d{8}$/.test(token)) return hex8(parseInt(token, 16));
  if (/^\d{8}$/.test(token)) return hex8(parseInt(token, 16));
  if (/^-\d{1,10}$/.test(token)) {
    const n = Number(token);
    return n >= -0x80000000 ? hex8(n) : undefined;
  }
  if (/^\d{10}$/.test(token)) {
    const n = Number(token);
    return n <= MAX_U32 ? hex8(n) : undefined;
  }
  return undefined;
}

export function normalizeQuery(input: string): NormalizedQuery {
  const text = input.normalize('NFKC').replace(/\s+/g, ' ').trim();
  // the whole query one KB number, as people type it (bare digits are the lookup's to weigh: they may be a code)
  const kb = readKbNumber(text, { bare: false });
  const tokens = text.replace(KB_INSIDE, (_, digits: string) => `KB${digits}`).split(' ');
  // alone, any code form is a code; among words, plain digits may be a date or a count
  const rewrite = (token: string) =>
    tokens.length === 1 || !/^\d+$/.test(token) ? (canonicalCode(token) ?? token) : token;
  const pagefind = tokens.map(rewrite).join(' ');
  const codeLike = !kb && tokens.length === 1 && canonicalCode(text) !== undefined;
  const sha256 = findSha256(text);
  const kbInText = kb ? undefined : kbNumbersIn(text)[0];
  return { text, kb, codeLike, pagefind, ...(kbInText ? { kbInText } : {}), ...(sha256 ? { sha256 } : {}) };
}
