import { CabError } from './error.ts';

/** Header flags (MS-CAB 2.1): the cabinet is one of a set spanning several files. */
const PREV_CABINET = 0x0001;
const NEXT_CABINET = 0x0002;
const RESERVE_PRESENT = 0x0004;
/** CFFILE.attribs: the name is UTF-8, not the cabinet creator's code page. */
const NAME_IS_UTF = 0x80;
/** CFFILE.iFolder values for members split across cabinets. */
const CONTINUED_FROM_PREV = 0xfffd;

/** The directory is held whole before any data is read; no real cabinet comes near this. */
export const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;

export type Compression = { method: 'none' | 'mszip' | 'quantum' | 'unknown'; type: number } | { method: 'lzx'; type: number; windowBits: number };

export interface CabFolder {
  index: number;
  dataStart: number;
  blocks: number;
  compression: Compression;
}

export interface CabMember {
  name: string;
  size: number;
  offset: number;
  /** index into `folders`, or the raw CFFILE.iFolder when the member continues in another cabinet */
  folder: number;
  split: boolean;
}

export interface CabDirectory {
  folders: CabFolder[];
  members: CabMember[];
  /** extra bytes after each CFDATA header */
  dataReserve: number;
  /** this cabinet continues a set: its first folder starts in the previous cabinet */
  continuesPrevious: boolean;
  continuesNext: boolean;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const utf8 = new TextDecoder('utf-8');
const codePage = new TextDecoder('windows-1252');

/**
 * Reads CFHEADER, CFFOLDERs and CFFILEs from the start of a cabinet. Returns undefined while
 * `bytes` (the cabinet's first bytes) do not yet hold them all; throws CabError when they are wrong.
 */
export function readDirectory(bytes: Uint8Array, name: string, complete: boolean): CabDirectory | undefined {
  const need = (start: number, size: number, what: string) => {
    if (start + size <= bytes.length) return true;
    if (start + size > MAX_DIRECTORY_BYTES) throw new CabError('cab-corrupt', `${name}: ${what} at byte ${start} lies past the directory limit of ${MAX_DIRECTORY_BYTES} bytes`);
    if (complete) throw new CabError('cab-corrupt', `${name}: ${what} at byte ${start} is cut off: the file ends at byte ${bytes.length}`);
    return false;
  };
  if (!need(0, 36, 'cabinet header')) return undefined;
  if (u32(bytes, 0) !== 0x4643534d) throw new CabError('cab-corrupt', `${name}: no MSCF signature at byte 0`);
  const filesAt = u32(bytes, 16);
  const folderCount = u16(bytes, 26);
  const memberCount = u16(bytes, 28);
  const flags = u16(bytes, 30);
  if (!folderCount || !memberCount) throw new CabError('cab-corrupt', `${name}: the cabinet lists ${folderCount} folders and ${memberCount} files`);
  let at = 36;
  let headerReserve = 0;
  let folderReserve = 0;
  let dataReserve = 0;
  if (flags & RESERVE_PRESENT) {
    if (!need(36, 4, 'reserve sizes')) return undefined;
    [headerReserve, folderReserve, dataReserve] = [u16(bytes, 36), bytes[38], bytes[39]];
    at = 40 + headerReserve;
  }
  for (const flag of [PREV_CABINET, NEXT_CABINET]) {
    if (!(flags & flag)) continue;
    for (let i = 0; i < 2; i++) {
      const text = cString(bytes, at, name, complete);
      if (!text) return undefined;
      at = text.end;
    }
  }
  const folders: CabFolder[] = [];
  for (let i = 0; i < folderCount; i++, at += 8 + folderReserve) {
    if (!need(at, 8, `folder ${i}`)) return undefined;
    folders.push({ index: i, dataStart: u32(bytes, at), blocks: u16(bytes, at + 4), compression: compression(u16(bytes, at + 6)) });
  }
  if (filesAt < at) throw new CabError('cab-corrupt', `${name}: file table at byte ${filesAt} overlaps the folder table (ends at byte ${at})`);
  const members: CabMember[] = [];
  for (let i = 0, p = filesAt; i < memberCount; i++) {
    if (!need(p, 16, `file entry ${i}`)) return undefined;
    const text = cString(bytes, p + 16, name, complete, bytes[p + 14] & NAME_IS_UTF ? utf8 : codePage);
    if (!text) return undefined;
    if (!text.text) throw new CabError('cab-corrupt', `${name}: file entry ${i} at byte ${p} has no name`);
    const rawFolder = u16(bytes, p + 8);
    const split = rawFolder >= CONTINUED_FROM_PREV;
    const folder = split ? (rawFolder === 0xfffe ? folderCount - 1 : 0) : rawFolder;
    if (folder >= folderCount) throw new CabError('cab-corrupt', `${name}: file ${text.text} (entry at byte ${p}) is in folder ${folder}, but the cabinet has ${folderCount}`);
    members.push({ name: text.text, size: u32(bytes, p), offset: u32(bytes, p + 4), folder, split });
    p = text.end;
  }
  return { folders, members, dataReserve, continuesPrevious: !!(flags & PREV_CABINET), continuesNext: !!(flags & NEXT_CABINET) };
}

function compression(type: number): Compression {
  switch (type & 0x000f) {
    case 0: return { method: 'none', type };
    case 1: return { method: 'mszip', type };
    case 2: return { method: 'quantum', type };
    case 3: return { method: 'lzx', type, windowBits: (type >> 8) & 0x1f };
    default: return { method: 'unknown', type };
  }
}

/** A NUL-terminated string of at most 256 bytes (names in CAB are limited to 256). */
function cString(bytes: Uint8Array, at: number, name: string, complete: boolean, decoder = codePage): { text: string; end: number } | undefined {
  const limit = Math.min(bytes.length, at + 257);
  const nul = bytes.subarray(at, limit).indexOf(0);
  if (nul < 0) {
    if (limit === at + 257) throw new CabError('cab-corrupt', `${name}: a name at byte ${at} is longer than 256 bytes`);
    if (complete || at + 257 > MAX_DIRECTORY_BYTES) throw new CabError('cab-corrupt', `${name}: a name at byte ${at} is cut off: the file ends`);
    return undefined;
  }
  return { text: decoder.decode(bytes.subarray(at, at + nul)).replace(/\\/g, '/'), end: at + nul + 1 };
}
