/**
 * A code table's source as the page's language names it. The data names the documents and log
 * lines that stand in for a header in English (`Microsoft documentation (MOSETUP)`, content/code-tables/docs);
 * header files keep their own names (`winerror.h`) in both languages.
 */
import type { Lang } from './lang.ts';

const DOCUMENT = /^Microsoft documentation \((.+)\)$/;
const PRINTED = /^(.+) \(name printed by Windows\)$/;

export function headerLabel(header: string, lang: Lang): string {
  if (lang === 'en') return header;
  let m = DOCUMENT.exec(header);
  if (m) return `Microsoft 文档（${m[1]}）`;
  m = PRINTED.exec(header);
  return m ? `${m[1]}（Windows 自己写出的名称）` : header;
}
