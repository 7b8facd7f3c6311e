import type { Bytes } from './bytes.ts';
import { readSchema, type Schema } from './schema.ts';

/**
 * Every event carries its provider's name and its own schema, the same bytes each time: each is
 * decoded once per file and found again by its bytes (a hash, then a byte comparison).
 */
export class KnownSchemas {
  private readonly schemas = new BytesMap<Schema>();
  private readonly providers = new BytesMap<string>();

  schema(b: Bytes, [start, end]: [number, number]): Schema {
    return this.schemas.get(b.slice(start, end - start), () => readSchema(b, start, end));
  }

  provider(b: Bytes, [start, end]: [number, number]): string {
    return this.providers.get(b.slice(start, end - start), () => b.utf8z(start, end).text);
  }
}

/** Values found by the bytes they were read from; at most MAX_KNOWN are kept. */
class BytesMap<T> {
  private readonly entries = new Map<number, { bytes: Uint8Array; value: T }[]>();
  private size = 0;

  get(bytes: Uint8Array, read: () => T): T {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const bucket = this.entries.get(h);
    const found = bucket?.find((e) => sameBytes(e.bytes, bytes));
    if (found) return found.value;
    const value = read();
    if (this.size++ < MAX_KNOWN) {
      const entry = { bytes: bytes.slice(), value };
      if (bucket) bucket.push(entry);
      else this.entries.set(h, [entry]);
    }
    return value;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Distinct schemas kept; a file with more (damage, or a hostile one) decodes the rest each time. */
const MAX_KNOWN = 4096;
