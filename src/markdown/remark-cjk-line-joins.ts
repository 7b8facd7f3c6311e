import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { joinWrappedChinese } from '../i18n/cjk-joins.ts';

/**
 * remark plugin: a paragraph wrapped between Chinese characters joins with no space. HTML shows a
 * soft line break as a space, which Chinese does not write ("核对\nSHA-256，与上方数值\n逐字符" read
 * "数值 逐字符"). Breaks beside Latin words stay spaces.
 */
export default function remarkCjkLineJoins() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      if (node.value.includes('\n')) node.value = joinWrappedChinese(node.value);
    });
  };
}
