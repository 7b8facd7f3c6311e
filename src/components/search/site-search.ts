/**
 * <site-search>: the header's button and dialog. Ctrl+K (⌘K) toggles it, `/` opens it when
 * the focus is not in a text field, Esc closes it. A shared `?q=` link opens it with the
 * query, unless the page has its own inline panel (the home page).
 */
import type { SearchPanel } from './search-panel.ts';
import './search-panel.ts';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const dialog = this.querySelector('dialog')!;
    const panel = this.querySelector<SearchPanel>('search-panel')!;
    const open = () => {
      if (!dialog.open) dialog.showModal();
      panel.input.focus();
      panel.input.select();
    };
    this.querySelector('button[data-open-modal]')!.addEventListener('click', open);
    this.querySelector('button[data-close-modal]')!.addEventListener('click', () => dialog.close());
    // a click on the backdrop lands on the dialog itself, outside its frame
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    dialog.addEventListener('close', () => panel.syncUrl(''));
    // Esc in a search field with text would only clear the text (Chromium 156): one Esc closes the
    // dialog, as its hint says. Not while an input method is composing, where Esc drops the words.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      dialog.close();
    });
    window.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else open();
      } else if (event.key === '/' && !dialog.open && !isTyping(event.target)) {
        event.preventDefault();
        open();
      }
    });
    // the inline panel, when the page has one, owns ?q=; otherwise the dialog does
    if (!document.querySelector('search-panel[data-owns-url]')) {
      panel.setAttribute('data-owns-url', '');
      if (panel.runFromUrl()) open();
    }
  }
}

customElements.define('site-search', SiteSearch);
