/** What the analyzer is given and told: its inputs, progress and options. */

/** One file to analyze. A browser `File` has this shape; the CLI wraps Node files. */
export interface AnalyzerInput {
  name: string;
  size?: number;
  stream(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
}

export interface Progress {
  bytesDone: number;
  bytesTotal: number;
  file?: string;
}

export interface AnalyzeOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** bytes an archive (with its nested archives) may expand to; default 2 GiB */
  maxExpandedBytes?: number;
  /** read every line layer with regexes, not with the token scan (same results: for comparisons and benchmarks) */
  regexLineLayer?: boolean;
}
