/** A problem in a content file, reported as `file:line: message` (plus a hint when one helps); line 0 is the whole file or folder, shown as `file: message`. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
    readonly hint?: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}${hint ? `\n  hint: ${hint}` : ''}`);
    this.name = 'ContentError';
  }
}

/** A non-fatal finding (unknown code mention, stale review date). */
export interface ContentWarning {
  file: string;
  line: number;
  message: string;
}

export function formatWarning(w: ContentWarning): string {
  return `${w.file}:${w.line}: warning: ${w.message}`;
}
