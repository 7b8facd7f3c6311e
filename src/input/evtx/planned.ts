/** Reading a record by its template's plan (see `plan.ts`): its fields straight from its values. */
import type { BinXmlParser, Node, Substitution, Value } from './binxml.ts';
import { eventData, type EventField, type EventRecord } from './event-record.ts';
import { EvtxFormatError } from './format-error.ts';
import { dataPlanOf, NO_PLAN, type Content, type EventPlan, type Field } from './plan.ts';
import { isEmpty, items, render, resolveNodes, type XmlElement } from './resolve.ts';
import { ValueType } from './values.ts';

/** The text of content filled with `values`; undefined where the element or attribute would be left out. */
function text(parser: BinXmlParser, c: Content | undefined, values: Value[]): string | undefined {
  if (!c) return undefined;
  if (c.length === 1 && typeof c[0] !== 'string') {
    const value = values[c[0].index];
    if (isEmpty(value)) return c[0].optional ? undefined : '';
    if (value.type === ValueType.BinXml || value.type & ValueType.Array) throw NO_PLAN;
    return render(parser, value);
  }
  let out = '';
  for (const part of c) {
    if (typeof part === 'string') out += part;
    else {
      const value = values[part.index];
      if (isEmpty(value)) continue;
      if (value.type === ValueType.BinXml || value.type & ValueType.Array) throw NO_PLAN;
      out += render(parser, value);
    }
  }
  return out;
}

function number(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The record a plan reads from a template's values; throws NO_PLAN when the values do not fit it. */
export function readPlanned(parser: BinXmlParser, plan: EventPlan, values: Value[]): EventRecord | undefined {
  parser.budget -= 8 + (plan.fields?.length ?? 0);
  if (parser.budget < 0) throw new EvtxFormatError('too many BinXML nodes in one chunk', 0);
  const eventId = number(text(parser, plan.eventId, values));
  if (eventId === undefined) return undefined;
  const record: EventRecord = {
    provider: text(parser, plan.provider, values) ?? text(parser, plan.source, values) ?? '',
    eventId,
    time: text(parser, plan.time, values) ?? '',
    data: plan.fields ? fields(parser, plan.fields, values) : plan.data ? generic(parser, [plan.data], values) : plan.embedded ? embedded(parser, plan.embedded, values) : [],
  };
  const level = number(text(parser, plan.level, values));
  if (level !== undefined) record.level = level;
  const channel = text(parser, plan.channel, values);
  if (channel !== undefined) record.channel = channel;
  const recordId = number(text(parser, plan.recordId, values));
  if (recordId !== undefined) record.recordId = recordId;
  const computer = text(parser, plan.computer, values);
  if (computer !== undefined) record.computer = computer;
  return record;
}

function fields(parser: BinXmlParser, plan: Field[], values: Value[]): EventField[] {
  const out: EventField[] = [];
  for (const field of plan) {
    const c = field.content;
    const value = c.length === 1 && typeof c[0] !== 'string' ? values[c[0].index] : undefined;
    if (value && value.type & ValueType.Array && value.type !== (ValueType.Array | ValueType.BinXml)) {
      // An array fills one element per item, as Windows renders it.
      for (const item of items(parser, value)) out.push({ name: field.name, value: item });
      continue;
    }
    const t = text(parser, c, values);
    if (t !== undefined) out.push({ name: field.name, value: t });
  }
  return out;
}

function generic(parser: BinXmlParser, nodes: Node[], values: Value[]): EventField[] {
  const event: XmlElement = { name: 'Event', attrs: {}, children: resolveNodes(parser, nodes, values) };
  return eventData(event);
}

/** Event data stored as BinXML in a value: a template instance of its own, planned the same way. */
function embedded(parser: BinXmlParser, sub: Substitution, values: Value[]): EventField[] {
  const value = values[sub.index];
  if (isEmpty(value)) return [];
  if (value.type !== ValueType.BinXml) throw NO_PLAN;
  const nodes = parser.fragment(value.offset, value.offset + value.size, 1);
  const instance = nodes.length === 1 && typeof nodes[0] !== 'string' && nodes[0].kind === 'instance' ? nodes[0] : undefined;
  if (!instance) return generic(parser, nodes, []);
  const plan = dataPlanOf(instance.template);
  return plan ? fields(parser, plan, instance.values) : generic(parser, nodes, []);
}
