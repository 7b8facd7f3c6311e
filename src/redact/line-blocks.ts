/** Text redacted in one pass: blocks of whole lines of about this size. */
export const BLOCK_CHARS = 64 * 1024;
/** Longest line held whole; a longer one is redacted in pieces. */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * Cuts streamed text into blocks of whole lines, line ends included, so the redacted copy
 * keeps the original line ends. Redacting a block of many lines in one pass is several
 * times faster than line by line (no pattern of the redactor crosses a line end). Where
 * a block ends depends on the text only, never on how it arrived, so placeholders are
 * numbered the same whatever the chunk size.
 */
export class LineBlocks {
  private pending = '';

  constructor(private readonly onBlock: (lines: string) => void) {}

  push(text: string): void {
    this.pending += text;
    while (this.pending.length >= BLOCK_CHARS) {
      let cut = this.pending.lastIndexOf('\n', BLOCK_CHARS - 1);
      if (cut < 0) cut = this.pending.indexOf('\n');
      if (cut < 0) {
        if (this.pending.length < MAX_LINE_CHARS) return;
        cut = MAX_LINE_CHARS - 1;
      }
      this.onBlock(this.pending.slice(0, cut + 1));
      this.pending = this.pending.slice(cut + 1);
    }
  }

  end(): void {
    if (this.pending) this.onBlock(this.pending);
    this.pending = '';
  }
}
