/** A source line cut into its plain text and the addresses in it, so a page can link the addresses. */
export type SourcePart = { text: string } | { url: string };

/** An http(s) address as sources write it: up to a space, a quote, an angle bracket or a character outside ASCII (`…info中的`). */
const ADDRESS = /https?:\/\/[^\s"'<>\u0080-\uffff]+/g;
/** Punctuation a sentence puts after an address, which the address does not hold. */
const TRAILING = /[.,;:!?)\]，。；：）]+$/;

export function sourceParts(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let from = 0;
  for (const match of source.matchAll(ADDRESS)) {
    let url = match[0];
    const trailing = url.match(TRAILING)?.[0] ?? '';
    // `(…/help/5016623)`: the closing bracket is the sentence's, unless the address opened one itself.
    if (trailing) url = url.slice(0, url.length - trailing.length) + keptBrackets(url, trailing);
    const at = match.index;
    if (at > from) parts.push({ text: source.slice(from, at) });
    parts.push({ url });
    from = at + url.length;
  }
  if (from < source.length) parts.push({ text: source.slice(from) });
  return parts;
}

/** The closing brackets of `trailing` that close one the address opened (`…/Foo_(bar)`). */
function keptBrackets(url: string, trailing: string): string {
  const body = url.slice(0, url.length - trailing.length);
  let open = (body.match(/\(/g)?.length ?? 0) - (body.match(/\)/g)?.length ?? 0);
  let kept = '';
  for (const ch of trailing) {
    if (ch !== ')' || open <= 0) break;
    kept += ch;
    open--;
  }
  return kept;
}
