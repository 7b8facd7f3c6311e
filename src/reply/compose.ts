import type { Lang } from '../i18n/lang.ts';
import type { Report, RootCause } from '../analyzer/report/model.ts';
import { hresultFields } from '../hresult/fields.ts';
import { codeKey, type ReplyData } from './data.ts';
import { code, link, ol, p, renderMarkdown, renderText, ul, type Block, type Inline, type Section } from './document.ts';
import { NO_CODE, replyFacts, type ReplyFacts } from './facts.ts';
import { STRINGS } from '../analyzer/report/strings.ts';
import { causeBasis } from '../analyzer/report/cause-basis.ts';
import { phaseText } from '../analyzer/report/phase-text.ts';
import { extendSentence } from '../analyzer/report/setup-extend.ts';
import { replyLinks, type ReplyLinks } from './links.ts';
import { WORDING, type Wording } from './wording.ts';
import { nextBlocks, verdictBlocks } from './verdict-blocks.ts';

export type { ReplyData } from './data.ts';

/** A reply stays readable: the analyzer page has the rest. */
const MAX_SERVICING = 5;
const MAX_CODES = 10;

interface Context {
  report: Report;
  data: ReplyData;
  lang: Lang;
  w: Wording;
  links: ReplyLinks;
  facts: ReplyFacts;
}

/**
 * The reply an engineer pastes into an e-mail: what the logs show, what each code means,
 * the conclusion, the runbook steps with their links, the package hash with its page, and
 * what to send back. Every fact comes from the report or the catalog, never re-typed.
 */
export function composeReply(
  report: Report,
  data: ReplyData,
  lang: Lang,
  siteUrl: string,
  options: { symptom?: string } = {},
): { text: string; markdown: string } {
  const ctx: Context = { report, data, lang, w: WORDING[lang], links: replyLinks(siteUrl, lang), facts: replyFacts(report) };
  const codes = codesToExplain(ctx);
  const sections: Section[] = [
    { title: ctx.w.sections.logs, blocks: logBlocks(ctx) },
    { title: ctx.w.sections.symptom, blocks: symptomBlocks(ctx, options.symptom) },
    { title: ctx.w.sections.meanings, blocks: codes.length ? [ul(codes.map((c) => meaning(ctx, c)))] : [] },
    { title: ctx.w.sections.cause, blocks: causeBlocks(ctx) },
    // A machine that is not failing has nothing to repair, only what to send; unless a check found a problem that stands.
    { title: ctx.w.sections.steps, blocks: ctx.report.rootCause || ctx.report.verdict.standing?.length ? stepBlocks(ctx) : [] },
    ...(ctx.facts.kb && data.kbs[ctx.facts.kb] ? [{ title: ctx.w.sections.kb, blocks: kbBlocks(ctx, ctx.facts.kb) }] : []),
    { title: ctx.w.sections.sendBack, blocks: sendBackBlocks(ctx) },
  ].filter((s) => s.blocks.length > 0);
  // "Update failure" only where one still fails: a DISM command cut short or a healthy log is no update failure.
  const title = report.verdict.state === 'failing' ? ctx.w.title.failing : ctx.w.title.other;
  return { text: renderText(title, sections), markdown: renderMarkdown(title, sections) };
}

/** The symptom page the engineer chose to link: what the customer sees, with its troubleshooter. */
function symptomBlocks(ctx: Context, id: string | undefined): Block[] {
  const title = id ? ctx.data.symptoms?.titles[id]?.[ctx.lang] : undefined;
  return id && title ? [p(ctx.w.symptomLead), ul([[link(title, ctx.links.symptom(id))]])] : [];
}

/** The primary symbolic name: the article's, else the first the code tables give (never a low-word reading). */
function nameOf(ctx: Context, c: string): string | undefined {
  return ctx.data.codes[c]?.name ?? ctx.report.codes.find((r) => codeKey(r.code) === c)?.names[0];
}

const named = (ctx: Context, c: string): Inline[] => {
  const name = nameOf(ctx, c);
  return [code(c), ...(name ? [' ', code(name)] : [])];
};

function logBlocks(ctx: Context): Block[] {
  const { w, facts } = ctx;
  const blocks: Block[] = [];
  for (const f of facts.failures) {
    blocks.push(p(w.failures(f.file, f.count, f.first, f.last)));
    blocks.push(ul(f.codes.map((t) => [...(t.code === NO_CODE ? [STRINGS[ctx.lang].noCode] : named(ctx, t.code)), w.tally(t.count, t.first, t.last)])));
  }
  for (const s of facts.servicing.slice(0, MAX_SERVICING)) {
    const when = { time: s.outcome.time, line: s.outcome.line };
    const result = s.code ? [w.servicingCode, ...named(ctx, codeKey(s.code))] : [w.servicingNoCode];
    blocks.push(p(w.servicing(s.file, when, s.update.package, s.update.phase && phaseText(s.update.phase, ctx.lang)), ...result, ctx.lang === 'en' ? '.' : '。'));
  }
  if (facts.servicing.length > MAX_SERVICING) blocks.push(p(w.moreServicing(facts.servicing.length - MAX_SERVICING)));
  const succeeded = facts.succeeded.filter((a) => a.outcome.time);
  const days = succeeded.map((a) => a.outcome.time!.slice(0, 10)).sort();
  const downloads = ctx.report.verdict.unresolved.filter((u) => u.download);
  if (downloads.length) {
    blocks.push(p(w.downloadsFailed));
    blocks.push(ul(downloads.map((u) => [...named(ctx, codeKey(u.code)), w.tally(u.count)])));
  }
  // A download still failing is a failure too, if not of an install: no "only successes" beside it.
  if (!facts.failures.length && !facts.servicing.length && !downloads.length) {
    // The case's first bundle: a machine where the update had gone in. Say so before anything else.
    const kbs = [...new Set(facts.succeeded.map((a) => a.update.kb).filter((k): k is string => !!k))];
    if (facts.succeeded.length) blocks.push(p(w.onlySucceeded(kbs, days[0], days.at(-1))));
    // An inconclusive verdict says itself why nothing failed in view (no log read, a standing problem …).
    else if (ctx.report.verdict.state !== 'inconclusive') blocks.push(p(w.noFailures));
  } else if (facts.kb) {
    const later = facts.succeeded.find((a) => a.update.kb?.toUpperCase() === facts.kb);
    if (later) blocks.push(p(w.laterSucceeded(facts.kb, later.outcome.time?.slice(0, 10))));
  }
  // Failures of several updates (a feature update beside a cumulative one): each is named, not the one most failures name.
  if (facts.openUpdates.length > 1) blocks.push(p(w.updates(facts.openUpdates)));
  else if (facts.kb) {
    const title = ctx.data.kbs[facts.kb]?.title[ctx.lang];
    blocks.push(p(w.update, title?.toUpperCase().includes(facts.kb) ? title : [facts.kb, title].filter(Boolean).join(' ')));
  }
  return blocks;
}

/** Root cause first, then the outcomes by count, the servicing errors, the companions and wrappers. */
function codesToExplain(ctx: Context): string[] {
  const { report, facts } = ctx;
  const list = [
    report.rootCause?.code,
    ...facts.failures.flatMap((f) => f.codes.map((t) => t.code)),
    ...facts.servicing.map((s) => s.code),
    ...facts.companions.map((c) => c.code),
    ...report.verdict.unresolved.filter((u) => u.download).map((u) => u.code),
    ...(report.rootCause?.wrappers.map((x) => x.code) ?? []),
  ];
  return [...new Set(list.filter((c): c is string => !!c && c !== NO_CODE).map(codeKey))].slice(0, MAX_CODES);
}

function meaning(ctx: Context, c: string): Inline[] {
  const article = ctx.data.codes[c];
  const entry = ctx.report.codes.find((r) => codeKey(r.code) === c);
  const hasPage = !!article || !!entry?.names.length;
  const sep = ctx.lang === 'en' ? ': ' : '：';
  const details = [' ', link(ctx.w.details, ctx.links.code(c, hasPage))];
  const head = [...named(ctx, c), sep];
  if (article) return [...head, article.summary[ctx.lang], ...details];
  if (!nameOf(ctx, c) && entry) {
    const fields = hresultFields(Number(c) >>> 0);
    const facility = fields.facilityNames[0]?.name ?? String(fields.facility);
    const bits = `0x${entry.structure.code.toString(16).toUpperCase()}`;
    return [...head, entry.printed ? ctx.w.printedName(entry.printed, facility, bits) : ctx.w.noName(facility, bits), ...details];
  }
  return [...head, ctx.w.noArticle, ...details];
}

function causeBlocks(ctx: Context): Block[] {
  const { report, w, facts } = ctx;
  const cause = report.rootCause;
  if (!cause) return verdictBlocks(report, ctx.lang);
  const list = (codes: string[]) => codes.flatMap((c, i) => [...(i ? [ctx.lang === 'en' ? ', ' : '、'] : []), ...named(ctx, c)]);
  const outer = outerWrappers(ctx);
  const [before, after] = w.cause[causeBasis(report)!](cause.count);
  const [lead, between, tail] = w.underWrapper(cause.count, outer.length);
  const said = outer.length ? p(lead, ...named(ctx, codeKey(cause.code)), between, ...list(outer), tail) : p(before, ...named(ctx, codeKey(cause.code)), after);
  const blocks = [...(report.verdict.state === 'failing' ? [] : verdictBlocks(report, ctx.lang)), said];
  if (cause.setupExtend) blocks.push(p(extendSentence(cause.setupExtend, ctx.lang)));
  const wrappers = [...new Set(cause.wrappers.filter((x) => x.role === 'wrapper').map((x) => codeKey(x.code)))].filter((c) => !outer.includes(c));
  // Codes seen in the same failures are said once, together: not the cause itself (a wrapper's
  // outcome is named by the code under it, one of its companions), nor a wrapper said below.
  const saidElsewhere = new Set([codeKey(cause.code), ...wrappers]);
  const byDates = new Map<string, { codes: string[]; dates: string[] }>();
  for (const c of facts.companions.filter((c) => !saidElsewhere.has(c.code))) {
    const group = byDates.get(c.dates.join()) ?? { codes: [], dates: c.dates };
    group.codes.push(c.code);
    byDates.set(c.dates.join(), group);
  }
  for (const g of byDates.values()) blocks.push(p(...list(g.codes), w.companions(g.codes.length, g.dates)));
  if (wrappers.length) blocks.push(p(...list(wrappers), w.wrappers(wrappers.length)));
  return blocks;
}

/**
 * The wrapper codes the logs section tallies in the cause's place: the cause is an install outcome no
 * failure was tallied by, found beneath a wrapper outcome that was. The conclusion names them, so
 * the reader finds the cause's attempts in the list above it.
 */
function outerWrappers(ctx: Context): string[] {
  const cause = ctx.report.rootCause!;
  if (cause.basis !== 'attempt-outcome') return [];
  const tallied = new Set(ctx.facts.failures.flatMap((f) => f.codes.map((c) => c.code)));
  if (tallied.has(codeKey(cause.code))) return [];
  // A wrapper the cause was found under keeps its attempt's outcome line as evidence; one only met beside it does not.
  const outcomeOf = (x: RootCause['wrappers'][number]) =>
    ctx.report.attempts.some((a) => a.status === 'failed' && a.code && codeKey(a.code) === codeKey(x.code) && a.outcome.file === x.evidence.file && a.outcome.line === x.evidence.line);
  return [...new Set(cause.wrappers.filter((x) => x.role === 'wrapper' && tallied.has(codeKey(x.code)) && outcomeOf(x)).map((x) => codeKey(x.code)))];
}

function stepBlocks(ctx: Context): Block[] {
  const { data, facts, w, lang, links } = ctx;
  const runbook = facts.runbook ? data.runbooks[facts.runbook] : undefined;
  if (!runbook || !facts.runbook) return [p(w.noRunbook)];
  const id = facts.runbook;
  const blocks = [
    p(w.runbookLead(runbook.title[lang])),
    p(link(links.runbook(id), links.runbook(id))),
    ol(runbook.steps.map((s, i) => [link(s.title[lang], links.runbook(id, i + 1))])),
  ];
  const others = facts.otherRunbooks.filter((r) => data.runbooks[r]);
  if (others.length) blocks.push(p(w.otherRunbooks), ul(others.map((r) => [link(data.runbooks[r].title[lang], links.runbook(r))])));
  return blocks;
}

function kbBlocks(ctx: Context, kb: string): Block[] {
  const { w, lang, links } = ctx;
  const record = ctx.data.kbs[kb];
  const url = links.kb(record.kb);
  return [
    ...(ctx.facts.kbTypo ? [p(w.kbTypo(ctx.facts.kbTypo, record.kb))] : []),
    p(w.kbTitle, record.title[lang]),
    ...(record.osBuild ? [p(w.osBuild, record.osBuild)] : []),
    record.sha256 ? p(w.sha256, code(record.sha256.toUpperCase())) : p(w.noHash),
    p(w.checkOnPage, w.beforeLink, link(url, url)),
  ];
}

function sendBackBlocks(ctx: Context): Block[] {
  const runbook = ctx.facts.runbook ? ctx.data.runbooks[ctx.facts.runbook] : undefined;
  return [...(runbook && ctx.report.rootCause ? [p(ctx.w.sendBackLead), p(runbook.escalate[ctx.lang])] : []), ...nextBlocks(ctx.report, ctx.lang), p(ctx.w.redactHint)];
}
