import type { BinXmlParser, Node, Value } from './binxml.ts';
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

/** Fills templates with a record's values, parsing embedded BinXML values as it meets them. */
export function resolve(parser: BinXmlParser, nodes: Node[], values: Value[], depth = 0): (XmlElement | string)[] {
  const out: (XmlElement | string)[] = [];
  for (const node of nodes) {
    if (--parser.budget < 0) throw new EvtxFormatError('too many BinXML nodes in one chunk', 0);
    if (typeof node === 'string') out.push(node);
    else if ('template' in node) out.push(...resolve(parser, node.template, node.values, depth));
    else if ('index' in node) {
      const value = values[node.index];
      if (isEmpty(value)) continue;
      if (value.type === ValueType.BinXml) out.push(...embedded(parser, value, depth));
      else out.push(render(parser, value));
    } else {
      const attrs: Record<string, string> = {};
      for (const attr of node.attrs) {
        const parts = resolve(parser, attr.value, values, depth);
        const optional = attr.value.length === 1 && typeof attr.value[0] === 'object' && 'optional' in attr.value[0] && attr.value[0].optional;
        if (parts.length || !optional) attrs[attr.name] = parts.filter((p) => typeof p === 'string').join('');
      }
      const sub = node.children.length === 1 && typeof node.children[0] === 'object' && 'index' in node.children[0] ? node.children[0] : undefined;
      const value = sub && values[sub.index];
      if (value && value.type & ValueType.Array) {
        // An array fills one element per item, as Windows renders it (`<Data>a</Data><Data>b</Data>`).
        for (const item of items(parser, value)) out.push({ name: node.name, attrs, children: [item] });
      } else if (!sub?.optional || !isEmpty(value)) {
        out.push({ name: node.name, attrs, children: resolve(parser, node.children, values, depth) });
      } // an element holding only an optional value that is empty is left out
    }
  }
  return out;
}

function embedded(parser: BinXmlParser, value: Value, depth: number): (XmlElement | string)[] {
  if (depth >= MAX_EMBEDDED) throw new EvtxFormatError(`BinXML values nested deeper than ${MAX_EMBEDDED} levels`, value.offset);
  return resolve(parser, parser.fragment(value.offset, value.offset + value.size, depth + 1), [], depth + 1);
}

function render(parser: BinXmlParser, value: Value): string {
  need(value.offset, value.size, parser.bytes.length, 'value');
  return renderValue(parser.bytes, parser.view, value.offset, value.size, value.type);
}

function items(parser: BinXmlParser, value: Value): string[] {
  need(value.offset, value.size, parser.bytes.length, 'value');
  return renderItems(parser.bytes, parser.view, value.offset, value.size, value.type & 0x7f);
}

const isEmpty = (value: Value | undefined): boolean => !value || value.type === ValueType.Null || value.size === 0;
