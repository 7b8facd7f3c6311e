import type { ExpandBudget } from '../zip.ts';
import { joinParts } from './bytes.ts';
import type { BlockDecoder } from './block.ts';
import { dataChecksum } from './checksum.ts';
import type { CabFolder } from './directory.ts';
import { CabError } from './error.ts';
import type { MemberOutput } from './member-output.ts';

/** MS-CAB: a block holds at most 32 KiB uncompressed, and compressed data at most 6 KiB more. */
const MAX_UNCOMPRESSED = 32 * 1024;
const MAX_COMPRESSED = MAX_UNCOMPRESSED + 6 * 1024;

export interface CabContext {
  name: string;
  budget: ExpandBudget;
  /** the folder goes on in the next cabinet: a last block of size 0 marks the cut */
  continues: boolean;
  /** the whole cabinet must be dropped (expansion limit) */
  refuse(error: CabError): void;
}

/**
 * Reads one folder's CFDATA blocks from the cabinet's byte stream: skips to the folder's data,
 * gathers each block (at most ~39 KiB), verifies its checksum and decodes it. A broken block
 * stops this folder only: its unfinished members are refused by name with the byte offset.
 */
export class FolderReader {
  readonly start: number;
  done = false;
  private block = 0;
  private blockAt = 0;
  private header?: Uint8Array;
  private parts: Uint8Array[] = [];
  private gathered = 0;
  private decoder?: BlockDecoder;

  constructor(
    private readonly folder: CabFolder,
    private readonly reserve: number,
    private readonly makeDecoder: () => BlockDecoder,
    private readonly output: MemberOutput,
    private readonly cab: CabContext,
  ) {
    this.start = folder.dataStart;
    if (!folder.blocks) this.finish();
  }

  /** Takes bytes at cabinet offset `at`; returns how many belong to this folder (the rest go on). */
  feed(bytes: Uint8Array, at: number): number {
    if (this.done) return 0;
    if (at < this.start && !this.gathered && !this.header) return Math.min(bytes.length, this.start - at);
    if (this.block === 0 && !this.header && !this.gathered && at > this.start) {
      this.fail('cab-corrupt', `data at byte ${this.start} lies inside other data (already at byte ${at})`);
      return 0;
    }
    if (!this.header && !this.gathered) this.blockAt = at;
    const want = (this.header ? this.dataSize() : 8 + this.reserve) - this.gathered;
    const taken = bytes.subarray(0, Math.min(want, bytes.length));
    this.parts.push(taken);
    this.gathered += taken.length;
    if (taken.length === want) this.complete();
    return taken.length;
  }

  /** The cabinet ended at `at`, before this folder's blocks did. */
  cut(at: number): void {
    if (!this.done) this.fail('cab-corrupt', `the cabinet ends at byte ${at}, inside data block ${this.block} of folder ${this.folder.index}`);
  }

  private complete(): void {
    const bytes = joinParts(this.parts, this.gathered);
    this.parts = [];
    this.gathered = 0;
    if (!this.header) {
      this.header = bytes.slice(0, 8);
      const size = this.dataSize();
      const where = this.where();
      if (size > MAX_COMPRESSED || this.uncompressedSize() > MAX_UNCOMPRESSED) return this.fail('cab-corrupt', `${where}: block sizes ${size}/${this.uncompressedSize()} pass the 32 KiB block limit`);
      if (size === 0) this.decode(new Uint8Array(0));
      return;
    }
    this.decode(bytes);
  }

  private decode(data: Uint8Array): void {
    const header = this.header!;
    const where = this.where();
    const size = this.uncompressedSize();
    this.header = undefined;
    const sum = (header[0] | (header[1] << 8) | (header[2] << 16) | (header[3] << 24)) >>> 0;
    if (sum !== 0 && dataChecksum(data, header.subarray(4, 8)) !== sum) return this.fail('cab-corrupt', `${where}: checksum mismatch (the cabinet is damaged)`);
    if (size === 0) {
      if (this.cab.continues && this.block === this.folder.blocks - 1) return this.fail('cab-split', 'the file continues in the next cabinet of the set');
      return this.fail('cab-corrupt', `${where}: block declares 0 uncompressed bytes`);
    }
    this.cab.budget.used += size;
    if (this.cab.budget.used > this.cab.budget.limit) {
      this.done = true;
      return this.cab.refuse(new CabError('zip-limit', `${this.cab.name}: expanded content passes the limit of ${this.cab.budget.limit} bytes`));
    }
    let out: Uint8Array;
    try {
      this.decoder ??= this.makeDecoder();
      out = this.decoder.block(data, size, where);
    } catch (error) {
      if (!(error instanceof CabError)) throw error;
      return this.fail(error.reason, error.message);
    }
    this.output.write(out);
    if (++this.block === this.folder.blocks) this.finish();
  }

  private finish(): void {
    this.done = true;
    this.decoder = undefined;
    this.output.finish();
  }

  private fail(reason: CabError['reason'], detail: string): void {
    this.done = true;
    this.decoder = undefined;
    this.output.fail(reason, detail);
  }

  private dataSize(): number {
    return this.header![4] | (this.header![5] << 8);
  }

  private uncompressedSize(): number {
    return this.header![6] | (this.header![7] << 8);
  }

  private where(): string {
    return `data block ${this.block} of folder ${this.folder.index} at byte ${this.blockAt}`;
  }
}
