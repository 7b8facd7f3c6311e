/**
 * The reply composer under a report: a language switch, the reply in a read-only text box,
 * and buttons that copy it as plain text or as Markdown. The catalog data it needs is one
 * static file, fetched when the panel is first shown.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Report } from '../../analyzer/index.ts';
import { LANGS, bracketed, labelColon } from '../../i18n/lang.ts';
import { composeReply } from '../../reply/compose.ts';
import { symptomsForCause } from '../../catalog/symptom-links.ts';
import type { ReplyData } from '../../reply/data.ts';
import { replyStrings } from '../../i18n/reply.ts';
import { h } from './dom.ts';
// The site's one delegated copy handler (data-copy buttons, plain-http fallback included).
import '../../scripts/copy.ts';

let data: Promise<ReplyData> | undefined;

function replyData(base: string): Promise<ReplyData> {
  data ??= fetch(`${base}data/reply-data.json`).then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.json() as Promise<ReplyData>;
  });
  data.catch(() => (data = undefined)); // a failed fetch is retried by the next report
  return data;
}

export function mountReplyPanel(container: HTMLElement, report: Report, lang: Lang): void {
  const s = replyStrings(lang);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const siteUrl = new URL(base, location.origin).href;
  const status = h('p', { class: 'ut-reply-status', role: 'status' }, s.loading);
  const area = h('textarea', { class: 'ut-reply-text', readonly: '', rows: '18', spellcheck: 'false', 'aria-label': s.textLabel, 'data-reply': '' });
  area.style.width = '100%';
  const copyText = h('button', { type: 'button', class: 'ut-an-button', 'data-copy-reply': 'text', 'data-copied-label': s.copied, disabled: '' }, s.copyText);
  const copyMarkdown = h('button', { type: 'button', class: 'ut-an-button', 'data-copy-reply': 'markdown', 'data-copied-label': s.copied, disabled: '' }, s.copyMarkdown);
  const name = `ut-reply-lang-${Math.random().toString(36).slice(2, 8)}`;
  const radios = LANGS.map((l) => {
    const input = h('input', { type: 'radio', name, value: l });
    input.checked = l === lang;
    return h('label', { lang: l }, input, ' ', s.languages[l]);
  });
  const switcher = h('fieldset', { class: 'ut-reply-langs' }, h('legend', {}, s.language), ...radios);
  const symptom = h('select', { id: `${name}-symptom`, class: 'ut-reply-symptom' });
  const symptomField = h('p', {}, h('label', { for: `${name}-symptom` }, `${s.symptom}${labelColon(lang)}`), symptom);
  const headingId = `${name}-h`;
  container.append(
    h('section', { class: 'ut-an-section ut-reply', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, s.heading),
      h('p', {}, s.lead),
      switcher,
      symptomField,
      area,
      h('div', { class: 'ut-an-actions' }, copyText, copyMarkdown),
      status),
  );

  const render = (d: ReplyData) => {
    const chosen = (switcher.querySelector<HTMLInputElement>('input:checked')?.value ?? lang) as Lang;
    const reply = composeReply(report, d, chosen, siteUrl, { symptom: symptom.value || undefined });
    // textContent and .value only: a reply quotes file names and log text.
    area.value = reply.text;
    area.lang = chosen;
    copyText.dataset.copy = reply.text;
    copyMarkdown.dataset.copy = reply.markdown;
    copyText.disabled = copyMarkdown.disabled = false;
    status.textContent = '';
  };
  replyData(base).then(
    (d) => {
      fillSymptoms(symptom, d, report, lang, s);
      render(d);
      switcher.addEventListener('change', () => render(d));
      symptom.addEventListener('change', () => render(d));
    },
    () => (status.textContent = s.unavailable),
  );
}

/** The symptom choices: none by default, those matching the root cause first, then all by title. */
function fillSymptoms(select: HTMLSelectElement, d: ReplyData, report: Report, lang: Lang, s: ReturnType<typeof replyStrings>): void {
  const refs = d.symptoms;
  if (!refs) return;
  const matching = symptomsForCause(refs, report.rootCause?.code, report.rootCause?.runbooks);
  const rest = Object.keys(refs.titles).filter((id) => !matching.includes(id)).sort((a, b) => refs.titles[a][lang].localeCompare(refs.titles[b][lang], lang));
  const option = (id: string, label: string) => h('option', { value: id }, label);
  select.replaceChildren(
    option('', s.noSymptom),
    ...matching.map((id) => option(id, refs.titles[id][lang] + bracketed(lang, s.matching))),
    ...rest.map((id) => option(id, refs.titles[id][lang])),
  );
}
