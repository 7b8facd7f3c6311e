/**
 * Evidence lines behind a disclosure: filled in the first time it opens, so a report with
 * thousands of lines costs nothing until someone looks.
 */
import type { Evidence } from '../../analyzer/index.ts';
import { h } from './dom.ts';
import { where } from './context.ts';

export function evidenceList(summary: string, lines: readonly Evidence[]): HTMLDetailsElement {
  const details = h('details', { class: 'ut-an-evidence' }, h('summary', {}, summary));
  const fill = () => {
    details.removeEventListener('toggle', fill);
    details.append(
      h(
        'ol',
        {},
        ...lines.map((e) => h('li', {}, h('span', { class: 'ut-an-where' }, where(e)), ' ', h('code', { class: 'ut-an-line' }, e.text))),
      ),
    );
  };
  details.addEventListener('toggle', fill);
  return details;
}
