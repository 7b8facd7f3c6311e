import type { FieldReader } from './fields.ts';

/** Every id listed under `field` must be known; the error points at the entry's line. */
export function checkReferences(read: FieldReader, field: string, ids: string[], known: { has(id: string): boolean }, what: string, hint: string): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) read.fail([field, i], `${field} names ${what} '${id}' that does not exist`, hint);
  });
}
