/**
 * Folder drops are read through the File and Directory Entries API, which a browser test cannot
 * drive (automation drops files, not folders). These tests give the walker entries that behave
 * as the API specifies: a directory reader returns its children in batches until an empty one.
 */
import { describe, expect, it } from 'vitest';
import { filesFromDrop } from '../../../src/components/analyze/collect-files.ts';

const BATCH = 100; // what Chromium returns per readEntries call

function fileEntry(fullPath: string, text: string): FileSystemFileEntry {
  const name = fullPath.split('/').pop()!;
  return { isFile: true, isDirectory: false, name, fullPath, file: (ok: (f: File) => void) => ok(new File([text], name)) } as unknown as FileSystemFileEntry;
}

function folderEntry(fullPath: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader() {
      let at = 0;
      return {
        readEntries(ok: (batch: FileSystemEntry[]) => void) {
          const batch = children.slice(at, at + BATCH);
          at += batch.length;
          setTimeout(() => ok(batch), 0);
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

const drop = (entries: FileSystemEntry[], files: File[] = []) =>
  ({ items: entries.map((entry) => ({ webkitGetAsEntry: () => entry })), files }) as unknown as DataTransfer;

describe('filesFromDrop', () => {
  it('walks a dropped folder and its subfolders, past the first batch, naming files by their path', async () => {
    const logs = Array.from({ length: 250 }, (_, i) => fileEntry(`/PC-0412/logs/${i}.log`, `line ${i}`));
    const folder = folderEntry('/PC-0412', [fileEntry('/PC-0412/CBS.log', 'cbs'), folderEntry('/PC-0412/logs', logs)]);
    const files = await filesFromDrop(drop([folder, fileEntry('/WindowsUpdate.log', 'wu')]));
    expect(files).toHaveLength(252);
    expect(files[0].name).toBe('PC-0412/CBS.log');
    expect(files[251].name).toBe('WindowsUpdate.log');
    expect(new Set(files.map((f) => f.name)).size).toBe(252);
    expect(await files[1 + 249].text()).toBe('line 249');
  });

  it('falls back to the plain file list when the drop has no entries', async () => {
    const plain = [new File(['x'], 'setupact.log')];
    expect(await filesFromDrop(drop([], plain))).toEqual(plain);
  });
});
