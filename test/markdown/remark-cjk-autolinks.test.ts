import { describe, expect, it } from 'vitest';
import { renderInline } from '../../src/markdown/render.ts';

const render = (markdown: string) => renderInline(markdown, { links: () => undefined });

describe('remark-cjk-autolinks', () => {
  it('ends a bare URL where the Chinese after it starts (content/kb/kb5016623.md, its overview)', () => {
    expect(render('发布说明，https://support.microsoft.com/help/5016623）；厂商网站于 2022-08-11 发布')).toBe(
      '发布说明，<a href="https://support.microsoft.com/help/5016623">https://support.microsoft.com/help/5016623</a>）；厂商网站于 2022-08-11 发布',
    );
  });

  it('leaves a URL that ends at a space, a written link and a URL in code as they were', () => {
    expect(render('见 https://example.com/a 。')).toBe('见 <a href="https://example.com/a">https://example.com/a</a> 。');
    expect(render('[说明](https://example.com/说明)')).toBe('<a href="https://example.com/%E8%AF%B4%E6%98%8E">说明</a>');
    expect(render('`https://服务器:8530`')).toBe('<code>https://服务器:8530</code>');
  });
});
