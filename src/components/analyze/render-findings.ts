/** Findings: what the rules saw, one card per code (groupFindings), with links to the code, KB and runbook, and its evidence lines. */
import type { Evidence } from '../../analyzer/index.ts';
import { groupFindings, type FindingGroup } from '../../analyzer/report/finding-groups.ts';
import type { RenderContext } from './context.ts';
import { codeLink, kbLink, runbookTitle, section } from './context.ts';
import { h } from './dom.ts';
import { evidenceLine, evidenceList } from './evidence-list.ts';

export function renderFindings(ctx: RenderContext): HTMLElement | null {
  const { report, s } = ctx;
  if (!report.findings.length) return null;
  return section('findings', s.findings, h('ul', { class: 'ut-an-findings' }, ...groupFindings(report.findings).map((f) => finding(ctx, f))));
}

function finding(ctx: RenderContext, f: FindingGroup): HTMLElement {
  const { s, lang } = ctx;
  const links: (Node | string)[] = [];
  if (f.links.code ?? f.code) links.push(codeLink(ctx, (f.links.code ?? f.code)!));
  for (const kb of f.links.kbs) links.push(kbLink(ctx, kb));
  for (const id of f.links.runbooks) links.push(h('a', { href: ctx.links.runbook(id) }, runbookTitle(ctx, id)));
  return h(
    'li',
    { class: f.cleared ? 'ut-an-finding ut-an-cleared' : 'ut-an-finding', 'data-rule': f.rules.join(' ') },
    h('strong', {}, f.title[lang]),
    ' ',
    h('span', { class: 'ut-an-file' }, f.file),
    links.length ? h('div', { class: 'ut-an-links' }, ...links.flatMap((l, i) => (i ? [' · ', l] : [l]))) : null,
    f.evidence.length ? evidenceList(s.evidence(f.evidence.length), f.evidence, lang) : null,
    f.cleared ? cleared(ctx, f.cleared) : null,
  );
}

/** The line that shows what the finding saw is gone: in view, as it decides how to read the finding. */
function cleared(ctx: RenderContext, line: Evidence): HTMLElement {
  return h('p', { class: 'ut-an-cleared-by' }, ctx.s.findingCleared, ' ', ...evidenceLine(line, ctx.lang));
}
