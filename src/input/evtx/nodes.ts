/**
 * BinXML as read, before substitution: elements whose text and attribute values may be
 * placeholders for a record's values. Templates are parsed once per file and shared by
 * every record that instantiates them.
 */
export type Node = Element | string | Substitution | Instance;

export interface Element {
  kind: 'element';
  name: string;
  attrs: { name: string; value: Node[] }[];
  children: Node[];
}

/** Placeholder for value `index` of the enclosing template instance; `optional` ones vanish when empty. */
export interface Substitution {
  kind: 'substitution';
  index: number;
  optional: boolean;
}

/** A template instantiated with a record's values (offsets into the chunk). */
export interface Instance {
  kind: 'instance';
  template: Node[];
  values: Value[];
}

export interface Value {
  type: number;
  offset: number;
  size: number;
}
