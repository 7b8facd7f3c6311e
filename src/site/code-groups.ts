/** Groups of code pages for the browse indexes: by facility (HRESULT or NTSTATUS namespace) and by header. */
import type { CodeEntry } from '../catalog/types.ts';
import { hresultFields, ntstatusFields, shownFacility, type HresultFields } from '../hresult/fields.ts';

export interface CodeGroup {
  /** URL segment, lower-case ASCII */
  slug: string;
  label: string;
  codes: { value: string; names: string[] }[];
}

/** An entry is browsed under NTSTATUS facilities when its names are NTSTATUS names. */
function isNtStatus(entry: CodeEntry): boolean {
  return entry.names.length > 0 && entry.names.every((n) => n.kind === 'ntstatus');
}

function groupBy(entries: CodeEntry[], keyOf: (e: CodeEntry) => { slug: string; label: string }[]): CodeGroup[] {
  const groups = new Map<string, CodeGroup>();
  for (const entry of entries) {
    for (const { slug, label } of keyOf(entry)) {
      const group = groups.get(slug) ?? { slug, label, codes: [] };
      group.codes.push({ value: entry.value, names: entry.names.map((n) => n.name) });
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.slug.localeCompare(b.slug, 'en', { numeric: true }));
}

export function groupsByFacility(entries: CodeEntry[]): CodeGroup[] {
  return groupBy(entries, (entry) => {
    const v = Number(entry.value) >>> 0;
    const nt = isNtStatus(entry);
    const fields = nt ? ntstatusFields(v) : hresultFields(v);
    const facility = nt ? fields.facility : shownFacility(fields as HresultFields);
    // `HRESULT facility 56 (HRESULT 0x38)` where no header names it: headerLabel says it in the page's language
    const name = fields.facilityNames.map((f) => f.name).join(' / ') || `${nt ? 'NTSTATUS' : 'HRESULT'} facility ${facility}`;
    return [{ slug: `${nt ? 'ntstatus' : 'hresult'}-${facility}`, label: `${name} (${nt ? 'NTSTATUS' : 'HRESULT'} 0x${facility.toString(16).toUpperCase()})` }];
  });
}

export function groupsByHeader(entries: CodeEntry[]): CodeGroup[] {
  return groupBy(entries, (entry) =>
    [...new Set(entry.names.map((n) => n.header))].map((header) => ({ slug: header.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), label: header })),
  );
}
