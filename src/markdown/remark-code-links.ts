import type { Root, Text, PhrasingContent, Parent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

export type MentionKind = 'code' | 'kb';

export interface CodeLinksOptions {
  /** href for a known code/KB (canonical form), or undefined when the catalog does not know it */
  resolve(kind: MentionKind, canonical: string): string | undefined;
  /** called for a mention the catalog does not know, with its line in the parsed text */
  onUnknown?(kind: MentionKind, text: string, line: number): void;
}

const MENTION = /\b0[xX][0-9a-fA-F]{8}\b|\bKB ?\d{6,8}\b/g;

/**
 * remark plugin: code mentions (0x80070570) and KB mentions (KB5016623) in prose become links
 * to their pages. Text already inside a link is left alone; code spans are not text nodes.
 */
export default function remarkCodeLinks(options: CodeLinksOptions) {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
      const pieces = splitMentions(node, options);
      if (pieces.length === 1) return;
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

function splitMentions(node: Text, options: CodeLinksOptions): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(MENTION)) {
    const text = match[0];
    const kind: MentionKind = text.startsWith('0') ? 'code' : 'kb';
    const canonical = kind === 'code' ? `0x${text.slice(2).toUpperCase()}` : `KB${text.replace(/\D/g, '')}`;
    const href = options.resolve(kind, canonical);
    if (!href) {
      options.onUnknown?.(kind, text, node.position?.start.line ?? 1);
      continue;
    }
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push({ type: 'link', url: href, children: [{ type: 'text', value: text }] });
    last = match.index + text.length;
  }
  if (out.length === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}
