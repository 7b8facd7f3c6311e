/**
 * The structural decode of a value no page covers, as label/value rows for the lookup box:
 * the same fields a code page shows, in the page's language, without the page.
 */
import type { Lang } from '../i18n/lang.ts';
import { LABELS } from '../hresult/labels.ts';
import { shownFacility } from '../hresult/fields.ts';
import type { Reading } from '../hresult/lookup.ts';

export interface DecodeRow {
  label: string;
  value: string;
}

const hex = (n: number): string => '0x' + n.toString(16).toUpperCase();

export function decodeRows(reading: Reading, lang: Lang): DecodeRow[] {
  const L = LABELS[lang];
  const h = reading.hresult;
  const facility = h.facilityNames.map((f) => f.name).join(' / ') || L.unknownFacility;
  const flags = [h.reserved && 'R', h.customer && 'C', h.nt && 'N', h.x && 'X'].filter(Boolean).join(' ') || '—';
  const rows: DecodeRow[] = [
    { label: L.decimal, value: `${reading.signed} / ${reading.unsigned}` },
    { label: `${L.asHresult} · ${L.severity}`, value: `${h.severity ? L.failure : L.success} (${h.severity})` },
    { label: `${L.asHresult} · ${L.flags}`, value: flags },
    { label: `${L.asHresult} · ${L.facility}`, value: `${facility} (${hex(shownFacility(h))}, ${shownFacility(h)})` },
    { label: `${L.asHresult} · ${L.code}`, value: `${hex(h.code)} (${h.code})` },
  ];
  const nt = reading.ntstatus;
  if (nt) {
    const ntFacility = nt.facilityNames.map((f) => f.name).join(' / ') || L.unknownFacility;
    rows.push({ label: L.asNtstatus, value: [L.ntSeverity[nt.severityName], `${L.facility} ${ntFacility} (${hex(nt.facility)})`, `${L.code} ${hex(nt.code)}`].join(lang === 'en' ? ', ' : '，') });
  }
  const weak = reading.matches.filter((m) => m.weak);
  if (weak.length) rows.push({ label: L.weakHeading, value: weak.map((m) => m.name).join(', ') });
  return rows;
}
