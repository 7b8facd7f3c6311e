/**
 * A decode result as Err.exe-like text: one block per reading, names first with their
 * header, then the HRESULT (and NTSTATUS) fields, the relations, and weaker re-readings
 * last and marked. Comment lines start with `#`, as in Err.exe.
 */
import type { Lang } from '../i18n/lang.ts';
import { toHex } from './code-names.ts';
import type { DecodeResult, DecodedReading } from './decode.ts';
import { LABELS, type Labels } from './labels.ts';
import { shownFacility } from './fields.ts';
import type { Match } from './lookup.ts';
import type { Relation } from './relations.ts';

const hex = (n: number) => '0x' + n.toString(16).toUpperCase();

function nameLine(m: Match, l: Labels): string {
  const via = l.via[m.via];
  return `  ${m.name.padEnd(44)} ${m.header}${via ? `   (${via})` : ''}`;
}

function relationLine(r: Relation): string {
  const inner =
    r.kind === 'HRESULT_FROM_WIN32' || r.kind === 'NTSTATUS_FROM_WIN32'
      ? `Win32 ${r.inner} (${hex(r.inner)})`
      : r.kind === 'HRESULT_FROM_NT'
        ? `NTSTATUS ${toHex(r.inner)}`
        : `setupapi.h ${toHex(r.inner)}`;
  return `#   ${r.kind}: ${inner} -> ${toHex(r.hresult)}`;
}

function fieldsLine(r: DecodedReading, l: Labels): string {
  const f = r.hresult;
  const facility = f.facilityNames.map((n) => n.name).join(' / ') || l.unknownFacility;
  const flags = `R=${+f.reserved} C=${+f.customer} N=${+f.nt} X=${+f.x}`;
  return `# ${l.asHresult}: ${l.severity}: ${f.severity ? l.failure : l.success} (${f.severity}), ${facility} (${hex(shownFacility(f))}), ${l.code} ${hex(f.code)} (${f.code}); ${l.flags} ${flags}`;
}

function readingBlock(r: DecodedReading, l: Labels): string[] {
  const lines = [`# ${r.hex} / ${l.decimal} ${r.signed}${r.signed !== r.unsigned ? ` / ${r.unsigned}` : ''}   [${l.readingOf(l.forms[r.form] ?? r.form, r.text)}]`];
  const strong = r.matches.filter((m) => !m.weak);
  const weak = r.matches.filter((m) => m.weak);
  if (strong.length) lines.push(...strong.map((m) => nameLine(m, l)));
  else lines.push(`# ${l.noName}`);
  lines.push(fieldsLine(r, l));
  if (r.ntstatus) {
    const n = r.ntstatus;
    const facility = n.facilityNames.map((x) => x.name).join(' / ') || l.unknownFacility;
    lines.push(`# ${l.asNtstatus}: ${l.severity}: ${l.ntSeverity[n.severityName]} (${n.severity}), ${facility} (${hex(n.facility)}), ${l.code} ${hex(n.code)}`);
  }
  if (r.relations.length) lines.push(`# ${l.relations}:`, ...r.relations.map(relationLine));
  if (!strong.length && r.nearby.length) {
    lines.push(`# ${l.nearby}:`, ...r.nearby.map((n) => `#   ${n.value}  ${n.names.join(', ')}`));
  }
  if (weak.length) {
    lines.push(`# ${l.weakHeading} (${hex(r.value & 0xffff)} = ${r.value & 0xffff}); ${l.weakNote}:`);
    lines.push(...weak.map((m) => `  ${m.name.padEnd(44)} ${m.header}   [${l.via['low-word']}]`));
  }
  return lines;
}

export function formatDecodeText(result: DecodeResult, lang: Lang = 'en'): string {
  const l = LABELS[lang];
  if (!result.readings.length) return `# ${l.nothing(result.input)}\n`;
  const blocks = result.readings.map((r) => readingBlock(r, l).join('\n'));
  if (result.setup) {
    const e = result.setup.extend;
    blocks.push(
      [
        `# ${l.setupExtend} ${hex(e.value)}:`,
        `#   ${l.phase} ${e.phase}: ${e.phaseName ?? l.unknown}`,
        `#   ${l.operation} ${hex(e.operation)}: ${e.operationName ?? l.unknown}`,
        `#   ${e.source}`,
      ].join('\n'),
    );
  }
  blocks.push(`# ${l.matches(result.matchCount, result.input)}`);
  return blocks.join('\n') + '\n';
}
