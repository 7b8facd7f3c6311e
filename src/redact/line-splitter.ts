/** Longest text held while waiting for a line end; a longer line is redacted in pieces. */
export const MAX_PENDING_CHARS = 1 << 20;

/**
 * Splits streamed text into lines and hands each on with its own line end (`\r\n`, `\n` or
 * none at the end of the file), so the redacted copy keeps the original line ends.
 */
export class LineSplitter {
  private rest = '';

  constructor(private readonly onLine: (line: string, end: string) => void) {}

  push(text: string): void {
    const all = this.rest + text;
    let start = 0;
    for (let stop = all.indexOf('\n'); stop >= 0; stop = all.indexOf('\n', start)) {
      const cr = stop > start && all[stop - 1] === '\r';
      this.onLine(all.slice(start, cr ? stop - 1 : stop), cr ? '\r\n' : '\n');
      start = stop + 1;
    }
    this.rest = all.slice(start);
    if (this.rest.length > MAX_PENDING_CHARS) {
      this.onLine(this.rest, '');
      this.rest = '';
    }
  }

  end(): void {
    if (this.rest) this.onLine(this.rest, '');
    this.rest = '';
  }
}
