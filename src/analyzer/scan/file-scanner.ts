import { sniffEncoding, sniffContainer, type UnreadableReason, ChunkDecoder, DISCARD, SniffingSink, LineReader, type LineFilter, type LineHandler, MAX_ZIP_DEPTH, ZipReader, CabReader, EtlTextSink, type ByteSink, type ZipHost } from '../../input/index.ts';
import { detectFormat } from '../formats/detect.ts';
import { recognizePlaceholder } from '../formats/placeholder-logs.ts';
import type { LineParser, LogFormat } from '../formats/types.ts';
import { eventLogSink } from './event-log-sink.ts';
import { FileFacts } from './file-facts.ts';
import { FileSpan } from './file-span.ts';
import { LineProcessor } from './line-processor.ts';
import type { InputRecord, Session } from './session.ts';
import { GENERIC_TRIGGER, lineFilter } from './triggers.ts';
import { TokenLineReader, type ReadLineHandler } from './tokens/token-line-reader.ts';
import { tokenReading } from './tokens/token-reading.ts';

/** Longest logical line built from hard-wrapped pieces. */
const MAX_JOINED = 64 * 1024;

/**
 * Reads one file, pushed chunk by chunk: decides from its first bytes whether it is an
 * archive, unreadable, or text; then decodes, splits and parses it in constant memory.
 */
export class FileScanner implements ByteSink, ZipHost {
  private readonly input = new SniffingSink((head, complete) => this.choose(head, complete));
  private readonly children: InputRecord[] = [];
  private facts?: FileFacts;
  readonly record: InputRecord;

  constructor(
    name: string,
    private readonly session: Session,
    private readonly into: InputRecord[],
    private readonly depth = 0,
    size?: number,
  ) {
    this.record = { file: name, status: 'analyzed', ...(size !== undefined ? { size } : {}) };
    into.push(this.record);
  }

  push(chunk: Uint8Array): void {
    this.input.push(chunk);
  }

  end(): void {
    this.input.end();
    if (this.record.status === 'container') this.into.push(...this.children);
  }

  /** Marks the file unreadable (read error, or a bug caught by the caller) and stops reading it. */
  fail(reason: UnreadableReason, message: string): void {
    this.unreadable(reason, message);
    this.input.stop();
  }

  openEntry(name: string): ByteSink {
    return new FileScanner(name, this.session, this.children, this.depth + 1);
  }

  refuse(reason: UnreadableReason, message: string): void {
    this.children.length = 0;
    this.record.status = 'refused';
    this.record.reason = reason;
    this.record.message = message;
  }

  /** An entry the archive reader could not read (a Quantum member of a cab, a damaged block …). */
  refuseEntry(name: string, reason: UnreadableReason, message: string): void {
    const opened = [...this.children].reverse().find((r) => r.file === name);
    const record = opened ?? { file: name, status: 'unreadable' };
    if (!opened) this.children.push(record);
    for (const key of ['format', 'confidence', 'encoding', 'trace', 'lines', 'facts'] as const) delete record[key];
    Object.assign(record, { status: 'unreadable', reason, message });
  }

  private choose(head: Uint8Array, complete: boolean): ByteSink {
    const container = sniffContainer(head);
    if (container === 'zip' || container === 'cab') return this.openArchive(container);
    if (container === 'text') return this.openText(head, complete);
    if (container.unreadable === 'evtx') return eventLogSink(this.record, this.session, (message) => this.unreadable('evtx', message));
    if (container.unreadable === 'etl') return this.openEtl();
    return this.unreadable(container.unreadable, undefined);
  }

  /** An ETW trace becomes the text Get-WindowsUpdateLog would write, read like any text log. */
  private openEtl(): ByteSink {
    this.record.trace = true;
    const text = new SniffingSink((head, complete) => this.openText(head, complete));
    return new EtlTextSink(text, (notes, zone, providers) => {
      if (providers.length) this.record.providers = providers;
      notes.forEach((note) => this.facts?.warn(note));
      if (zone && this.facts) this.facts.timeZone = zone;
    });
  }

  private openArchive(format: 'zip' | 'cab'): ByteSink {
    this.record.format = format;
    if (this.depth >= MAX_ZIP_DEPTH) return this.unreadable('zip-depth', `${this.record.file}: archives nested deeper than ${MAX_ZIP_DEPTH} levels are not opened`);
    this.record.status = 'container';
    const Reader = format === 'zip' ? ZipReader : CabReader;
    return new Reader(this.record.file, this, this.session.budget);
  }

  private unreadable(reason: UnreadableReason, message: string | undefined): ByteSink {
    this.record.status = 'unreadable';
    this.record.reason = reason;
    if (message) this.record.message = message;
    delete this.record.facts;
    return DISCARD;
  }

  private openText(head: Uint8Array, complete: boolean): ByteSink {
    const { encoding, bom } = sniffEncoding(head, complete);
    const decoder = new ChunkDecoder(encoding);
    const sampleText = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(head.subarray(bom));
    const sample = sampleText.split(/\r?\n/, 400);
    const placeholder = recognizePlaceholder(sample, complete);
    if (placeholder) return this.unreadable(placeholder.reason, placeholder.message);
    const { format, confidence } = detectFormat(sample);
    const facts = (this.facts = new FileFacts(this.record.file));
    Object.assign(this.record, { format: format.kind, confidence: round(confidence), encoding, facts });
    const processor = new LineProcessor(facts, format, this.session);
    const parser = format.parser(facts);
    const join = new Joiner(format, (text, no) => processor.line(text, no, parser));
    const reader = this.lineReader(format, processor, parser, join);
    let skip = bom;
    let pending = processor.patternsPending;
    const span = new FileSpan(facts);
    const take = (text: string) => {
      span.text(text);
      reader.push(text);
    };
    return {
      push: (chunk) => {
        const bytes = skip ? chunk.subarray(skip) : chunk;
        skip = 0;
        decoder.push(bytes, take);
        // Each alternative slows the scan of every chunk: drop the patterns already found.
        if (format.trigger && processor.patternsPending !== pending) {
          pending = processor.patternsPending;
          reader.setFilter(this.filter(format, processor));
        }
      },
      end: () => {
        take(decoder.end());
        reader.end();
        span.end();
        join.flush();
        parser.end?.();
        this.record.lines = reader.lines;
        if (decoder.fallbackLines) facts.warn(`${decoder.fallbackLines} lines were not valid UTF-8 and were read as Windows-1252`);
        if (reader.longLines) facts.warn(`${reader.longLines} lines longer than 1 MiB were read in pieces`);
      },
    };
  }

  private lineReader(format: LogFormat, processor: LineProcessor, parser: LineParser, join: Joiner): LineReader {
    if (!format.trigger) return new LineReader((text, no) => join.line(text, no));
    const filter = this.filter(format, processor);
    const onLine: LineHandler = (text, no, hitAt) => processor.line(text, no, parser, hitAt);
    const tokens = filter && this.session.tokens && tokenReading([GENERIC_TRIGGER, format.trigger], processor.patternSources(), processor.markers);
    if (!tokens) return new LineReader(onLine, filter);
    const onRead: ReadLineHandler = (text, no, _hitAt, codes, marks, patternHere, bytes, start, places) =>
      processor.read(text, no, parser, codes, marks, patternHere, bytes, start, places);
    return new TokenLineReader(onLine, onRead, filter!, tokens);
  }

  /** The lines worth reading: the generic trigger, the format's own, and the patterns still sought. */
  private filter(format: LogFormat, processor: LineProcessor): LineFilter | undefined {
    try {
      return lineFilter(format.trigger!, processor.patternSources(), format.triggerApart);
    } catch {
      return undefined; // a content pattern that cannot be combined: read every line instead
    }
  }
}

/** Joins hard-wrapped continuation lines for formats that ask for it. */
class Joiner {
  private pending?: { text: string; no: number };

  constructor(
    private readonly format: LogFormat,
    private readonly emit: (text: string, no: number) => void,
  ) {}

  line(text: string, no: number): void {
    if (!this.format.continues) return this.emit(text, no);
    if (this.pending && this.format.continues(text) && this.pending.text.length + text.length <= MAX_JOINED) {
      this.pending.text += text;
      return;
    }
    this.flush();
    this.pending = { text, no };
  }

  flush(): void {
    if (this.pending) this.emit(this.pending.text, this.pending.no);
    this.pending = undefined;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
