import { describe, expect, it } from 'vitest';
import { BLOCK_CHARS, LineBlocks } from '../../src/redact/line-blocks.ts';

function blocks(text: string, chunk: number): string[] {
  const out: string[] = [];
  const splitter = new LineBlocks((b) => out.push(b));
  for (let i = 0; i < text.length; i += chunk) splitter.push(text.slice(i, i + chunk));
  splitter.end();
  return out;
}

describe('blocks of whole lines', () => {
  const text = Array.from({ length: 9000 }, (_, i) => `line ${i} CONTOSO\\zhangsan${i % 3 ? '\r\n' : '\n'}`).join('') + 'last line without end';

  it('keeps every character, line ends included', () => {
    expect(blocks(text, 4096).join('')).toBe(text);
  });

  it('cuts only after a line end, and where it cuts depends on the text, not on the chunks', () => {
    const a = blocks(text, 7);
    const b = blocks(text, 100_000);
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(1);
    for (const block of a.slice(0, -1)) {
      expect(block.endsWith('\n')).toBe(true);
      expect(block.length).toBeLessThanOrEqual(BLOCK_CHARS);
    }
  });
});
