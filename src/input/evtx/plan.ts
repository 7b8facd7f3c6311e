import type { BinXmlParser, Element, Node, Substitution, Value } from './binxml.ts';
import { eventData, type EventField, type EventRecord } from './event-record.ts';
import { EvtxFormatError } from './format-error.ts';
import { isEmpty, items, render, resolveNodes, type XmlElement } from './resolve.ts';
import { ValueType } from './values.ts';

/**
 * The fast path: most records fill a template whose System fields and Data elements are
 * plain text and values. For such a template a plan says, once per chunk, which value is
 * which field, and each record is read straight from its values, with no element tree.
 * Anything else (embedded BinXML, arrays in System, unusual shapes) takes the generic path,
 * which gives the same record.
 */
type Content = (string | Substitution)[];

interface Field {
  name: string;
  content: Content;
}

export interface EventPlan {
  provider?: Content;
  source?: Content;
  eventId: Content;
  level?: Content;
  time?: Content;
  recordId?: Content;
  channel?: Content;
  computer?: Content;
  /** simple `<Data>` elements, or the EventData/UserData element for the generic path */
  fields?: Field[];
  data?: Element;
  /** a value holding the event data as BinXML of its own (how System logs store it) */
  embedded?: Substitution;
}

/** Thrown when a record's values do not fit its plan: the caller reads the record the generic way. */
export const NO_PLAN = Symbol('no plan');

const plans = new WeakMap<Node[], EventPlan | null>();

export function planOf(template: Node[]): EventPlan | undefined {
  let plan = plans.get(template);
  if (plan === undefined) {
    plan = compile(template) ?? null;
    plans.set(template, plan);
  }
  return plan ?? undefined;
}

const elementsOf = (nodes: Node[]) => nodes.filter((n): n is Element => typeof n !== 'string' && n.kind === 'element');

/** Text and values only, or null. */
function content(nodes: Node[]): Content | null {
  return nodes.every((n) => typeof n === 'string' || n.kind === 'substitution') ? (nodes as Content) : null;
}

function attribute(e: Element, name: string): Content | undefined | null {
  const attr = e.attrs.find((a) => a.name === name);
  return attr ? content(attr.value) : undefined;
}

function compile(template: Node[]): EventPlan | undefined {
  const roots = elementsOf(template);
  const event = roots.length === 1 && roots[0].name === 'Event' ? roots[0] : undefined;
  const system = event && elementsOf(event.children).find((e) => e.name === 'System');
  const provider = system && elementsOf(system.children).find((e) => e.name === 'Provider');
  const eventId = system && elementsOf(system.children).find((e) => e.name === 'EventID');
  if (!event || !system || !provider || !eventId) return undefined;
  const subs = event.children.filter((n): n is Substitution => typeof n !== 'string' && n.kind === 'substitution');
  if (subs.length > 1 || event.children.some((n) => typeof n !== 'string' && n.kind === 'instance')) return undefined;
  const plan: Partial<Record<keyof EventPlan, unknown>> = {
    provider: attribute(provider, 'Name'),
    source: attribute(provider, 'EventSourceName'),
    eventId: content(eventId.children),
  };
  const simple: Record<string, keyof EventPlan> = { Level: 'level', EventRecordID: 'recordId', Channel: 'channel', Computer: 'computer' };
  for (const e of elementsOf(system.children)) {
    if (simple[e.name]) plan[simple[e.name]] ??= content(e.children);
    else if (e.name === 'TimeCreated') plan.time ??= attribute(e, 'SystemTime');
  }
  if (Object.values(plan).some((v) => v === null)) return undefined;
  const data = elementsOf(event.children).find((e) => e.name === 'EventData' || e.name === 'UserData');
  if (subs.length && data) return undefined;
  if (subs.length) plan.embedded = subs[0];
  else if (data) {
    const fields = data.name === 'EventData' ? simpleFields(data) : undefined;
    if (fields) plan.fields = fields;
    else plan.data = data;
  }
  return plan as EventPlan;
}

/** `<Data Name="…">value</Data>` children with literal names, or undefined. */
function simpleFields(data: Element): Field[] | undefined {
  const fields: Field[] = [];
  for (const node of data.children) {
    if (typeof node === 'string') continue;
    if (node.kind !== 'element' || node.attrs.some((a) => a.value.some((v) => typeof v !== 'string'))) return undefined;
    const c = content(node.children);
    if (!c) return undefined;
    const name = node.attrs.find((a) => a.name === 'Name');
    fields.push({ name: name ? (name.value as string[]).join('') : node.name, content: c });
  }
  return fields;
}

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

/** Simple Data fields of a template that is one EventData element, by template. */
const dataPlans = new WeakMap<Node[], Field[] | null>();

/** Event data stored as BinXML in a value: a template instance of its own, planned the same way. */
function embedded(parser: BinXmlParser, sub: Substitution, values: Value[]): EventField[] {
  const value = values[sub.index];
  if (isEmpty(value)) return [];
  if (value.type !== ValueType.BinXml) throw NO_PLAN;
  const nodes = parser.fragment(value.offset, value.offset + value.size, 1);
  const instance = nodes.length === 1 && typeof nodes[0] !== 'string' && nodes[0].kind === 'instance' ? nodes[0] : undefined;
  if (!instance) return generic(parser, nodes, []);
  let plan = dataPlans.get(instance.template);
  if (plan === undefined) {
    const roots = elementsOf(instance.template);
    plan = (roots.length === 1 && roots.length === instance.template.length && roots[0].name === 'EventData' && simpleFields(roots[0])) || null;
    dataPlans.set(instance.template, plan);
  }
  return plan ? fields(parser, plan, instance.values) : generic(parser, nodes, []);
}
