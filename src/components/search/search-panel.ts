/**
 * <search-panel>: one input that first asks the decoder (a code, a KB number or a symbolic
 * name goes straight to its page; an unknown value is decoded in place) and then pagefind.
 * Arrow keys move through the options, Enter opens the chosen one. The panel that owns the
 * URL keeps the query in `?q=`, so a search can be shared as a link.
 */
import type { Lang } from '../../catalog/types.ts';
import { searchStrings } from '../../i18n/search.ts';
import { lookUp, type LookupAnswer } from '../../search/lookup.ts';
import { normalizeQuery, type NormalizedQuery } from '../../search/normalize-query.ts';
import type { FoundPage, ResultKind } from '../../search/results.ts';
import { titleMatches, titlePage } from '../../search/title-index.ts';
import { href } from '../../site/locale.ts';
import { loadLookupData, mayNameCode } from './lookup-client.ts';
import { loadPagefind, searchPages } from './pagefind-client.ts';
import { decodePanel, hitOption, pageOption } from './render.ts';
import { loadTitles } from './titles-client.ts';

export const QUERY_PARAM = 'q';

export class SearchPanel extends HTMLElement {
  readonly lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  input!: HTMLInputElement;
  private list!: HTMLElement;
  private status!: HTMLElement;
  private decode!: HTMLElement;
  private kind: ResultKind | 'all' = 'all';
  private active = -1;
  private seq = 0;

  connectedCallback(): void {
    this.input = this.querySelector('input[type="search"]')!;
    this.list = this.querySelector('[role="listbox"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.decode = this.querySelector('.ut-search-decode-slot')!;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.openActive();
    });
    this.input.addEventListener('input', () => void this.run());
    // someone about to type: fetch pagefind and its language's index meanwhile (the lookup data waits for typing)
    this.input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((radio) =>
      radio.addEventListener('change', () => {
        this.kind = radio.value as ResultKind | 'all';
        void this.run();
      }),
    );
  }

  get ownsUrl(): boolean {
    return this.hasAttribute('data-owns-url');
  }

  /** Runs the query in the URL, if any; returns whether there was one. */
  runFromUrl(): boolean {
    const q = new URL(location.href).searchParams.get(QUERY_PARAM);
    if (!q) return false;
    this.input.value = q;
    void this.run();
    return true;
  }

  syncUrl(text: string): void {
    if (!this.ownsUrl) return;
    const url = new URL(location.href);
    if (text) url.searchParams.set(QUERY_PARAM, text);
    else url.searchParams.delete(QUERY_PARAM);
    history.replaceState(history.state, '', url);
  }

  private options(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  private setActive(index: number): void {
    const options = this.options();
    this.active = options.length ? (index + options.length) % options.length : -1;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const current = options[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private openActive(): void {
    const target = this.options()[Math.max(this.active, 0)];
    if (target) location.assign(target.href);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.setActive(this.active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.openActive();
    }
  }

  private show(answer: LookupAnswer, pages: FoundPage[], text: string, done: boolean): void {
    const S = searchStrings(this.lang);
    const prefix = this.list.id;
    const hits = answer.hits.map((hit, i) => hitOption(`${prefix}-hit-${i}`, hit, this.lang));
    const found = pages.filter((p) => !hits.some((h) => h.href === new URL(p.url, location.href).href));
    this.list.replaceChildren(...hits, ...found.map((page, i) => pageOption(`${prefix}-page-${i}`, page, this.lang)));
    this.list.hidden = this.list.childElementCount === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.decode.replaceChildren(...(answer.unknown ? [decodePanel(answer.unknown, this.lang)] : []));
    this.status.textContent = !done ? S.loading : found.length || hits.length ? S.results(hits.length + found.length, text) : answer.unknown ? '' : S.none(text);
    this.setActive(0);
  }

  /** Pages the lookup names; a lookup that cannot load leaves the full-text search to answer. */
  private async lookup(query: NormalizedQuery): Promise<LookupAnswer> {
    if (!mayNameCode(query.text) || !['all', 'code', 'kb'].includes(this.kind)) return { hits: [] };
    try {
      const answer = lookUp(query, await loadLookupData());
      return this.kind === 'all' ? answer : { ...answer, hits: answer.hits.filter((h) => h.kind === this.kind) };
    } catch {
      return { hits: [] };
    }
  }

  /** Written pages whose title holds the query; a code or KB number is the lookup's job. */
  private async byTitle(query: NormalizedQuery): Promise<FoundPage[]> {
    if (query.codeLike || query.kb) return [];
    const rows = await loadTitles(this.lang).catch(() => []);
    return titleMatches(rows, query.text, this.kind).map((row) => titlePage(row, href(this.lang, row[0])));
  }

  async run(): Promise<void> {
    const seq = ++this.seq;
    const current = () => seq === this.seq;
    const query = normalizeQuery(this.input.value);
    this.syncUrl(query.text);
    if (!query.text) {
      this.show({ hits: [] }, [], '', true);
      this.status.textContent = '';
      return;
    }
    const pending = searchPages(query, this.kind, current, this.byTitle(query));
    pending.catch(() => undefined);
    const answer = await this.lookup(query);
    if (!current()) return;
    this.show(answer, [], query.text, false);
    try {
      const pages = await pending;
      if (pages && current()) this.show(answer, pages, query.text, true);
    } catch {
      if (!current()) return;
      this.show(answer, [], query.text, true);
      this.status.textContent = searchStrings(this.lang).unavailable;
    }
  }
}

customElements.define('search-panel', SearchPanel);
