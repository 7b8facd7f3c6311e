import type { Element, Node, Substitution } from './binxml.ts';

/**
 * The fast path: most records fill a template whose System fields and Data elements are
 * plain text and values. For such a template a plan says, once per chunk, which value is
 * which field, and each record is read straight from its values, with no element tree.
 * Anything else (embedded BinXML, arrays in System, unusual shapes) takes the generic path,
 * which gives the same record. `planned.ts` reads a record by its plan.
 */
export type Content = (string | Substitution)[];

export interface Field {
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

/** Simple Data fields of a template that is one EventData element (event data embedded as BinXML), by template. */
const dataPlans = new WeakMap<Node[], Field[] | null>();

export function dataPlanOf(template: Node[]): Field[] | undefined {
  let plan = dataPlans.get(template);
  if (plan === undefined) {
    const roots = elementsOf(template);
    plan = (roots.length === 1 && roots.length === template.length && roots[0].name === 'EventData' && simpleFields(roots[0])) || null;
    dataPlans.set(template, plan);
  }
  return plan ?? undefined;
}
