/** Longest line handed to parsers; a longer line is passed on in pieces with the same number. */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * Lines worth handing on: a global, multiline regex, or several whose hits are merged (a line
 * is handed on when any of them matches in it). V8 scans some unions of alternatives much slower
 * than their parts searched apart.
 */
export type LineFilter = RegExp | readonly RegExp[];

/** `hitAt`: where the filter's first match stands in the line (0 without a filter, or in a long line's pieces). */
export type LineHandler = (line: string, lineNo: number, hitAt: number) => void;

/**
 * Splits streamed text into numbered lines. With a `filter` (see LineFilter), only the lines
 * holding a match are handed on: one regex pass
 * over each chunk is much faster than a test per line, and the big logs are mostly
 * lines nobody needs. Line numbers stay exact either way.
 */
export class LineReader {
  private rest = '';
  protected lineNo = 1;
  /** lines longer than MAX_LINE_CHARS, split into pieces */
  longLines = 0;

  protected filters?: readonly RegExp[];
  /** per filter, its next hit in the chunk being scanned (-1: none left) */
  private nextHits: number[] = [];

  constructor(
    private readonly onLine: LineHandler,
    filter?: LineFilter,
  ) {
    this.setFilter(filter);
  }

  /** A narrower filter for the chunks still to come (e.g. once a pattern has been found). */
  setFilter(filter: LineFilter | undefined): void {
    this.filters = filter === undefined ? undefined : filter instanceof RegExp ? [filter] : filter;
    this.nextHits = this.filters?.map(() => -1) ?? [];
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
    if (this.filters) this.scanFiltered(text, last);
    else this.scanAll(text, last);
  }

  end(): void {
    if (this.rest) {
      // The last line, with no line end, is filtered like the others.
      const hitAt = this.filters ? this.firstHit(this.rest, 0, true) : 0;
      if (hitAt >= 0) this.emit(this.rest, 0, this.rest.length, hitAt);
      this.lineNo++;
    }
    this.rest = '';
  }

  /**
   * Where a filter first matches in `text` at or after `from`, or -1. Each filter's next hit is
   * kept until the scan passes it, so a filter is searched again only once a line ending after
   * its hit has been handed on (`fresh`: forget the hits kept, for a new text).
   */
  private firstHit(text: string, from: number, fresh: boolean): number {
    const filters = this.filters!;
    const next = this.nextHits;
    let first = -1;
    for (let i = 0; i < filters.length; i++) {
      if (fresh || (next[i] >= 0 && next[i] < from)) {
        filters[i].lastIndex = from;
        next[i] = filters[i].exec(text)?.index ?? -1;
      }
      if (next[i] >= 0 && (first < 0 || next[i] < first)) first = next[i];
    }
    return first;
  }

  protected inLongLine = false;

  /** Pieces keep the line number; the next piece continues the same line. */
  private splitLong(): void {
    if (!this.inLongLine) this.longLines++;
    this.inLongLine = true;
    this.onLine(this.rest.slice(0, MAX_LINE_CHARS), this.lineNo, 0);
    this.rest = this.rest.slice(MAX_LINE_CHARS);
  }

  private scanAll(text: string, last: number): void {
    let start = 0;
    while (start <= last) {
      const stop = text.indexOf('\n', start);
      this.emit(text, start, stop, 0);
      this.lineNo++;
      start = stop + 1;
    }
  }

  /**
   * One forward walk over the line ends: the lines before a hit are counted on the way to it,
   * and the first line end at or after the hit ends its line. On a dense log, where most lines
   * hit, that is one `indexOf` per line and no search back for the line's start.
   */
  protected scanFiltered(text: string, last: number): void {
    let from = 0;
    for (let hit = this.firstHit(text, 0, true); hit >= 0 && hit <= last; hit = this.firstHit(text, from, false)) {
      let start = from;
      let stop = text.indexOf('\n', from);
      // text[last] is a line end, so a hit at or before it always finds one.
      while (stop < hit) {
        this.lineNo++;
        start = stop + 1;
        stop = text.indexOf('\n', start);
      }
      this.emit(text, start, stop, hit - start);
      this.lineNo++;
      from = stop + 1;
    }
    this.countTo(text, from, last + 1);
  }

  /** Advances the line number over the line ends in `text[from, to)`; `to - 1` is the last one. */
  private countTo(text: string, from: number, to: number): void {
    for (let i = from < to ? text.indexOf('\n', from) : -1; i >= 0 && i < to; i = i === to - 1 ? -1 : text.indexOf('\n', i + 1)) this.lineNo++;
  }

  /** Where the line `text[start, stop)` ends without its `\r`. */
  protected lineEnd(text: string, start: number, stop: number): number {
    return text.charCodeAt(stop - 1) === 13 && stop > start ? stop - 1 : stop;
  }

  /** The line `text[start, stop)`, without its `\r`: one slice per line. */
  protected emit(text: string, start: number, stop: number, hitAt: number): void {
    this.inLongLine = false;
    const clean = text.slice(start, this.lineEnd(text, start, stop));
    if (clean.length <= MAX_LINE_CHARS) return this.onLine(clean, this.lineNo, hitAt);
    this.longLines++;
    for (let i = 0; i < clean.length; i += MAX_LINE_CHARS) this.onLine(clean.slice(i, i + MAX_LINE_CHARS), this.lineNo, 0);
  }
}
