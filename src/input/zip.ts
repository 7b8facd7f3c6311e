import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import type { UnreadableReason } from './magic.ts';
import { LocalHeaderFlags } from './zip-local-headers.ts';

/** Nested archives (zip or cab) deeper than this are refused (zip bombs nest). */
export const MAX_ZIP_DEPTH = 4;

/** Where the bytes of one archive entry go (a file scanner, which may itself hold a zip). */
export interface ByteSink {
  push(chunk: Uint8Array): void;
  end(): void;
}

/** What an archive reader (zip or cab) reports to: the scanner or redactor of the archive file. */
export interface ZipHost {
  /** a sink for the entry called `name` (already prefixed with the archive's name) */
  openEntry(name: string): ByteSink;
  /** the archive cannot be read; entries read so far are to be dropped */
  refuse(reason: UnreadableReason, message: string): void;
  /** one entry cannot be read (the others can); it may have been opened already */
  refuseEntry(name: string, reason: UnreadableReason, message: string): void;
}

/** Expanded bytes allowed across one top-level input, shared by nested archives. */
export interface ExpandBudget {
  used: number;
  limit: number;
}

/**
 * Streams a zip archive: entries are inflated as the archive's bytes arrive and handed to
 * their sinks chunk by chunk, so neither the archive nor an entry is ever held whole.
 * Stops with a message at the expansion limit, on an unknown compression method, or on
 * corrupt data.
 */
export class ZipReader implements ByteSink {
  private readonly unzip: Unzip;
  private readonly open = new Set<UnzipFile>();
  /** which entries are encrypted, from their local headers (the unzipper does not say) */
  private readonly flags = new LocalHeaderFlags();
  private failed = false;
  private sawEntry = false;

  constructor(
    private readonly name: string,
    private readonly host: ZipHost,
    private readonly budget: ExpandBudget,
  ) {
    this.unzip = new Unzip((file) => this.onFile(file));
    this.unzip.register(UnzipInflate);
    this.unzip.register(UnzipPassThrough);
  }

  private first?: number;

  /** bytes of the archive read so far */
  private fed = 0;

  push(chunk: Uint8Array): void {
    this.first ??= chunk[2];
    this.fed += chunk.length;
    this.flags.push(chunk);
    this.feed(chunk, false);
  }

  end(): void {
    this.feed(new Uint8Array(0), true);
    if (this.failed) return;
    // Cut short inside an entry: the entries before it are whole and stay; that one is refused, with where the archive ends.
    if (this.open.size) this.cutShort();
    // `PK\x03\x04` promises an entry; an archive that never delivers one is cut short.
    else if (!this.sawEntry && this.first === 0x03) this.fail('zip-corrupt', `${this.name}: no entry could be read (truncated archive?)`);
  }

  private feed(chunk: Uint8Array, final: boolean): void {
    if (this.failed) return;
    try {
      this.unzip.push(chunk, final);
    } catch (error) {
      if (final && this.open.size) return this.cutShort();
      this.fail('zip-corrupt', `${this.name}: ${(error as Error).message || 'invalid zip data'} (at or before byte ${this.fed})`);
    }
  }

  /** The entry as the report names it: the archive, then the path inside with forward slashes. */
  private entryPath(file: UnzipFile): string {
    return `${this.name}/${file.name.replace(/\\/g, '/')}`;
  }

  private cutShort(): void {
    for (const file of [...this.open]) this.damaged(file, this.entryPath(file), `the archive ends at byte ${this.fed}, inside this file: it was cut short`);
  }

  private onFile(file: UnzipFile): void {
    if (this.failed) return;
    this.sawEntry = true;
    if (file.name.endsWith('/') || file.name.endsWith('\\')) return; // a folder entry
    if (this.flags.isEncrypted(file.name)) {
      // Its data is not started: the unzipper skips it by its compressed size.
      const entry = this.entryPath(file);
      this.host.refuseEntry(entry, 'zip-encrypted', `${entry}: unpack the archive with its password and give the files`);
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      this.fail('zip-method', `${this.name}/${file.name}: compression method ${file.compression} is not supported`);
      return;
    }
    if (file.originalSize !== undefined && this.budget.used + file.originalSize > this.budget.limit) {
      this.fail('zip-limit', `${this.name}/${file.name}: expanding it would pass the limit of ${this.budget.limit} bytes`);
      return;
    }
    const entry = this.entryPath(file);
    const sink = this.host.openEntry(entry);
    this.open.add(file);
    file.ondata = (error, data, final) => {
      if (this.failed || !this.open.has(file)) return;
      if (error) return this.damaged(file, entry, `its compressed data is damaged (${error.message})`);
      this.budget.used += data.length;
      if (this.budget.used > this.budget.limit) {
        file.terminate();
        return this.fail('zip-limit', `${this.name}: expanded content passes the limit of ${this.budget.limit} bytes`);
      }
      if (data.length) sink.push(data);
      if (final) {
        this.open.delete(file);
        sink.end();
      }
    };
    file.start();
  }

  /**
   * One entry's data is damaged: that entry is refused and the others are read on. The archive
   * gives each entry's compressed size before its data, so the next entry starts where it says.
   */
  private damaged(file: UnzipFile, entry: string, message: string): void {
    this.open.delete(file);
    file.terminate();
    this.host.refuseEntry(entry, 'zip-corrupt', `${entry}: ${message}`);
  }

  private fail(reason: UnreadableReason, message: string): void {
    if (this.failed) return;
    this.failed = true;
    for (const file of this.open) file.terminate();
    this.open.clear();
    this.host.refuse(reason, message);
  }
}
