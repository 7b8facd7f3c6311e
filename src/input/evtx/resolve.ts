import type { BinXmlParser, Element, Node, Value } from './binxml.ts';
import { EvtxFormatError, need } from './format-error.ts';
import { renderItems, renderValue, ValueType } from './values.ts';

/** An element of an event with its values filled in. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** BinXML values embedded in values (classic EventData) nest no deeper than this. */
const MAX_EMBEDDED = 8;

const NOTHING: ReadonlySet<string> = new Set();
/** Elements left out while filling: what no reader of the events needs is not rendered at all. */
let skipped = NOTHING;
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Fills templates with a record's values, parsing embedded BinXML values as it meets them; elements named in `skip` are left out. */
export function resolveEvent(parser: BinXmlParser, nodes: Node[], skip: ReadonlySet<string>): (XmlElement | string)[] {
  skipped = skip;
  try {
    return resolve(parser, nodes, []);
  } finally {
    skipped = NOTHING;
  }
}

/** Nodes filled with `values`: the generic path for the parts a plan does not cover. */
export function resolveNodes(parser: BinXmlParser, nodes: Node[], values: Value[]): (XmlElement | string)[] {
  return resolve(parser, nodes, values);
}

function resolve(parser: BinXmlParser, nodes: Node[], values: Value[], depth = 0, out: (XmlElement | string)[] = []): (XmlElement | string)[] {
  for (const node of nodes) {
    if (--parser.budget < 0) throw new EvtxFormatError('too many BinXML nodes in one chunk', 0);
    if (typeof node === 'string') out.push(node);
    else if (node.kind === 'element') {
      if (!skipped.has(node.name)) element(parser, node, values, depth, out);
    } else if (node.kind === 'instance') resolve(parser, node.template, node.values, depth, out);
    else {
      const value = values[node.index];
      if (isEmpty(value)) continue;
      if (value.type === ValueType.BinXml) embedded(parser, value, depth, out);
      else out.push(render(parser, value));
    }
  }
  return out;
}

function element(parser: BinXmlParser, node: Element, values: Value[], depth: number, out: (XmlElement | string)[]): void {
  const attrs = node.attrs.length ? attributes(parser, node, values, depth) : NO_ATTRS;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const sub = typeof only === 'object' && only.kind === 'substitution' ? only : undefined;
  const value = sub && values[sub.index];
  if (value && value.type & ValueType.Array) {
    // An array fills one element per item, as Windows renders it (`<Data>a</Data><Data>b</Data>`).
    for (const item of items(parser, value)) out.push({ name: node.name, attrs, children: [item] });
  } else if (!sub?.optional || !isEmpty(value)) {
    out.push({ name: node.name, attrs, children: resolve(parser, node.children, values, depth) });
  } // an element holding only an optional value that is empty is left out
}

function attributes(parser: BinXmlParser, node: Element, values: Value[], depth: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const attr of node.attrs) {
    const first = attr.value[0];
    if (attr.value.length === 1 && typeof first === 'object' && first.kind === 'substitution') {
      // The usual case: the whole value is one substitution.
      const value = values[first.index];
      if (isEmpty(value)) {
        if (!first.optional) attrs[attr.name] = '';
      } else if (value.type !== ValueType.BinXml) attrs[attr.name] = render(parser, value);
      continue;
    }
    let text = '';
    for (const part of resolve(parser, attr.value, values, depth)) if (typeof part === 'string') text += part;
    attrs[attr.name] = text;
  }
  return attrs;
}

function embedded(parser: BinXmlParser, value: Value, depth: number, out: (XmlElement | string)[]): void {
  if (depth >= MAX_EMBEDDED) throw new EvtxFormatError(`BinXML values nested deeper than ${MAX_EMBEDDED} levels`, value.offset);
  resolve(parser, parser.fragment(value.offset, value.offset + value.size, depth + 1), [], depth + 1, out);
}

export function render(parser: BinXmlParser, value: Value): string {
  need(value.offset, value.size, parser.bytes.length, 'value');
  return renderValue(parser.bytes, parser.view, value.offset, value.size, value.type);
}

/** The items of an array value, each as its own text. */
export function items(parser: BinXmlParser, value: Value): string[] {
  need(value.offset, value.size, parser.bytes.length, 'value');
  return renderItems(parser.bytes, parser.view, value.offset, value.size, value.type & 0x7f);
}

export const isEmpty = (value: Value | undefined): boolean => !value || value.type === ValueType.Null || value.size === 0;
