import { Bytes } from './bytes.ts';
import { clockOf } from './clock.ts';
import { readEventRecord } from './event-record.ts';
import { readLogfileHeader, SYSTEM_HEADER_SIZE, type LogfileHeader } from './logfile-header.ts';
import { ByteQueue } from './byte-queue.ts';
import { TimeOrder } from './time-order.ts';
import { formatStamp, toLocal, type TimeZone } from './time-zone.ts';
import { KnownSchemas } from './known-schemas.ts';
import { decodeEvent, windowsUpdateLogLine, type TraceLine } from './trace-line.ts';
import { BUFFER_HEADER_SIZE, bufferRecords, HeaderType, MAX_BUFFER_SIZE, readBufferHeader } from './wmi-buffer.ts';
import { allZero } from '../all-zero.ts';

export interface EtlHost {
  /** one decoded event as a Get-WindowsUpdateLog line, in time order */
  line(text: string): void;
  /**
   * the file is read; `notes` say what was skipped or damaged, with byte offsets; `zone` is the
   * writer's time zone from the trace header (absent when no header was read); `providers`, the
   * names of the providers whose events were decoded, in the order they first wrote
   */
  end(notes: string[], zone: TimeZone | undefined, providers: string[]): void;
}

/** Provider names kept for the file's description: a trace of more names than this is no one tool's. */
export const MAX_PROVIDERS = 8;

/** Events held back to restore time order across processors' buffers (a few MiB at most). */
export const TIME_ORDER_WINDOW = 8192;

/**
 * Streams an .etl file buffer by buffer (one buffer in memory at a time) and decodes its
 * TraceLogging events into the lines Get-WindowsUpdateLog would print, in time order. Other
 * events are counted and skipped; damage is noted with its byte offset and reading goes on.
 */
export class EtlReader {
  private readonly queue = new ByteQueue();
  private readonly known = new KnownSchemas();
  private readonly order: TimeOrder<TraceLine>;
  private offset = 0;
  private header?: LogfileHeader;
  private clock?: (timestamp: bigint) => bigint;
  private stopped = false;
  private events = 0;
  private skipped = 0;
  private damaged = 0;
  private readonly notes: string[] = [];
  private readonly providers = new Set<string>();

  constructor(private readonly host: EtlHost) {
    this.order = new TimeOrder(TIME_ORDER_WINDOW, (line) => host.line(windowsUpdateLogLine(formatStamp(toLocal(line.time, this.header!.timeZone)), line)));
  }

  push(chunk: Uint8Array): void {
    if (this.stopped) return;
    this.queue.push(chunk);
    while (!this.stopped && this.queue.length >= 4) {
      const size = this.queue.u32();
      if (size < BUFFER_HEADER_SIZE || size > MAX_BUFFER_SIZE) {
        if (!this.bufferSize) return size === 0 ? this.stop() : this.stop(`${this.claims(size)}; the rest of the file is not read`);
        if (this.queue.length < this.bufferSize) return;
        this.skipBuffer(size, this.queue.take(this.bufferSize));
        continue;
      }
      if (this.queue.length < size) return;
      this.bufferSize ??= size;
      this.buffer(this.queue.take(size));
      this.offset += size;
    }
  }

  /** the size of the file's first buffer: a trace writes all its buffers alike, so a damaged size is stepped over by it */
  private bufferSize?: number;

  private claims(size: number): string {
    return `byte ${this.offset}: a buffer claims ${size} bytes (a buffer holds ${BUFFER_HEADER_SIZE} to ${MAX_BUFFER_SIZE})`;
  }

  /**
   * A buffer whose size is 0 or out of range, after buffers of a known size: zeros to the end of
   * it are the unused rest of a preallocated file; anything else is damage, stepped over.
   */
  private skipBuffer(size: number, bytes: Uint8Array): void {
    if (!(size === 0 && allZero(bytes))) this.notes.push(`${this.claims(size)}; read on after it, as a buffer of the trace's size (${bytes.length} bytes)`);
    this.offset += bytes.length;
  }

  end(): void {
    const rest = this.queue.length;
    const tail = rest ? this.queue.take(rest) : undefined;
    // zeros shorter than a buffer are what is left of a preallocated file
    if (!this.stopped && tail && !(this.bufferSize && allZero(tail))) {
      if (rest >= BUFFER_HEADER_SIZE) {
        this.notes.push(`byte ${this.offset}: the file ends inside a buffer (${rest} of ${new Bytes(tail).u32(0)} bytes); its complete records were read`);
        this.buffer(tail, true);
      } else this.notes.push(`byte ${this.offset}: ${rest} bytes after the last buffer were ignored`);
    }
    this.order.flush();
    this.host.end(this.summary(), this.header?.timeZone, [...this.providers]);
  }

  /** Reads one buffer's records; in a `cut` buffer the record the file ends in is no damage. */
  private buffer(bytes: Uint8Array, cut = false): void {
    const b = new Bytes(bytes);
    const { end } = readBufferHeader(b);
    for (const step of bufferRecords(b, Math.min(end, bytes.length))) {
      if ('damaged' in step) return cut ? undefined : this.damage(step.offset, step.damaged);
      try {
        this.record(b, step.offset, step.type, step.size);
      } catch (error) {
        this.damage(step.offset, (error as Error).message);
      }
      if (this.stopped) return;
    }
  }

  private record(b: Bytes, o: number, type: number, size: number): void {
    if (type === HeaderType.System32 || type === HeaderType.System64) {
      if (!this.header && b.u16(o + 6) === 0) this.start(b, o);
      return; // the trace's own bookkeeping, not events
    }
    if (!this.header) return this.stop(`byte ${this.offset + o}: an event comes before the trace logfile header; the file is not read`);
    if (type !== HeaderType.EventHeader32 && type !== HeaderType.EventHeader64) return void this.skipped++;
    const event = readEventRecord(b, o, size);
    if (!event.schema) return void this.skipped++;
    const { component, message, provider } = decodeEvent(b, event, this.known);
    this.events++;
    if (this.providers.size < MAX_PROVIDERS) this.providers.add(provider);
    this.order.push({ time: this.clock!(event.timestamp), pid: event.pid, tid: event.tid, component, message });
  }

  private start(b: Bytes, o: number): void {
    this.header = readLogfileHeader(b, o + SYSTEM_HEADER_SIZE);
    this.clock = clockOf(this.header, b.i64(o + 16));
  }

  private damage(at: number, message: string): void {
    if (!this.damaged++) this.notes.push(`byte ${this.offset + at}: damaged record skipped (${message})`);
  }

  private stop(note?: string): void {
    this.stopped = true;
    if (note) this.notes.push(note);
    this.queue.clear();
  }

  private summary(): string[] {
    const notes = [...this.notes];
    if (this.damaged > 1) notes.push(`${this.damaged} damaged records were skipped in all`);
    if (this.skipped) notes.push(`${this.skipped} events are not TraceLogging (their text needs the provider's manifest or format files) and were skipped; ${this.events} events were decoded`);
    if (this.order.late) notes.push(`${this.order.late} events were too far out of time order to be sorted and stand where the file has them`);
    // A trace of its header alone (an 8 KiB waasmedic trace of a run that wrote nothing, or a copy cut after its first buffer): the page says so, not "the notes say why" with none.
    if (!notes.length && this.header && !this.events && !this.skipped) notes.push('the trace holds no event: only its header was read');
    return notes;
  }
}
