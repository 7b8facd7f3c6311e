/**
 * One query → what the panel shows, step by step: the lookup's answer first (a page to go to,
 * or the decode of a value no page covers), then the full-text pages when the query needs
 * them. The order is src/search/query-route.ts's: a code never loads pagefind, Chinese and
 * plain words never load the lookup data.
 */
import type { Lang } from '../../i18n/lang.ts';
import { matchHash } from '../../kb/hash-match.ts';
import { kbPath } from '../../routes/index.ts';
import { lookUp, type LookupAnswer } from '../../search/lookup.ts';
import type { NormalizedQuery } from '../../search/normalize-query.ts';
import { FULL_TEXT_PAUSE_MS, fullTextAfterLookup, routeQuery } from '../../search/query-route.ts';
import type { FoundPage, ResultKind } from '../../search/results.ts';
import { symptomsFirst } from '../../search/rank.ts';
import { matchSymptoms, symptomIndex, type SymptomIndex } from '../../search/symptom-match.ts';
import { titleMatches, titlePage, type TitleRow } from '../../search/title-index.ts';
import { RESULTS_SHOWN } from '../../search/pagefind-options.ts';
import { href } from '../../site/locale.ts';
import { loadHashes } from './hashes-client.ts';
import { loadLookupData } from './lookup-client.ts';
import { searchPages } from './pagefind-client.ts';
import { loadTitles } from './titles-client.ts';

export interface Step {
  answer: LookupAnswer;
  pages: FoundPage[];
  /** false while the full-text search runs */
  done: boolean;
  /** the full-text search failed (no HTTP, or no index) */
  unavailable?: true;
}

/** Pages the lookup names; a lookup that cannot load leaves the full-text search to answer. */
async function lookup(query: NormalizedQuery, kind: ResultKind | 'all'): Promise<LookupAnswer> {
  try {
    const answer = lookUp(query, await loadLookupData());
    return kind === 'all' ? answer : { ...answer, hits: answer.hits.filter((h) => h.kind === kind) };
  } catch {
    return { hits: [] };
  }
}

let symptoms: { rows: TitleRow[]; index: SymptomIndex } | undefined;

/**
 * Written pages whose title holds the query, and the symptoms the query describes in a
 * customer's words (listed first); a code or KB number is the lookup's job.
 */
async function byTitle(query: NormalizedQuery, kind: ResultKind | 'all', lang: Lang): Promise<{ described: FoundPage[]; titled: FoundPage[] }> {
  if (query.codeLike || query.kb) return { described: [], titled: [] };
  const rows = await loadTitles(lang).catch(() => []);
  if (symptoms?.rows !== rows) symptoms = { rows, index: symptomIndex(rows) };
  const described = kind === 'all' || kind === 'symptom' ? matchSymptoms(symptoms.index, query.text).map((m) => m.row) : [];
  const page = (row: TitleRow) => titlePage(row, href(lang, row[0]));
  return { described: described.map(page), titled: titleMatches(rows, query.text, kind).map(page) };
}

/**
 * For a KB number the catalog does not have, only the pages that quote it: the full text of the
 * English pages answered `KB5050575` with every cumulative update, their own numbers marked.
 */
function quoting(pages: FoundPage[], kb: string): FoundPage[] {
  const digits = kb.replace(/\D/g, '');
  return pages.filter((p) => p.excerpt.replace(/<[^>]*>/g, '').replace(/\s+/g, '').includes(digits));
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A pasted SHA-256 is answered by the hash list alone: the full text would find the KB page
 * that quotes a near copy of it and show it as if it matched. Only an exact hash is a hit.
 */
async function hashStep(sha256: string): Promise<Step> {
  try {
    const hash = matchHash(sha256, await loadHashes());
    const hits = hash.kind === 'exact' ? [{ kind: 'kb' as const, kb: hash.record.kb, path: kbPath(hash.record.kb) }] : [];
    return { answer: { hits, hash }, pages: [], done: true };
  } catch {
    return { answer: { hits: [] }, pages: [], done: true, unavailable: true };
  }
}

/** `current()`: false once a newer query superseded this one; nothing more is yielded then. */
export async function* answerQuery(query: NormalizedQuery, kind: ResultKind | 'all', lang: Lang, current: () => boolean): AsyncGenerator<Step> {
  if (query.sha256) {
    const step = await hashStep(query.sha256);
    if (current()) yield step;
    return;
  }
  const route = routeQuery(query, kind);
  const fullText = () => {
    const titles = byTitle(query, kind, lang);
    const pages = searchPages(query, kind, current, titles.then((t) => t.titled)).then(async (found) => found && symptomsFirst((await titles).described, found, query.text, RESULTS_SHOWN));
    pages.catch(() => undefined);
    return pages;
  };
  let pending = route.fullText === 'now' ? fullText() : undefined;
  const answer = route.lookup ? await lookup(query, kind) : { hits: [] };
  if (!current()) return;
  if (!pending && fullTextAfterLookup(answer) === 'none') {
    yield { answer, pages: [], done: true };
    return;
  }
  yield { answer, pages: [], done: false };
  if (!pending) {
    await pause(FULL_TEXT_PAUSE_MS);
    if (!current()) return;
    pending = fullText();
  }
  try {
    const pages = await pending;
    if (pages && current()) yield { answer, pages: answer.kbMiss?.kind === 'none' ? quoting(pages, answer.kbMiss.typed) : pages, done: true };
  } catch {
    if (current()) yield { answer, pages: [], done: true, unavailable: true };
  }
}
