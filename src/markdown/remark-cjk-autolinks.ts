import type { Link, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { HAN_CHARS, WIDE_PUNCT_CHARS } from '../i18n/han.ts';

/** Chinese text and full-width punctuation: no URL in our content holds them, and Chinese puts no space after one. */
const CJK = new RegExp(`[${WIDE_PUNCT_CHARS}${HAN_CHARS}]`);

/**
 * remark plugin, after remark-gfm: a bare URL in Chinese text ends where the Chinese starts.
 * GFM's literal autolinks run to the next space, so `https://x/help/5016623）；厂商…` became one
 * link to a page that does not exist, underlining the sentence after it.
 */
export default function remarkCjkAutolinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link, index, parent) => {
      const [child] = node.children;
      // A literal autolink: its only text is its address (a written `[text](url)` chose its own end).
      if (!parent || index === undefined || node.children.length !== 1 || child.type !== 'text' || child.value !== node.url) return;
      const cut = node.url.search(CJK);
      if (cut <= 0) return;
      const rest: Text = { type: 'text', value: node.url.slice(cut) };
      node.url = child.value = node.url.slice(0, cut);
      parent.children.splice(index + 1, 0, rest);
      return [SKIP, index + 2];
    });
  };
}
