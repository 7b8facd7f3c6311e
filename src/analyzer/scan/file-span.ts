import { lineStamp, type Stamp } from '../extract/time.ts';
import type { FileFacts } from './file-facts.ts';

/** Lines looked at from each end for a stamp: a header or a trailing continuation line has none. */
const LINES_SEARCHED = 20;

/**
 * The times of a text log's first and last stamped lines, which the lines read may not reach: a
 * healthy log's analysis reads few lines, and its span then said a day where the log held months.
 * It keeps references to the last two decoded texts only, and reads a stamp at each end once.
 */
export class FileSpan {
  private started = false;
  private before = '';
  private last = '';

  constructor(private readonly facts: FileFacts) {}

  /** Each decoded text of the file, in order. */
  text(text: string): void {
    if (!text) return;
    if (!this.started) {
      this.started = true;
      const first = firstStamp(text);
      if (first) this.facts.seen(first);
    }
    this.before = this.last;
    this.last = text;
  }

  end(): void {
    // The last text's first line may be the end of a line the text before holds the start of.
    const whole = this.before === '' || this.before.endsWith('\n');
    const last = lastStamp(this.last, whole) ?? lastStamp(this.before, true);
    if (last) this.facts.seen(last);
  }
}

function firstStamp(text: string): Stamp | undefined {
  let start = 0;
  for (let n = 0; n < LINES_SEARCHED && start < text.length; n++) {
    const end = text.indexOf('\n', start);
    const stamp = lineStamp(text.slice(start, end < 0 ? text.length : end));
    if (stamp) return stamp;
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

/** `whole`: the text starts at a line's start (else its first line is not read). */
function lastStamp(text: string, whole: boolean): Stamp | undefined {
  let end = text.length;
  for (let n = 0; n < LINES_SEARCHED && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start === 0 && !whole) return undefined;
    const stamp = lineStamp(text.slice(start, end));
    if (stamp) return stamp;
    end = start - 1;
  }
  return undefined;
}
