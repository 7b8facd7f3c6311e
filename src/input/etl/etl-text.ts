import type { ByteSink } from '../zip.ts';
import { EtlReader } from './etl-reader.ts';
import type { TimeZone } from './time-zone.ts';

/** Text handed on in pieces of about this many characters: per-line pieces would cost a pass each downstream. */
const PIECE = 64 * 1024;

/**
 * An .etl file in, the Get-WindowsUpdateLog text it stands for out (UTF-8, CRLF), so a trace
 * can be read by whatever reads text logs. `notes`, with the writer's time zone from the trace
 * header (the zone the text's times are in) and the providers decoded, come after the text has ended.
 */
export class EtlTextSink implements ByteSink {
  private readonly reader: EtlReader;
  private readonly utf8 = new TextEncoder();
  private piece = '';

  constructor(text: ByteSink, notes: (notes: string[], zone: TimeZone | undefined, providers: string[]) => void) {
    this.reader = new EtlReader({
      line: (line) => {
        this.piece += line + '\r\n';
        if (this.piece.length >= PIECE) this.flush(text);
      },
      end: (found, zone, providers) => {
        this.flush(text);
        text.end();
        notes(found, zone, providers);
      },
    });
  }

  push(chunk: Uint8Array): void {
    this.reader.push(chunk);
  }

  end(): void {
    this.reader.end();
  }

  private flush(text: ByteSink): void {
    if (this.piece) text.push(this.utf8.encode(this.piece));
    this.piece = '';
  }
}
