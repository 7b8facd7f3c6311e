import { KINDS, PLACEHOLDER_LABEL, emptyCounts, type Kind, type KindCounts } from './kinds.ts';

/**
 * The one map from personal values to placeholders, shared by every file of an export:
 * the same value always becomes the same placeholder (`zhangsan` in CBS.log and in the
 * event export are both `<USER-1>`), so a reader can still follow one person or machine
 * across logs. Names compare without case, as Windows compares them.
 */
export class PlaceholderMap {
  private readonly maps = new Map<Kind, Map<string, string>>(KINDS.map((k) => [k, new Map()]));
  private readonly replaced = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  private readonly made = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  /** NetBIOS domain name → DNS domain key, so `CONTOSO\` and `.contoso.local` share one placeholder */
  private readonly netbios = new Map<string, string>();

  /** The placeholder for a value, made on first sight; counts one replacement. */
  take(kind: Kind, value: string): string {
    this.replaced.set(kind, this.replaced.get(kind)! + 1);
    return this.placeholder(kind, value);
  }

  /** The placeholder without counting a replacement (learning from a first pass). */
  placeholder(kind: Kind, value: string): string {
    const key = this.key(kind, value);
    const map = this.maps.get(kind)!;
    let found = map.get(key);
    if (!found) {
      const n = this.made.get(kind)! + 1;
      this.made.set(kind, n);
      found = `<${PLACEHOLDER_LABEL[kind]}-${n}>`;
      map.set(key, found);
    }
    return found;
  }

  has(kind: Kind, value: string): boolean {
    return this.maps.get(kind)!.has(this.key(kind, value));
  }

  /** Values seen of a kind (lower case), e.g. to find learned host names elsewhere in a line. */
  values(kind: Kind): string[] {
    return [...this.maps.get(kind)!.keys()];
  }

  counts(): KindCounts {
    const out = emptyCounts();
    for (const kind of KINDS) out[kind] = { replaced: this.replaced.get(kind)!, distinct: this.made.get(kind)! };
    return out;
  }

  /** Forget the replacement counts, keep the map (the second pass counts for real). */
  resetCounts(): void {
    for (const kind of KINDS) this.replaced.set(kind, 0);
  }

  private key(kind: Kind, value: string): string {
    const lower = value.toLowerCase();
    if (kind !== 'domain') return lower;
    if (lower.includes('.')) {
      // A DNS domain: its first label may already stand for the NetBIOS name.
      const label = lower.split('.')[0];
      const known = this.netbios.get(label);
      if (known === label && !this.maps.get('domain')!.has(lower)) {
        // Seen first as `CONTOSO\`: the DNS name takes over that placeholder.
        const map = this.maps.get('domain')!;
        map.set(lower, map.get(label)!);
      }
      if (!this.netbios.has(label)) this.netbios.set(label, lower);
      return lower;
    }
    const dns = this.netbios.get(lower);
    if (dns) return dns;
    this.netbios.set(lower, lower);
    return lower;
  }
}
