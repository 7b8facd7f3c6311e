/**
 * DOM for a mistyped KB number and a pasted hash, shared by the search and lookup boxes and the
 * hash verifier. A near-miss hash is a red alert showing both values aligned with the differing
 * digits marked; it never links as a match.
 */
import type { Lang } from '../../i18n/lang.ts';
import { hashExact, hashNear, hashNearAdvice, hashNone, hashNotExpected, hashRowLabels, hashUnpublished, kbDidYouMean, kbNotInCatalog } from '../../i18n/kb-match.ts';
import type { HashMatch } from '../../kb/hash-match.ts';
import type { KbMatch } from '../../kb/near-kb.ts';
import { href } from '../../site/locale.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function kbLink(lang: Lang, kb: string): HTMLAnchorElement {
  const a = el('a', '', kb);
  a.href = href(lang, `kb/${kb.toLowerCase()}/`);
  return a;
}

/** "No KB6016623 — did you mean KB5016623 (…)?" with each candidate a link (they are also the list's options). */
export function kbMissPanel(miss: Exclude<KbMatch, { kind: 'exact' }>, lang: Lang): HTMLElement {
  const box = el('section', 'ut-kb-miss');
  box.dataset.match = `kb-${miss.kind}`;
  const text = miss.kind === 'near' ? kbDidYouMean(lang, miss.typed, miss.candidates.map((c) => c.fact)) : kbNotInCatalog(lang, miss.typed);
  box.append(el('p', '', el('strong', '', text)));
  return box;
}

/** One hash with the digits at `positions` (1-based) marked. */
function markedHash(hash: string, positions: Set<number>): HTMLElement {
  const code = el('code', '');
  let run = '';
  for (let i = 0; i < hash.length; i++) {
    if (!positions.has(i + 1)) {
      run += hash[i];
      continue;
    }
    if (run) code.append(run);
    run = '';
    code.append(el('mark', '', hash[i]));
  }
  if (run) code.append(run);
  return code;
}

/**
 * A hash checked against one KB (a KB page's own, or one a link names) that is not that KB's: the
 * panel of what it is, led by a warning that it is not the package meant. Only a match of the KB
 * itself is a success; another KB's exact hash is the wrong package, not a green result.
 */
export function expectedHashPanel(match: HashMatch, expected: { kb: string; sha256: string | null }, lang: Lang): HTMLElement {
  const other = match.kind !== 'none' && match.record.kb !== expected.kb;
  // An expected KB with no published hash cannot be told from a hash no record has: said as a chosen file's is.
  if (match.kind === 'none' && expected.sha256 === null) {
    const box = el('section', 'ut-hash-match ut-hash-match-none');
    box.dataset.match = 'unpublished';
    box.append(el('p', '', el('strong', '', hashUnpublished(lang, expected.kb))), el('p', '', el('code', '', match.sha256)));
    return box;
  }
  // Another package's exact hash: the warning names it, and its link follows, said once.
  const panel = other && match.kind === 'exact' ? el('section', '', el('p', '', kbLink(lang, match.record.kb))) : hashPanel(match, lang);
  if (!other && match.kind !== 'none') return panel;
  panel.className = `ut-hash-match ut-hash-match-other`;
  panel.dataset.match = match.kind === 'exact' ? 'other' : `other-${match.kind}`;
  panel.setAttribute('role', 'alert');
  panel.prepend(el('p', '', el('strong', '', hashNotExpected(lang, expected.kb, other ? { kind: match.kind, kb: match.record.kb } : undefined))));
  return panel;
}

export function hashPanel(match: HashMatch, lang: Lang): HTMLElement {
  const box = el('section', `ut-hash-match ut-hash-match-${match.kind}`);
  box.dataset.match = match.kind;
  if (match.kind === 'exact') {
    box.append(el('p', '', el('strong', '', hashExact(lang, match.record))), el('p', '', kbLink(lang, match.record.kb)));
    return box;
  }
  if (match.kind === 'none') {
    box.append(el('p', '', el('strong', '', hashNone(lang))), el('p', '', el('code', '', match.sha256)));
    return box;
  }
  box.setAttribute('role', 'alert');
  const positions = new Set(match.differences.map((d) => d.position));
  const labels = hashRowLabels(lang);
  const advice = hashNearAdvice(lang);
  const row = (label: string, hash: string, name: string) => {
    const tr = el('tr', '', el('th', '', label), el('td', '', markedHash(hash, positions)));
    tr.dataset.row = name;
    return tr;
  };
  box.append(
    el('p', '', el('strong', '', hashNear(lang, match.record.kb, match.differences))),
    el('table', 'ut-hash-compare', el('tbody', '', row(labels.typed, match.sha256, 'given'), row(labels.record, match.expected, 'record'))),
    el('p', '', advice[0], kbLink(lang, match.record.kb), advice[1]),
  );
  return box;
}
