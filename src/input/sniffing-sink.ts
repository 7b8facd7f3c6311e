import { concat } from './text-decoder.ts';
import type { ByteSink } from './zip.ts';

/** Bytes looked at before deciding what a file is. */
export const SAMPLE_BYTES = 64 * 1024;

/** A sink that drops everything: for files that cannot be read. */
export const DISCARD: ByteSink = { push: () => {}, end: () => {} };

/**
 * Holds a file's first bytes until there are enough to tell what it is (or the file ends),
 * then hands them, and everything after, to the sink `choose` picks from them. The analyzer
 * and the redactor both read files this way: archive, text in some encoding, or unreadable.
 */
export class SniffingSink implements ByteSink {
  private sample: Uint8Array[] = [];
  private sampled = 0;
  private sink?: ByteSink;

  constructor(private readonly choose: (head: Uint8Array, complete: boolean) => ByteSink) {}

  push(chunk: Uint8Array): void {
    if (this.sink) return this.sink.push(chunk);
    this.sample.push(chunk);
    this.sampled += chunk.length;
    if (this.sampled >= SAMPLE_BYTES) this.decide(false);
  }

  end(): void {
    if (!this.sink) this.decide(true);
    this.sink!.end();
  }

  /** Stops reading: whatever still arrives is dropped. */
  stop(): void {
    this.sample = [];
    this.sink = DISCARD;
  }

  private decide(complete: boolean): void {
    const head = this.sample.length === 1 ? this.sample[0] : this.sample.reduce(concat, new Uint8Array(0));
    this.sample = [];
    this.sink = this.choose(head, complete);
    this.sink.push(head);
  }
}
