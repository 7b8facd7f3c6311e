/**
 * One delegated handler for every copy button: `data-copy` (literal text), `data-copy-from`
 * (id of an element whose text is copied, its links made whole) or `data-copy-anchor` (absolute
 * link to #anchor).
 */
import { escapeRegExp } from '../redact/patterns.ts';

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Intranet sites are often plain http, where the async clipboard API does not exist.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/**
 * Text built at build time links to the page by its path (`data-url-path`), as the site's address
 * is known only here: a reply pasted into an e-mail needs the links whole.
 */
function withWholeLinks(source: HTMLElement): string | undefined {
  const text = source.textContent ?? undefined;
  const path = source.dataset.urlPath;
  if (!text || !path) return text;
  const own = text.split(path).join(new URL(path, location.href).href);
  // Links a step's text gives to other pages, written `(…/runbooks/x/)` from the site's root (runbook/plain-text.ts).
  const at = path.indexOf('/runbooks/');
  const root = at >= 0 ? path.slice(0, at + 1) : undefined;
  return root ? own.replace(new RegExp(`\\(${escapeRegExp(root)}(?=[a-z])`, 'g'), `(${new URL(root, location.href).href}`) : own;
}

function textFor(button: HTMLElement): string | undefined {
  if (button.dataset.copy !== undefined) return button.dataset.copy;
  if (button.dataset.copyFrom) {
    const source = document.getElementById(button.dataset.copyFrom);
    return source ? withWholeLinks(source) : undefined;
  }
  if (button.dataset.copyAnchor) return new URL(`#${button.dataset.copyAnchor}`, location.href).href;
  return undefined;
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-copy],[data-copy-from],[data-copy-anchor]');
  const text = button && textFor(button);
  if (!button || text === undefined || text === null) return;
  await writeClipboard(text.trim());
  const label = button.dataset.copiedLabel;
  if (!label) return;
  const original = button.textContent;
  button.textContent = label;
  setTimeout(() => (button.textContent = original), 1500);
});
