import type { UnreadableReason } from '../magic.ts';
import type { ByteSink, ZipHost } from '../zip.ts';
import type { CabMember } from './directory.ts';

interface Open {
  member: CabMember;
  sink: ByteSink;
}

/**
 * Hands a folder's uncompressed stream to its members as it is decoded: each member's sink
 * opens when the stream reaches its offset and ends at its last byte, so no member is held.
 */
export class MemberOutput {
  private readonly members: CabMember[];
  private readonly open: Open[] = [];
  private next = 0;
  private position = 0;

  constructor(
    private readonly archive: string,
    members: CabMember[],
    private readonly host: ZipHost,
  ) {
    this.members = [...members].sort((a, b) => a.offset - b.offset);
  }

  write(bytes: Uint8Array): void {
    const start = this.position;
    const end = start + bytes.length;
    this.openUpTo(end);
    for (let i = 0; i < this.open.length; i++) {
      const { member, sink } = this.open[i];
      const from = Math.max(start, member.offset);
      const to = Math.min(end, member.offset + member.size);
      if (to > from) sink.push(bytes.subarray(from - start, to - start));
      if (member.offset + member.size <= end) {
        sink.end();
        this.open.splice(i--, 1);
      }
    }
    this.position = end;
  }

  /** The folder's data ended: members it did not reach, or cut short, are named as such. */
  finish(): void {
    this.write(new Uint8Array(0));
    this.fail('cab-corrupt', `the folder's data ends at uncompressed byte ${this.position}, before the end of this file`);
  }

  /** Refuses every member not yet complete, each by name; `detail` says why. */
  fail(reason: UnreadableReason, detail: string): void {
    const left = [...this.open.map((o) => o.member), ...this.members.slice(this.next)];
    for (const o of this.open) o.sink.end();
    this.open.length = 0;
    this.next = this.members.length;
    for (const member of left) this.host.refuseEntry(this.entry(member), reason, `${this.entry(member)}: ${detail}`);
  }

  private openUpTo(end: number): void {
    for (; this.next < this.members.length; this.next++) {
      const member = this.members[this.next];
      if (member.offset > end || (member.offset === end && member.size > 0)) return;
      this.open.push({ member, sink: this.host.openEntry(this.entry(member)) });
    }
  }

  private entry(member: CabMember): string {
    return `${this.archive}/${member.name}`;
  }
}
