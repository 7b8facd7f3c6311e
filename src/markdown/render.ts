import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkCodeLinks, { type CodeLinksOptions } from './remark-code-links.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkCjkAutolinks from './remark-cjk-autolinks.ts';
import remarkCjkLineJoins from './remark-cjk-line-joins.ts';

export interface RenderOptions {
  links: CodeLinksOptions['resolve'];
  /** called with a line relative to the rendered text */
  onUnknown?: CodeLinksOptions['onUnknown'];
  knownHeadings?: Record<string, string>;
}

export interface Rendered {
  html: string;
  headings: { id: string; text: string; depth: number }[];
}

/** Markdown → HTML with code/KB links and ASCII heading ids. Raw HTML in content is not passed through. */
export function renderMarkdown(markdown: string, options: RenderOptions): Rendered {
  const headings: Rendered['headings'] = [];
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCjkAutolinks)
    .use(remarkCjkLineJoins)
    .use(remarkCodeLinks, { resolve: options.links, onUnknown: options.onUnknown })
    .use(remarkHeadingIds, { known: options.knownHeadings, collect: headings })
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(html), headings };
}

/** Inline Markdown (one sentence or a step detail) → HTML without the wrapping paragraph. */
export function renderInline(markdown: string, options: RenderOptions): string {
  return renderMarkdown(markdown, options).html.replace(/^<p>([\s\S]*)<\/p>\s*$/, '$1');
}
