/** DOM for the panel's options and the in-place decode. Text goes in as text; only pagefind's excerpts (escaped, with <mark>) as HTML. */
import type { Lang } from '../../i18n/lang.ts';
import type { DecodedReading } from '../../hresult/decode.ts';
import { LABELS } from '../../hresult/labels.ts';
import type { SetupExtend } from '../../hresult/setup-extend.ts';
import { searchStrings } from '../../i18n/search.ts';
import { decodeRows } from '../../search/decode-rows.ts';
import type { LookupHit } from '../../search/lookup.ts';
import { kindOf, type FoundPage } from '../../search/results.ts';
import { href } from '../../site/locale.ts';
import { codePath, queryPath } from '../../routes/index.ts';
import { LANGS } from '../../i18n/lang.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function option(id: string, url: string, kind: string, title: string): HTMLAnchorElement {
  const a = el('a', 'ut-search-option');
  a.id = id;
  a.href = url;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1;
  a.append(el('span', 'ut-search-kind', kind), el('span', 'ut-search-title', title));
  return a;
}

export function hitOption(id: string, hit: LookupHit, lang: Lang): HTMLAnchorElement {
  const S = searchStrings(lang);
  if (hit.kind === 'kb') return option(id, href(lang, hit.path), S.kinds.kb, `${hit.kb} · ${S.kbPage}`);
  const title = [hit.page, hit.name].filter(Boolean).join(' ');
  const a = option(id, href(lang, hit.path), S.kinds.code, title);
  a.dataset.lookup = hit.page;
  a.append(el('span', 'ut-search-excerpt', `${S.goTo} · ${S.formNames[hit.form] ?? hit.form}: ${hit.text}`));
  return a;
}

export function pageOption(id: string, page: FoundPage, lang: Lang): HTMLAnchorElement {
  const S = searchStrings(lang);
  const kind = kindOf(page);
  const a = option(id, page.url, kind ? S.kinds[kind] : '', page.meta.title ?? page.url);
  const excerpt = el('span', 'ut-search-excerpt');
  excerpt.innerHTML = page.excerpt;
  a.append(excerpt);
  return a;
}

export function decodePanel(reading: DecodedReading, lang: Lang): HTMLElement {
  const S = searchStrings(lang);
  const box = el('section', 'ut-search-decode');
  box.setAttribute('aria-label', S.unknownHeading(reading.hex));
  box.append(el('h3', '', S.unknownHeading(reading.hex)), el('p', '', S.unknownNote));
  const table = el('dl', 'ut-facts');
  for (const row of decodeRows(reading, lang)) table.append(el('dt', '', row.label), el('dd', '', row.value));
  box.append(table);
  if (reading.nearby.length) {
    box.append(el('h4', '', S.nearby));
    const list = el('ul', '');
    for (const near of reading.nearby) {
      const link = el('a', '', [near.value, near.names[0]].filter(Boolean).join(' '));
      link.href = href(lang, codePath(near.value));
      const item = el('li', '');
      item.append(link);
      list.append(item);
    }
    box.append(list);
  }
  return box;
}

/**
 * Where nothing matched: the same query in the other language's pages. Each language has its own
 * index, so words of the other language (哈希 on an English page) find nothing here.
 */
export function otherLanguagePanel(query: string, lang: Lang): HTMLElement {
  const other = LANGS.find((l) => l !== lang)!;
  const box = el('p', 'ut-search-other-language');
  const link = el('a', '', searchStrings(lang).otherLanguage(query));
  link.href = href(other, queryPath(query));
  link.hreflang = other;
  box.append(link);
  return box;
}

/** `0x8007005`: a code one digit short; the codes one digit away are the list's options. */
export function codeMissPanel(typed: string, lang: Lang): HTMLElement {
  const box = el('section', 'ut-kb-miss');
  box.dataset.match = 'code-short';
  const line = el('p', '');
  line.append(el('strong', '', searchStrings(lang).codeDigitShort(typed)));
  box.append(line);
  return box;
}

/** `0xC1900101 - 0x20017`: the extend code's phase and operation, as Microsoft's table names them. */
export function setupExtendPanel(extend: SetupExtend, lang: Lang): HTMLElement {
  const L = LABELS[lang];
  const hex = (n: number) => '0x' + n.toString(16).toUpperCase();
  const box = el('section', 'ut-search-decode');
  box.dataset.match = 'setup-extend';
  box.append(el('h3', '', `${L.setupExtend} ${hex(extend.value)}`));
  const table = el('dl', 'ut-facts');
  table.append(el('dt', '', `${L.phase} ${extend.phase}`), el('dd', '', extend.phaseName ?? L.unknown));
  table.append(el('dt', '', `${L.operation} ${hex(extend.operation)}`), el('dd', '', extend.operationName ?? L.unknown));
  const source = el('a', '', extend.source);
  source.href = extend.source;
  const from = el('p', '');
  from.append(source);
  box.append(table, from);
  return box;
}
