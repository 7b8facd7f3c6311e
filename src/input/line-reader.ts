/** Longest line handed to parsers; a longer line is passed on in pieces with the same number. */
export const MAX_LINE_CHARS = 1 << 20;

export type LineHandler = (line: string, lineNo: number) => void;

/**
 * Splits streamed text into numbered lines. With a `filter` (a global, multiline
 * regular expression), only the lines holding a match are handed on: one regex pass
 * over each chunk is much faster than a test per line, and the big logs are mostly
 * lines nobody needs. Line numbers stay exact either way.
 */
export class LineReader {
  private rest = '';
  private lineNo = 1;
  /** lines longer than MAX_LINE_CHARS, split into pieces */
  longLines = 0;

  constructor(
    private readonly onLine: LineHandler,
    private filter?: RegExp,
  ) {}

  /** A narrower filter for the chunks still to come (e.g. once a pattern has been found). */
  setFilter(filter: RegExp | undefined): void {
    this.filter = filter;
  }

  /** lines seen so far */
  get lines(): number {
    return this.lineNo - 1;
  }

  push(chunk: string): void {
    const text = this.rest ? this.rest + chunk : chunk;
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      this.rest = text;
      while (this.rest.length > MAX_LINE_CHARS) this.splitLong();
      return;
    }
    this.rest = text.slice(last + 1);
    if (this.filter) this.scanFiltered(text, last);
    else this.scanAll(text, last);
  }

  end(): void {
    if (this.rest) {
      this.emit(this.rest, 0, this.rest.length);
      this.lineNo++;
    }
    this.rest = '';
  }

  private inLongLine = false;

  /** Pieces keep the line number; the next piece continues the same line. */
  private splitLong(): void {
    if (!this.inLongLine) this.longLines++;
    this.inLongLine = true;
    this.onLine(this.rest.slice(0, MAX_LINE_CHARS), this.lineNo);
    this.rest = this.rest.slice(MAX_LINE_CHARS);
  }

  private scanAll(text: string, last: number): void {
    let start = 0;
    while (start <= last) {
      const stop = text.indexOf('\n', start);
      this.emit(text, start, stop);
      this.lineNo++;
      start = stop + 1;
    }
  }

  private scanFiltered(text: string, last: number): void {
    const filter = this.filter!;
    let counted = 0;
    filter.lastIndex = 0;
    for (let m = filter.exec(text); m && m.index <= last; m = filter.exec(text)) {
      const start = m.index === 0 ? 0 : text.lastIndexOf('\n', m.index - 1) + 1;
      const stop = text.indexOf('\n', m.index);
      this.countTo(text, counted, start);
      this.emit(text, start, stop);
      // The line end just found is counted here, so the next count starts after it.
      this.lineNo++;
      counted = stop + 1;
      filter.lastIndex = stop + 1;
    }
    this.countTo(text, counted, last + 1);
  }

  /** Advances the line number over the line ends between `from` and `to`. */
  private countTo(text: string, from: number, to: number): void {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) this.lineNo++;
  }

  /** The line `text[start, stop)`, without its `\r`: one slice per line. */
  private emit(text: string, start: number, stop: number): void {
    this.inLongLine = false;
    const clean = text.slice(start, text.charCodeAt(stop - 1) === 13 && stop > start ? stop - 1 : stop);
    if (clean.length <= MAX_LINE_CHARS) return this.onLine(clean, this.lineNo);
    this.longLines++;
    for (let i = 0; i < clean.length; i += MAX_LINE_CHARS) this.onLine(clean.slice(i, i + MAX_LINE_CHARS), this.lineNo);
  }
}
