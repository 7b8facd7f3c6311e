/**
 * Edits the YAML front matter of a KB record in place with `yaml`'s Document API: the other
 * fields, their quoting, flow lists and comments stay as the maintainer wrote them (the 28
 * records of content/kb round-trip byte for byte with these options).
 */
import { parseDocument, type Document } from 'yaml';

const KEEP_FORMAT = { lineWidth: 0, flowCollectionPadding: false } as const;
const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n[\s\S]*)?)$/;

export interface FrontMatterFile {
  doc: Document;
  /** the file with the edited front matter */
  render(): string;
}

/** Throws a message naming `path` when the file has no front matter or its YAML is broken. */
export function openFrontMatter(path: string, text: string): FrontMatterFile {
  const parts = FRONT_MATTER.exec(text);
  if (!parts) throw new Error(`${path}:1: no front matter between --- lines`);
  const doc = parseDocument(parts[2]);
  if (doc.errors.length) throw new Error(`${path}:${(doc.errors[0].linePos?.[0].line ?? 0) + 1}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  return { doc, render: () => parts[1] + doc.toString(KEEP_FORMAT) + parts[3] };
}
