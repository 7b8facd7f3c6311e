import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/markdown/render.ts';

const known = new Set(['0x80070570', 'KB5016623']);
function render(markdown: string) {
  const unknown: { text: string; line: number }[] = [];
  const { html } = renderMarkdown(markdown, {
    links: (kind, id) => (known.has(id) ? `/${kind}/${id.toLowerCase()}/` : undefined),
    onUnknown: (_, text, line) => unknown.push({ text, line }),
  });
  return { html, unknown };
}

describe('remark-code-links', () => {
  it('links code and KB mentions in prose, in any case', () => {
    expect(render('Error 0x80070570 while installing KB5016623.').html).toBe(
      '<p>Error <a href="/code/0x80070570/">0x80070570</a> while installing <a href="/kb/kb5016623/">KB5016623</a>.</p>',
    );
    expect(render('错误 0x80070570，补丁 KB5016623。').html).toContain('<a href="/code/0x80070570/">0x80070570</a>，');
  });

  it('leaves code spans, code blocks and existing links alone', () => {
    const { html, unknown } = render('`0x80070570` and [see 0x80070570](/x/)\n\n```\n0x80070570\n```');
    expect(html).not.toContain('href="/code/');
    expect(unknown).toEqual([]);
  });

  it('reports an unknown mention with its line and leaves it as text', () => {
    const { html, unknown } = render('first line\n\nsecond mentions 0x8024FFFF and KB6016623');
    expect(html).toContain('0x8024FFFF');
    expect(html).not.toContain('<a');
    expect(unknown).toEqual([{ text: '0x8024FFFF', line: 3 }, { text: 'KB6016623', line: 3 }]);
  });

  it('does not link a longer hex run that merely contains eight digits', () => {
    expect(render('pointer 0x80070570ff').html).not.toContain('<a');
  });
});
