import { DNS_END, DNS_NAME } from './patterns.ts';

/** Characters a DNS name is made of, walking back from its end. */
const NAME_CHAR = /[\p{L}\p{N}.-]/u;
/** Characters that, just before a name, make it part of something else (a path, an e-mail, a placeholder). */
const BEFORE = /[\p{L}\p{N}_.@<-]/u;

/**
 * Replaces every DNS name (`pc-0412.contoso.local`) in a text. Finds each name by its
 * ending (`.local`, `.com` …), then walks back to where the name starts.
 */
export function replaceDnsNames(text: string, replace: (name: string) => string): string {
  let out = '';
  let done = 0;
  DNS_END.lastIndex = 0;
  for (let m = DNS_END.exec(text); m; m = DNS_END.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index;
    // a DNS name has at most 253 characters: never walk further back (keeps the scan linear)
    const limit = Math.max(done, end - 253);
    while (start > limit && NAME_CHAR.test(text[start - 1])) start--;
    // a name starts with a letter or digit: drop leading dots and hyphens
    while (start < m.index && (text[start] === '.' || text[start] === '-')) start++;
    const name = text.slice(start, end);
    if (start === m.index || (start > 0 && BEFORE.test(text[start - 1])) || !DNS_NAME.test(name)) continue;
    out += text.slice(done, start) + replace(name);
    done = end;
  }
  return done ? out + text.slice(done) : text;
}
