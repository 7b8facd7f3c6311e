/**
 * A code table's source, or a facility group, as the page's language names it. The data names the documents and log
 * lines that stand in for a header in English (`Microsoft documentation (MOSETUP)`, content/code-tables/docs);
 * header files keep their own names (`winerror.h`) in both languages.
 */
import type { Lang } from './lang.ts';

const DOCUMENT = /^Microsoft documentation \((.+)\)$/;
const PRINTED = /^(.+) \(name printed by Windows\)$/;

/** A facility group's label (site/code-groups.ts): `FACILITY_WIN32 (HRESULT 0x7)`, or `HRESULT facility 56 (HRESULT 0x38)` where nothing names it. */
const FACILITY_GROUP = /^(?:(HRESULT|NTSTATUS) facility (\d+)|(FACILITY_.+?)) \(((?:HRESULT|NTSTATUS) 0x[0-9A-F]+)\)$/;

export function headerLabel(header: string, lang: Lang): string {
  if (lang === 'en') return header;
  let m = FACILITY_GROUP.exec(header);
  if (m) return `${m[3] ?? `未命名的设施 ${m[2]}`}（${m[4]}）`;
  m = DOCUMENT.exec(header);
  if (m) return `Microsoft 文档（${m[1]}）`;
  m = PRINTED.exec(header);
  return m ? `${m[1]}（Windows 自己写出的名称）` : header;
}
