/**
 * A reply as a small document, rendered two ways: plain text for any mail client and
 * Markdown for tickets and chat. Composing once keeps the two versions saying the same.
 */
export type Inline = string | { text: string; href?: string; code?: boolean };

export type Block = { kind: 'p'; content: Inline[] } | { kind: 'ul' | 'ol'; items: Inline[][] };

export interface Section {
  title: string;
  blocks: Block[];
}

export const p = (...content: Inline[]): Block => ({ kind: 'p', content });
export const ul = (items: Inline[][]): Block => ({ kind: 'ul', items });
export const ol = (items: Inline[][]): Block => ({ kind: 'ol', items });
export const link = (text: string, href: string): Inline => ({ text, href });
export const code = (text: string): Inline => ({ text, code: true });

/**
 * Plain text: a link is its text then the address in angle brackets, the delimiter RFC 3986
 * (appendix C) suggests for addresses in prose, so mail clients do not swallow the next word.
 */
export function renderText(title: string, sections: Section[]): string {
  const inline = (parts: Inline[]) =>
    parts.map((x) => (typeof x === 'string' ? x : x.href ? (x.text === x.href ? `<${x.href}>` : `${x.text} <${x.href}>`) : x.text)).join('');
  const out = [title, ''];
  for (const section of sections) {
    out.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'p') out.push(inline(block.content));
      else block.items.forEach((item, i) => out.push(`${block.kind === 'ol' ? `${i + 1}.` : '-'} ${inline(item)}`));
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function renderMarkdown(title: string, sections: Section[]): string {
  const inline = (parts: Inline[]) =>
    parts
      .map((x) => {
        if (typeof x === 'string') return escapeMarkdown(x);
        const text = x.code ? `\`${x.text}\`` : escapeMarkdown(x.text);
        return x.href ? (x.text === x.href ? `<${x.href}>` : `[${text}](${x.href})`) : text;
      })
      .join('');
  const out = [`## ${escapeMarkdown(title)}`, ''];
  for (const section of sections) {
    out.push(`### ${escapeMarkdown(section.title)}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'p') out.push(inline(block.content), '');
      else out.push(...block.items.map((item, i) => `${block.kind === 'ol' ? `${i + 1}.` : '-'} ${inline(item)}`), '');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}
