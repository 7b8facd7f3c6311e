/**
 * Files from wherever the user gives them: a drop (files and whole folders, read through
 * `webkitGetAsEntry`), a file or folder picker, or pasted text made into a File.
 */

/** Reads every file of a drop, walking dropped folders; names keep their folder path. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  // Without entries (an old browser, a drop from another page), the plain file list still works.
  if (!entries.length) return [...data.files];
  const files: File[] = [];
  for (const entry of entries) await walk(entry, files);
  return files;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    const path = entry.fullPath.replace(/^\//, '');
    out.push(path && path !== file.name ? new File([file], path, { type: file.type, lastModified: file.lastModified }) : file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder in batches (100 at a time in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    for (const child of batch) await walk(child, out);
  }
}

/** Files of a picker; a folder pick names each file by its path inside the folder. */
export function filesFromInput(input: HTMLInputElement): File[] {
  return [...(input.files ?? [])].map((file) =>
    file.webkitRelativePath && file.webkitRelativePath !== file.name ? new File([file], file.webkitRelativePath, { type: file.type, lastModified: file.lastModified }) : file,
  );
}

export function fileFromText(text: string, name: string): File {
  return new File([text], name, { type: 'text/plain' });
}
