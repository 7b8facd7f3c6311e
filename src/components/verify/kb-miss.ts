/**
 * /verify/?kb=KB6016623: the KB the link names is no record's. The search box's "did you mean"
 * panel says so, and each candidate links to /verify/ checking against it.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { KbMatch } from '../../kb/near-kb.ts';
import { kbMissPanel } from '../kb-match/panels.ts';

export function showKbMiss(root: HTMLElement, miss: Exclude<KbMatch, { kind: 'exact' }>, langRoot: string): void {
  const box = root.querySelector<HTMLElement>('[data-role="kb-miss"]');
  if (!box) return;
  const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  box.querySelector('[data-role="kb-miss-panel"]')?.replaceChildren(kbMissPanel(miss, lang));
  const candidates = miss.kind === 'near' ? miss.candidates.map((c) => c.fact.kb) : [];
  const links = candidates.flatMap((kb, i) => {
    const a = document.createElement('a');
    a.href = `${langRoot}verify/?kb=${kb}`;
    a.textContent = kb;
    return i ? [' ', a] : [a];
  });
  box.querySelector('[data-role="kb-miss-links"]')?.replaceChildren(...links);
  box.querySelector<HTMLElement>('[data-role="kb-miss-check"]')!.hidden = !candidates.length;
  box.hidden = false;
}
