/**
 * Evidence lines behind a disclosure: filled in the first time it opens, so a report with
 * thousands of lines costs nothing until someone looks.
 */
import type { Evidence } from '../../analyzer/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { h } from './dom.ts';
import { where } from './context.ts';

/**
 * What an event means in the page's language: .evtx stores no message, the analyzer writes
 * one from the event data. The raw line stays beside it, so the fields remain visible.
 */
export function evidenceMessage(e: Evidence, lang: Lang): HTMLElement | null {
  return e.message ? h('span', { class: 'ut-an-message', lang: lang === 'zh-CN' ? 'zh-CN' : 'en' }, e.message[lang]) : null;
}

/** One evidence line as the page shows it: where it stands, its meaning when it has one, its text. */
export function evidenceLine(e: Evidence, lang: Lang): (HTMLElement | string | null)[] {
  return [h('span', { class: 'ut-an-where' }, where(e)), ' ', evidenceMessage(e, lang), e.message ? ' ' : null, h('code', { class: 'ut-an-line' }, e.text)];
}

export function evidenceList(summary: string, lines: readonly Evidence[], lang: Lang): HTMLDetailsElement {
  const details = h('details', { class: 'ut-an-evidence' }, h('summary', {}, summary));
  const fill = () => {
    details.removeEventListener('toggle', fill);
    details.append(
      h(
        'ol',
        {},
        ...lines.map((e) => h('li', {}, ...evidenceLine(e, lang))),
      ),
    );
  };
  details.addEventListener('toggle', fill);
  return details;
}
