import type { ByteSink, ExpandBudget, ZipHost } from '../zip.ts';
import { joinParts } from './bytes.ts';
import { blockDecoder, LzxDecoders, type BlockDecoder } from './block-decoder.ts';
import { MAX_DIRECTORY_BYTES, readDirectory, type CabDirectory, type CabMember } from './directory.ts';
import { CabError } from './error.ts';
import { FolderReader } from './folder-reader.ts';
import { MemberOutput } from './member-output.ts';

/**
 * Streams a cabinet (MS-CAB): the directory at its start is held (bounded), then each folder's
 * CFDATA blocks are checked, decompressed and handed to the members' sinks as the bytes
 * arrive. Folders are read in the order their data lies in the file, so memory stays flat.
 * A member that cannot be read is refused by name; the others are still read.
 */
export class CabReader implements ByteSink {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  /** the directory is parsed again only once the head has doubled, so a big one costs linear time */
  private nextTry = 0;
  private folders?: FolderReader[];
  private current = 0;
  private position = 0;
  private failed = false;

  constructor(
    private readonly name: string,
    private readonly host: ZipHost,
    private readonly budget: ExpandBudget,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.failed) return;
    if (this.folders) return this.feed(chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes >= this.nextTry) this.tryDirectory(false);
  }

  end(): void {
    if (this.failed) return;
    if (!this.folders) this.tryDirectory(true);
    if (this.failed || !this.folders) return;
    for (; this.current < this.folders.length; this.current++) this.folders[this.current].cut(this.position);
  }

  private tryDirectory(complete: boolean): void {
    const bytes = joinParts(this.head, this.headBytes);
    this.head = [bytes];
    let directory: CabDirectory | undefined;
    try {
      directory = readDirectory(bytes, this.name, complete);
      if (!directory && this.headBytes > MAX_DIRECTORY_BYTES) throw new CabError('cab-corrupt', `${this.name}: the file table passes ${MAX_DIRECTORY_BYTES} bytes`);
      if (directory) this.checkBudget(directory);
    } catch (error) {
      if (!(error instanceof CabError)) throw error;
      this.failed = true;
      this.head = [];
      this.host.refuse(error.reason, error.message);
      return;
    }
    if (!directory) {
      this.nextTry = this.headBytes * 2;
      return;
    }
    this.folders = this.plan(directory);
    this.head = [];
    this.feed(bytes);
  }

  /** A cabinet whose members claim more than the budget left is refused before anything is inflated. */
  private checkBudget(directory: CabDirectory): void {
    const claimed = directory.members.reduce((sum, m) => sum + (m.split ? 0 : m.size), 0);
    if (this.budget.used + claimed > this.budget.limit) throw new CabError('zip-limit', `${this.name}: its files claim ${claimed} bytes, past the limit of ${this.budget.limit} bytes`);
  }

  private plan(directory: CabDirectory): FolderReader[] {
    const readers: FolderReader[] = [];
    const lzx = new LzxDecoders();
    const byFolder = directory.folders.map((): CabMember[] => []);
    for (const member of directory.members) byFolder[member.folder].push(member);
    for (const folder of directory.folders) {
      const members = byFolder[folder.index];
      const output = new MemberOutput(this.name, members.filter((m) => !m.split), this.host);
      for (const m of members.filter((m) => m.split)) this.host.refuseEntry(`${this.name}/${m.name}`, 'cab-split', `${this.name}/${m.name}: the file continues in another cabinet of the set`);
      const decoder: (() => BlockDecoder) | CabError =
        folder.index === 0 && directory.continuesPrevious ? new CabError('cab-split', 'folder 0 begins in the previous cabinet of the set') : blockDecoder(folder, lzx);
      if (decoder instanceof CabError) {
        output.fail(decoder.reason, decoder.message);
        continue;
      }
      const last = folder.index === directory.folders.length - 1 && directory.continuesNext;
      readers.push(new FolderReader(folder, directory.dataReserve, decoder, output, { name: this.name, budget: this.budget, continues: last, refuse: (e) => this.refuseAll(e) }));
    }
    return readers.sort((a, b) => a.start - b.start);
  }

  private feed(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length && !this.failed && this.folders && this.current < this.folders.length) {
      const used = this.folders[this.current].feed(chunk.subarray(at), this.position);
      at += used;
      this.position += used;
      if (this.folders[this.current]?.done) this.current++;
    }
  }

  private refuseAll(error: CabError): void {
    this.failed = true;
    this.host.refuse(error.reason, error.message);
  }
}
