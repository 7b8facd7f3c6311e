import { crc32 } from './crc32.ts';
import { EvtxFormatError, need } from './format-error.ts';
import { readUtf16, ValueType } from './values.ts';
import type { Element, Instance, Node, Substitution, Value } from './nodes.ts';

export type { Element, Instance, Node, Substitution, Value } from './nodes.ts';

/**
 * Templates already parsed in earlier chunks of the same file, by GUID, size and checksum
 * of their BinXML: each chunk defines its templates again, but they are the same.
 */
export type TemplateCache = Map<string, Node[]>;
const MAX_CACHED_TEMPLATES = 1024;

/** Elements nested deeper than this are refused: real events nest a few levels. */
const MAX_DEPTH = 64;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Cursor over one chunk's bytes; offsets are chunk offsets, as BinXML's own references are. */
interface Cursor {
  pos: number;
  end: number;
}

/** Reads the BinXML of one chunk; names and templates are cached by their offset in the chunk. */
export class BinXmlParser {
  private readonly names = new Map<number, string>();
  private readonly templates = new Map<number, Node[]>();

  constructor(
    readonly bytes: Uint8Array,
    readonly view: DataView,
    /** tokens left for this chunk: a hostile chunk stops here, so time stays linear in the file size */
    public budget: number,
    private readonly known: TemplateCache = new Map(),
  ) {}

  /** The nodes of a record's BinXML, or of an embedded BinXML value, in `[start, end)`. */
  fragment(start: number, end: number, depth: number): Node[] {
    need(start, end - start, this.bytes.length, 'BinXML');
    const out: Node[] = [];
    this.content({ pos: start, end }, out, depth, false);
    return out;
  }

  /** Tokens until the end of the fragment, or of the element when `inElement`. */
  private content(c: Cursor, out: Node[], depth: number, inElement: boolean): void {
    while (c.pos < c.end) {
      if (--this.budget < 0) throw new EvtxFormatError('too many BinXML tokens in one chunk', c.pos);
      const token = this.bytes[c.pos];
      switch (token & 0xbf) {
        case 0x00: c.pos++; return; // end of fragment
        case 0x0f: c.pos += 4; break; // fragment header: version and flags
        case 0x01: out.push(this.element(c, depth + 1, (token & 0x40) !== 0)); break;
        case 0x04: if (!inElement) throw this.unexpected(c, token); c.pos++; return;
        case 0x05: case 0x07: out.push(this.text(c)); break;
        case 0x08: c.pos++; out.push(String.fromCharCode(this.u16(c))); break;
        case 0x09: { c.pos++; const name = this.name(c); out.push(ENTITIES[name] ?? `&${name};`); break; }
        case 0x0a: c.pos++; this.name(c); break; // processing instruction target: not event data
        case 0x0b: this.text(c); break; // processing instruction data
        case 0x0c: out.push(this.instance(c, depth)); break;
        case 0x0d: case 0x0e: out.push(this.substitution(c, token)); break;
        default: throw this.unexpected(c, token);
      }
    }
  }

  private element(c: Cursor, depth: number, hasAttrs: boolean): Element {
    if (depth > MAX_DEPTH) throw new EvtxFormatError(`elements nested deeper than ${MAX_DEPTH} levels`, c.pos);
    this.need(c, 11);
    c.pos += 1 + 2 + 4; // token, dependency id, data size
    const element: Element = { kind: 'element', name: this.name(c), attrs: [], children: [] };
    if (hasAttrs) c.pos += 4; // attribute list size
    while (c.pos < c.end && (this.bytes[c.pos] & 0xbf) === 0x06) {
      c.pos++;
      const attr = { name: this.name(c), value: [] as Node[] };
      this.attributeValue(c, attr.value);
      element.attrs.push(attr);
    }
    this.need(c, 1);
    const close = this.bytes[c.pos++];
    if (close === 0x02) this.content(c, element.children, depth, true);
    else if (close !== 0x03) throw this.unexpected({ pos: c.pos - 1, end: c.end }, close);
    return element;
  }

  /** An attribute's value: the value, substitution and reference tokens that follow its name. */
  private attributeValue(c: Cursor, out: Node[]): void {
    for (;;) {
      if (c.pos >= c.end) return;
      const token = this.bytes[c.pos] & 0xbf;
      if (token === 0x05 || token === 0x07) out.push(this.text(c));
      else if (token === 0x0d || token === 0x0e) out.push(this.substitution(c, this.bytes[c.pos]));
      else if (token === 0x08) { c.pos++; out.push(String.fromCharCode(this.u16(c))); }
      else if (token === 0x09) { c.pos++; const name = this.name(c); out.push(ENTITIES[name] ?? `&${name};`); }
      else return;
      if (--this.budget < 0) throw new EvtxFormatError('too many BinXML tokens in one chunk', c.pos);
    }
  }

  /** A value token (always a string in practice) or a CDATA section. */
  private text(c: Cursor): string {
    const isValue = (this.bytes[c.pos] & 0xbf) === 0x05;
    c.pos++;
    if (isValue) {
      this.need(c, 1);
      const type = this.bytes[c.pos++];
      if (type !== ValueType.String) throw new EvtxFormatError(`a value token of type 0x${type.toString(16)}`, c.pos - 1);
    }
    const chars = this.u16(c);
    this.need(c, 2 * chars);
    const text = readUtf16(this.bytes, c.pos, chars);
    c.pos += 2 * chars;
    return text;
  }

  private substitution(c: Cursor, token: number): Substitution {
    c.pos++;
    const index = this.u16(c);
    this.need(c, 1);
    c.pos++; // the value type the template expects; the record's own descriptor is what counts
    return { kind: 'substitution', index, optional: token === 0x0e };
  }

  private instance(c: Cursor, depth: number): Instance {
    this.need(c, 10);
    const definition = this.view.getUint32(c.pos + 6, true);
    c.pos += 10; // token, unknown byte, template id, definition offset
    const template = this.template(definition, depth);
    if (definition === c.pos) c.pos += 24 + this.view.getUint32(c.pos + 20, true); // defined here: skip its body
    const count = this.u32(c);
    this.need(c, 4 * count);
    const values: Value[] = new Array(count);
    let offset = c.pos + 4 * count;
    for (let i = 0; i < count; i++) {
      const size = this.view.getUint16(c.pos + 4 * i, true);
      values[i] = { type: this.bytes[c.pos + 4 * i + 2], offset, size };
      offset += size;
    }
    need(c.pos, offset - c.pos, c.end, 'template values');
    c.pos = offset;
    return { kind: 'instance', template, values };
  }

  /** A template definition: next-offset, GUID, data size, then its BinXML. */
  private template(offset: number, depth: number): Node[] {
    const cached = this.templates.get(offset);
    if (cached) return cached;
    need(offset, 24, this.bytes.length, 'template definition');
    const size = this.view.getUint32(offset + 20, true);
    need(offset + 24, size, this.bytes.length, 'template definition');
    const v = this.view;
    const key = `${crc32(this.bytes, offset + 24, offset + 24 + size)},${size},${v.getUint32(offset + 4)},${v.getUint32(offset + 8)},${v.getUint32(offset + 12)},${v.getUint32(offset + 16)}`;
    let nodes = this.known.get(key);
    if (!nodes) {
      this.templates.set(offset, []); // a template that contains itself gets an empty one
      nodes = this.fragment(offset + 24, offset + 24 + size, depth);
      if (this.known.size >= MAX_CACHED_TEMPLATES) this.known.clear();
      this.known.set(key, nodes);
    }
    this.templates.set(offset, nodes);
    return nodes;
  }

  /** A name: defined right here (then skipped), or a reference to one defined earlier in the chunk. */
  private name(c: Cursor): string {
    const offset = this.u32(c);
    let name = this.names.get(offset);
    if (name === undefined) {
      need(offset, 8, this.bytes.length, 'name');
      const chars = this.view.getUint16(offset + 6, true);
      need(offset + 8, 2 * chars, this.bytes.length, 'name');
      name = readUtf16(this.bytes, offset + 8, chars);
      this.names.set(offset, name);
    }
    if (offset === c.pos) c.pos += 8 + 2 * this.view.getUint16(offset + 6, true) + 2;
    return name;
  }

  private u16(c: Cursor): number {
    this.need(c, 2);
    c.pos += 2;
    return this.view.getUint16(c.pos - 2, true);
  }

  private u32(c: Cursor): number {
    this.need(c, 4);
    c.pos += 4;
    return this.view.getUint32(c.pos - 4, true);
  }

  private need(c: Cursor, size: number): void {
    need(c.pos, size, c.end, 'BinXML token');
  }

  private unexpected(c: Cursor, token: number): EvtxFormatError {
    return new EvtxFormatError(`unexpected BinXML token 0x${token.toString(16)}`, c.pos);
  }
}
