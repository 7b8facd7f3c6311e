import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CabReader, type UnreadableReason } from '../../../src/input/index.ts';

export const CAB_FIXTURES = fileURLToPath(new URL('../../fixtures/binary/cab/', import.meta.url));

export const cabFixture = (path: string) => new Uint8Array(readFileSync(CAB_FIXTURES + path));
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface CabResult {
  /** members read whole, by name inside the cabinet */
  members: Record<string, Uint8Array>;
  refusedEntries: { name: string; reason: UnreadableReason; message: string }[];
  refused?: { reason: UnreadableReason; message: string };
  /** the largest piece a member's sink was handed */
  largestPiece: number;
  /** member bytes handed out before the cabinet's last chunk arrived */
  bytesBeforeLastChunk: number;
}

/** Pushes `bytes` through a CabReader in chunks of `chunk` bytes and collects what comes out. */
export function readCab(name: string, bytes: Uint8Array, chunk = 64 * 1024, limit = 2 ** 31): CabResult {
  const result: CabResult = { members: {}, refusedEntries: [], largestPiece: 0, bytesBeforeLastChunk: 0 };
  let lastChunk = false;
  const strip = (entry: string) => entry.slice(name.length + 1);
  const reader = new CabReader(name, {
    openEntry(entry) {
      const parts: Uint8Array[] = [];
      return {
        push(piece) {
          parts.push(piece.slice());
          result.largestPiece = Math.max(result.largestPiece, piece.length);
          if (!lastChunk) result.bytesBeforeLastChunk += piece.length;
        },
        end() {
          result.members[strip(entry)] = Buffer.concat(parts);
        },
      };
    },
    refuse(reason, message) {
      result.refused = { reason, message };
    },
    refuseEntry(entry, reason, message) {
      delete result.members[strip(entry)];
      result.refusedEntries.push({ name: strip(entry), reason, message });
    },
  }, { used: 0, limit });
  for (let i = 0; i < bytes.length; i += chunk) {
    lastChunk = i + chunk >= bytes.length;
    reader.push(bytes.subarray(i, i + chunk));
  }
  reader.end();
  return result;
}

export const hasCabextract = (() => {
  try {
    execFileSync('cabextract', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** SHA-256 of each member as `cabextract` extracts it (members it fails on are left out). */
export function cabextractHashes(path: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'cabextract-'));
  try {
    try {
      execFileSync('cabextract', ['-q', '-d', dir, CAB_FIXTURES + path], { stdio: 'ignore' });
    } catch {
      // cabextract exits non-zero when a member fails; the members it wrote whole are still compared
    }
    const out: Record<string, string> = {};
    for (const file of readdirSync(dir, { recursive: true }) as string[]) {
      if (statSync(join(dir, file)).isFile()) out[file] = sha256(readFileSync(join(dir, file)));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A cabinet written here, one stored (uncompressed) folder, for tests that need cabinets
 * holding particular things (a zip, another cabinet). Checksums are left 0 ("not computed").
 */
export function storedCab(files: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(files).map((n) => new TextEncoder().encode(n));
  const data = Buffer.concat(Object.values(files));
  const blocks: Uint8Array[] = [];
  for (let at = 0; at < data.length; at += 32768) blocks.push(data.subarray(at, at + 32768));
  const filesAt = 36 + 8;
  const fileTable = names.reduce((n, name) => n + 16 + name.length + 1, 0);
  const dataAt = filesAt + fileTable;
  const size = dataAt + blocks.reduce((n, b) => n + 8 + b.length, 0);
  const out = Buffer.alloc(size);
  out.write('MSCF', 0, 'latin1');
  out.writeUInt32LE(size, 8);
  out.writeUInt32LE(filesAt, 16);
  out.writeUInt8(3, 24);
  out.writeUInt8(1, 25);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(names.length, 28);
  out.writeUInt32LE(dataAt, 36);
  out.writeUInt16LE(blocks.length, 40);
  let at = filesAt;
  let offset = 0;
  Object.values(files).forEach((bytes, i) => {
    out.writeUInt32LE(bytes.length, at);
    out.writeUInt32LE(offset, at + 4);
    out.writeUInt16LE(0x80, at + 14);
    out.set(names[i], at + 16);
    at += 16 + names[i].length + 1;
    offset += bytes.length;
  });
  for (const block of blocks) {
    out.writeUInt16LE(block.length, at + 4);
    out.writeUInt16LE(block.length, at + 6);
    out.set(block, at + 8);
    at += 8 + block.length;
  }
  return new Uint8Array(out);
}
