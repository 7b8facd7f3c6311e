import type { XmlElement } from '../../input/index.ts';

/**
 * A forgiving reader for one exported `<Event>` element: tags, attributes, text, CDATA and
 * the five XML entities (plus numeric ones). Enough for what Windows writes; a broken tag
 * ends the element where it breaks instead of failing.
 */
const TOKEN = /<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:'[^']*'|"[^"]*"))*)\s*(\/?)>|<[?!][^>]*>|([^<]+)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:'([^']*)'|"([^"]*)")/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#x([0-9a-f]{1,6})|#(\d{1,7}));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (all, name: string | undefined, hex: string | undefined, dec: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The first element of `xml` with its content, or undefined when there is none. */
export function parseXmlElement(xml: string): XmlElement | undefined {
  const root: XmlElement = { name: '', attrs: {}, children: [] };
  const stack = [root];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml))) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.children.push(m[1]);
    else if (m[6] !== undefined) top.children.push(unescapeXml(m[6]));
    else if (m[3] && m[2]) {
      if (stack.length > 1 && top.name === m[3]) stack.pop();
      if (stack.length === 1 && root.children.length) break;
    } else if (m[3]) {
      const element: XmlElement = { name: m[3], attrs: attributes(m[4]), children: [] };
      top.children.push(element);
      if (!m[5]) stack.push(element);
      else if (stack.length === 1) break;
    }
  }
  return root.children.find((c): c is XmlElement => typeof c !== 'string');
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!text) return attrs;
  for (const m of text.matchAll(ATTR)) attrs[m[1]] = unescapeXml(m[2] ?? m[3]);
  return attrs;
}
