/**
 * A long list (rows of a table, items of a list) drawn a step at a time: the first items now,
 * the rest behind a "show more" button that draws the next step per click. Nothing becomes
 * unreachable, and no task builds thousands of rows.
 */
import { h } from './dom.ts';
import { LIST_STEP } from './slices.ts';

/**
 * Appends the first `step` of `items` to `into` and returns the button that appends the next
 * ones (null when all fit). `label` says how many remain, in the page's language.
 */
export function showMore<T>(into: HTMLElement, items: readonly T[], draw: (item: T) => Node, label: (left: number) => string, step = LIST_STEP): HTMLButtonElement | null {
  let shown = 0;
  const next = () => {
    const end = Math.min(items.length, shown + step);
    const fragment = document.createDocumentFragment();
    for (; shown < end; shown++) fragment.append(draw(items[shown]));
    into.append(fragment);
  };
  next();
  if (shown >= items.length) return null;
  const button = h('button', { type: 'button', class: 'ut-an-button ut-an-more', 'data-more': '' }, label(items.length - shown));
  button.addEventListener('click', () => {
    next();
    if (shown >= items.length) button.remove();
    else button.textContent = label(items.length - shown);
  });
  return button;
}
