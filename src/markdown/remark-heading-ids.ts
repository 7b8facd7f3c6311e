import type { Root, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export interface HeadingIdsOptions {
  /** fixed ASCII ids for known heading texts (`含义` → `meaning`) */
  known?: Record<string, string>;
  /** collects the headings it saw, in order */
  collect?: { id: string; text: string; depth: number }[];
}

/**
 * remark plugin: gives every heading an ASCII id, so deep links survive e-mail clients that
 * percent-encode Chinese fragments. Known texts get fixed ids; others get `section-N`.
 */
export default function remarkHeadingIds(options: HeadingIdsOptions = {}) {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'heading', (node: Heading) => {
      const text = toString(node).trim();
      const id = options.known?.[text] ?? `section-${++n}`;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      options.collect?.push({ id, text, depth: node.depth });
    });
  };
}
