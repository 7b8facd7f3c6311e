/**
 * <search-panel>: one input that asks the decoder (a code, a KB number or a symbolic name goes
 * straight to its page; an unknown value is decoded in place), pagefind, or both, as
 * answer-query.ts decides. Arrow keys move through the options, Enter opens the chosen one.
 * The panel that owns the URL keeps the settled query in `?q=`, so a search can be shared.
 */
import { hasHan } from '../../i18n/han.ts';
import type { Lang } from '../../i18n/lang.ts';
import { searchStrings } from '../../i18n/search.ts';
import type { LookupAnswer } from '../../search/lookup.ts';
import { normalizeQuery } from '../../search/normalize-query.ts';
import type { FoundPage, ResultKind } from '../../search/results.ts';
import { answerQuery } from './answer-query.ts';
import { loadPagefind } from './pagefind-client.ts';
import { flushQueryUrl, queryInUrl, writeQueryToUrl } from './query-url.ts';
import { hashPanel, kbMissPanel } from '../kb-match/panels.ts';
import { codeMissPanel, decodePanel, hitOption, otherLanguagePanel, pageOption, setupExtendPanel } from './render.ts';

export class SearchPanel extends HTMLElement {
  readonly lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  input!: HTMLInputElement;
  private list!: HTMLElement;
  private status!: HTMLElement;
  private decode!: HTMLElement;
  private kind: ResultKind | 'all' = 'all';
  private active = -1;
  /** the options are guesses at a mistyped KB number: none is chosen until the arrow keys choose one */
  private guessing = false;
  private seq = 0;
  private scrolled = false;

  connectedCallback(): void {
    this.input = this.querySelector('input[type="search"]')!;
    this.list = this.querySelector('[role="listbox"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.decode = this.querySelector('.ut-search-decode-slot')!;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.openActive();
    });
    // an input method's text is not the query until it is committed (pinyin is not a code)
    this.input.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) void this.run();
    });
    this.input.addEventListener('compositionend', () => void this.run());
    // composing means Chinese, which only pagefind answers: fetch it while the words are chosen.
    // Not on focus: a pasted code needs only the lookup data, and pagefind is 150 KB.
    this.input.addEventListener('compositionstart', () => void loadPagefind().catch(() => undefined), { once: true });
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    // a click on a result leaves the page: the query goes into the URL first
    this.list.addEventListener('click', flushQueryUrl);
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
    const q = queryInUrl();
    if (!q) return false;
    this.input.value = q;
    void this.run();
    return true;
  }

  syncUrl(text: string, later = false): void {
    if (this.ownsUrl) writeQueryToUrl(text, later);
  }

  private options(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  /** `scroll`: bring the option into view; a fresh list needs no scrolling, only its first option chosen. */
  private setActive(index: number, scroll = true): void {
    const options = this.options();
    this.active = options.length ? (index + options.length) % options.length : -1;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const current = options[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      // scrollIntoView lays the page out at once: only when the arrow keys moved the choice
      if (scroll) {
        current.scrollIntoView({ block: 'nearest' });
        this.scrolled = true;
      }
    } else this.input.removeAttribute('aria-activedescendant');
  }

  /** No option chosen: the arrow keys choose the first (or, going up, the last). */
  private clearActive(): void {
    this.active = -1;
    for (const o of this.options()) o.setAttribute('aria-selected', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private openActive(): void {
    // Enter on a mistyped KB number opens none of its guesses: the reader picks one, or corrects the number
    if (this.guessing && this.active < 0) {
      this.status.textContent = searchStrings(this.lang).chooseGuess;
      return;
    }
    const target = this.options()[Math.max(this.active, 0)];
    if (!target) return;
    flushQueryUrl();
    location.assign(target.href);
  }

  private onKey(event: KeyboardEvent): void {
    // keys that choose or commit the input method's words are not for the list
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const up = event.key === 'ArrowUp';
      // with none chosen, down chooses the first and up the last
      this.setActive(this.active < 0 && up ? -1 : this.active + (up ? -1 : 1));
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
    const panels = [
      ...(answer.hash ? [hashPanel(answer.hash, this.lang)] : []),
      ...(answer.kbMiss ? [kbMissPanel(answer.kbMiss, this.lang)] : []),
      ...(answer.codeMiss ? [codeMissPanel(answer.codeMiss.typed, this.lang)] : []),
      ...(answer.unknown ? [decodePanel(answer.unknown, this.lang)] : []),
      ...(answer.setupExtend ? [setupExtendPanel(answer.setupExtend, this.lang)] : []),
    ];
    // a hash or a mistyped KB number is answered by its panel: a count of "results" would read as a match
    const told = answer.unknown || answer.hash || answer.kbMiss?.kind === 'near' || answer.codeMiss;
    // Chinese typed on the English pages may find a symptom by its Chinese words, but the Chinese pages say more
    const otherScript = this.lang === 'en' && hasHan(text);
    if (done && !told && ((!found.length && !hits.length) || otherScript) && text) panels.push(otherLanguagePanel(text, this.lang));
    this.decode.replaceChildren(...panels);
    // a panel's answer is said in the status line too, so a screen reader hears it (the panels are not live regions)
    const saidByPanel = answer.kbMiss || answer.codeMiss ? (panels.find((p) => p.classList.contains('ut-kb-miss'))?.textContent ?? '') : answer.unknown ? S.unknownHeading(answer.unknown.hex) : '';
    this.status.textContent = !done ? S.loading : told ? saidByPanel : found.length || hits.length ? S.results(hits.length + found.length, text) : S.none(text);
    // what a panel says is on the screen already: the status line says it to screen readers only
    this.status.classList.toggle('sr-only', done && !!told && saidByPanel !== '');
    // a list the arrow keys scrolled starts again at the top (writing scrollTop lays out too)
    if (this.scrolled) {
      this.list.scrollTop = 0;
      this.scrolled = false;
    }
    this.guessing = answer.kbMiss?.kind === 'near' || !!answer.codeMiss;
    if (this.guessing) this.clearActive();
    else this.setActive(0, false);
  }

  async run(): Promise<void> {
    const seq = ++this.seq;
    const current = () => seq === this.seq;
    const query = normalizeQuery(this.input.value);
    if (!query.text) {
      this.syncUrl('');
      this.show({ hits: [] }, [], '', true);
      this.status.textContent = '';
      return;
    }
    for await (const step of answerQuery(query, this.kind, this.lang, current)) {
      this.show(step.answer, step.pages, query.text, step.done);
      if (step.unavailable) this.status.textContent = searchStrings(this.lang).unavailable;
    }
    if (current()) this.syncUrl(query.text, true);
  }
}

customElements.define('search-panel', SearchPanel);
