import { sniffEncoding, sniffContainer, type UnreadableReason, ChunkDecoder, DISCARD, SniffingSink, MAX_ZIP_DEPTH, ZipReader, CabReader, EtlTextSink, type ByteSink, type ExpandBudget, type ZipHost } from '../input/index.ts';
import { LineBlocks } from './line-blocks.ts';
import type { Redactor } from './redactor.ts';

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Where redacted files go: `open` gets the original path and returns the sink for its UTF-8 bytes. */
export interface RedactedOutput {
  open(originalPath: string): ByteSink;
  /** a file that cannot be redacted (binary, corrupt archive …) and is left out of the export */
  leaveOut(originalPath: string, reason: UnreadableReason): void;
}

/**
 * Redacts one input file pushed chunk by chunk: text in any encoding the analyzer reads
 * becomes redacted UTF-8; a zip is opened and each entry redacted as a file of its own
 * (`archive.zip/entry.log`), and so is a cab; an .etl trace goes out as its decoded text; other
 * binary files cannot be redacted and are left out.
 */
export class FileRedactor implements ByteSink, ZipHost {
  private readonly input = new SniffingSink((head, complete) => this.choose(head, complete));
  private refused = false;

  constructor(
    private readonly path: string,
    private readonly redactor: Redactor,
    private readonly output: RedactedOutput,
    private readonly budget: ExpandBudget,
    private readonly depth = 0,
  ) {}

  push(chunk: Uint8Array): void {
    this.input.push(chunk);
  }

  end(): void {
    this.input.end();
  }

  openEntry(name: string): ByteSink {
    return new FileRedactor(name, this.redactor, this.output, this.budget, this.depth + 1);
  }

  refuse(reason: UnreadableReason): void {
    if (this.refused) return;
    this.refused = true;
    this.output.leaveOut(this.path, reason);
  }

  /** One entry of an archive cannot be read (a Quantum member of a cab …): it is left out. */
  refuseEntry(name: string, reason: UnreadableReason): void {
    this.output.leaveOut(name, reason);
  }

  private choose(head: Uint8Array, complete: boolean): ByteSink {
    const container = sniffContainer(head);
    if (container === 'zip' || container === 'cab') {
      if (this.depth >= MAX_ZIP_DEPTH) return this.leaveOut('zip-depth');
      return container === 'zip' ? new ZipReader(this.path, this, this.budget) : new CabReader(this.path, this, this.budget);
    }
    if (container === 'text') return this.openText(head, complete);
    if (container.unreadable === 'etl') return this.openTrace();
    return this.leaveOut(container.unreadable);
  }

  /** A trace's bytes cannot be redacted; the text decoded from it can, and goes out as `<name>.log`. */
  private openTrace(): ByteSink {
    return new EtlTextSink(new SniffingSink((head, complete) => this.openText(head, complete, `${this.path}.log`)), () => {});
  }

  private leaveOut(reason: UnreadableReason): ByteSink {
    this.output.leaveOut(this.path, reason);
    return DISCARD;
  }

  private openText(head: Uint8Array, complete: boolean, path = this.path): ByteSink {
    const { encoding, bom } = sniffEncoding(head, complete);
    const decoder = new ChunkDecoder(encoding);
    const out = this.output.open(path);
    const encoder = new TextEncoder();
    // A BOM told Windows tools the encoding; UTF-8 with a BOM keeps Notepad reading Chinese right.
    if (bom) out.push(UTF8_BOM);
    const lines = new LineBlocks((block) => out.push(encoder.encode(this.redactor.line(block))));
    let skip = bom;
    return {
      push: (chunk) => {
        const bytes = skip ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
        skip = Math.max(0, skip - chunk.length);
        decoder.push(bytes, (text) => lines.push(text));
      },
      end: () => {
        lines.push(decoder.end());
        lines.end();
        out.end();
      },
    };
  }
}
