import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node, type Document } from 'yaml';
import { ContentError } from './content-error.ts';

/** A parsed content file: its data, its Markdown body, and the line of any front-matter path. */
export interface ParsedFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts */
  bodyLine: number;
  /** line of the value at a path like `steps.2.expect.en`; falls back to the nearest parent */
  lineOf(path: (string | number)[]): number;
}

/** Markdown with YAML front matter (split by gray-matter, positions from `yaml`). */
export function parseContentFile(file: string, text: string): ParsedFile {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.startsWith('---')) {
    throw new ContentError(file, 1, 'missing front matter', 'start the file with a line `---`, the YAML fields, and `---`');
  }
  const afterOpen = source.slice(source.indexOf('\n') + 1);
  const closing = /^---\s*$/m.exec(afterOpen);
  if (!closing) throw new ContentError(file, 1, 'front matter is not closed', 'end the YAML fields with a line `---`');
  const yaml = parseYaml(file, afterOpen.slice(0, closing.index), 1);
  const parsed = matter(source, { engines: { yaml: { parse: () => yaml.data } } });
  const bodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length;
  return { ...yaml, body: parsed.content, bodyLine };
}

/** A plain YAML file (`offset` = lines before the YAML text starts in the file). */
export function parseYaml(file: string, text: string, offset = 0): Omit<ParsedFile, 'body' | 'bodyLine'> & { body: string; bodyLine: number } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new ContentError(file, (err.linePos?.[0].line ?? 1) + offset, `invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ContentError(file, 1 + offset, 'the YAML must be a map of fields');
  return { file, data: data as Record<string, unknown>, body: '', bodyLine: 0, lineOf: locator(doc, counter, offset) };
}

function locator(doc: Document, counter: LineCounter, offset: number) {
  const lineAt = (node: Node | undefined) => (node?.range ? counter.linePos(node.range[0]).line + offset : undefined);
  return (path: (string | number)[]): number => {
    let node: unknown = doc.contents;
    let best = 1 + offset;
    for (const key of path) {
      let next: Node | undefined;
      let line: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        next = pair?.value as Node | undefined;
        line = lineAt(pair?.key as Node | undefined);
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key] as Node | undefined;
        line = lineAt(next);
      }
      if (line === undefined) break;
      best = line;
      if (!next) break;
      node = next;
    }
    return best;
  };
}
