/**
 * Chinese queries: pagefind segments the index with jieba but the query with the browser's
 * Intl.Segmenter, and the two disagree (`有未完成的独占服务会话` finds nothing; `没有更新`
 * ranks its own page below 100 pages titled "…更新…"). A quoted phrase search matches the
 * run of characters as written, so a Chinese run is also searched as a phrase, and pages
 * whose title, or whose search words (a code's aliases and keywords), hold the whole query
 * come first: `文件损坏` is a keyword of 0x80070570, not a word of its title.
 */
import { hasHan } from '../i18n/han.ts';
import type { NormalizedQuery } from './normalize-query.ts';
import type { FoundPage } from './results.ts';
import { isOneOf, KEYWORD_SEPARATOR } from './title-index.ts';

/** The pagefind queries to run for a query, the most precise first. */
export function searchPlan(query: NormalizedQuery): string[] {
  const plan = [query.pagefind];
  if (hasHan(query.text) && !/[\s"]/.test(query.text)) plan.unshift(`"${query.text}"`);
  return plan;
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** A letter, digit or `_` of ASCII: a Latin word goes on through them, and a symbolic name is one word. */
const WORD_ASCII = /[A-Za-z0-9_]/;

/**
 * Whether `title` holds `needle` where it starts and ends a word: `rollback` is in "Update
 * rollback" and not in ERROR_SECUREBOOT_ROLLBACK_DETECTED, a symbolic name that only contains
 * it. Only ASCII ends are checked: Chinese has no spaces between words.
 */
export function holdsAsWords(title: string, needle: string): boolean {
  const edge = (at: number, inner: string) => !WORD_ASCII.test(inner) || at < 0 || at >= title.length || !WORD_ASCII.test(title[at]);
  for (let at = title.indexOf(needle); at >= 0; at = title.indexOf(needle, at + 1)) {
    if (edge(at - 1, needle[0]) && edge(at + needle.length, needle[needle.length - 1])) return true;
  }
  return false;
}

/**
 * How closely the query names a page: 0 when it is one of the page's search words (a word of
 * pagefind's `aliases`, or a keyword the title list carries: src/search/title-index.ts), 1
 * when the page's title holds it as words, 2 not at all. A search word is meant for its page; a title
 * holding `事务` may be any of forty transaction codes.
 */
export function nameRank(text: string): (page: FoundPage) => 0 | 1 | 2 {
  const needle = fold(text);
  return (page) => {
    if (fold(page.meta.aliases ?? '').split(' ').includes(needle) || isOneOf(page.meta.keywords?.split(KEYWORD_SEPARATOR), text)) return 0;
    return holdsAsWords(fold(page.meta.title ?? ''), needle) ? 1 : 2;
  };
}

/**
 * One list from the plan's results: pages a search word names, then pages whose title holds
 * the query, then the rest, each page once, in plan order within each. A page found twice keeps
 * its first copy (pagefind's, with an excerpt), completed with what the other copy knows (the
 * title list's keywords).
 */
export function mergeResults(lists: FoundPage[][], text: string): FoundPage[] {
  const byUrl = new Map<string, FoundPage>();
  for (const page of lists.flat()) {
    const kept = byUrl.get(page.url);
    byUrl.set(page.url, kept ? { ...kept, meta: { ...page.meta, ...kept.meta } } : page);
  }
  const rank = nameRank(text);
  return [0, 1, 2].flatMap((tier) => [...byUrl.values()].filter((page) => rank(page) === tier));
}

/**
 * The symptoms a query describes (symptom-match.ts), placed among the pages found: pages one of
 * whose search words is the query come first, a symptom among them (`无法安装` is a search word of
 * the failed-install symptom, and words of an MSI error's title), after the pages found so; then
 * pages whose title holds the query; then the symptoms described; then the rest, each page once,
 * at most `limit`.
 */
export function symptomsFirst(described: FoundPage[], pages: FoundPage[], text: string, limit: number): FoundPage[] {
  const rank = nameRank(text);
  const urls = new Set(described.map((p) => p.url));
  const rest = pages.filter((p) => !urls.has(p.url));
  // A page the full text found keeps its place before a symptom both name by a search word (`disk full`: 0x80070070's keyword and a symptom's)
  const ordered = [...rest, ...described].filter((p) => rank(p) === 0);
  ordered.push(...rest.filter((p) => rank(p) === 1), ...described, ...rest);
  const seen = new Set<string>();
  return ordered.filter((p) => !seen.has(p.url) && seen.add(p.url)).slice(0, limit);
}
