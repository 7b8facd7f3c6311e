/**
 * A customer's own words → the symptom pages they describe. Customers type sentences
 * (`电脑重启后一直显示正在撤销更改怎么办`, `windows udpate stuck downlading 0%`) that pagefind,
 * matching whole words, ranks below any page that repeats one of them. So each symptom's
 * title, description and search words are matched here in the browser: Chinese by character
 * pairs, other text by words (a word one typo away from a symptom's word counts), each weighted
 * by how few symptoms share it, so `更新` or `update` alone decides nothing.
 */
import { canonicalCode } from './normalize-query.ts';
import { isOneOf, type TitleRow } from './title-index.ts';

export interface SymptomMatch {
  row: TitleRow;
  /** the share of the query's known weight this symptom covers, 0–1 */
  score: number;
}

/** Words, and Chinese character pairs, that say nothing about which symptom is meant (`出现错误`: "an error appears"). */
const STOP = new Set(['the', 'a', 'an', 'to', 'is', 'it', 'my', 'of', 'on', 'at', 'in', 'and', 'or', 'for', 'i', 'me', 'pc', 'but', 'with', 'after', 'when', 'this', 'what', 'how', 'why', 'do', 'does', 'keeps', 'all', 'be', '出现', '怎么', '么办', '什么', '为什', '时候']);

/**
 * An English word without its ending, so that `installing`, `installed` and `install` are one
 * word, as are `errors` and `error`, `updating` and `update`: the forms a customer types are not
 * those a page was written in. Light on purpose: a wrong cut only merges two rare forms.
 */
export function stem(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return word;
  const cut = word.endsWith('ing') ? word.slice(0, -3) : word.endsWith('ed') ? word.slice(0, -2) : word.endsWith('sses') ? word.slice(0, -2) : /[^su]s$/.test(word) ? word.slice(0, -1) : word;
  return cut.length >= 4 && cut.endsWith('e') ? cut.slice(0, -1) : cut.length >= 3 ? cut : word;
}

/** Han runs become character pairs (a lone character stays itself); other runs become words, stemmed. */
export function tokens(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
  const out: string[] = [];
  for (const [run] of folded.matchAll(/\p{Script=Han}+|[\p{L}\p{N}%]+/gu)) {
    if (/\p{Script=Han}/u.test(run)) {
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) if (!STOP.has(run.slice(i, i + 2))) out.push(run.slice(i, i + 2));
    } else if (!STOP.has(run)) {
      out.push(stem(run));
    }
  }
  return out;
}

/** Edit distance with adjacent swaps, stopping once it exceeds `max`. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      best = Math.min(best, d[i][j]);
    }
    if (best > max) return false;
  }
  return d[a.length][b.length] <= max;
}

/** How many typos a word of this length may hold and still be recognised. */
const typosAllowed = (word: string): number => (/\p{Script=Han}|\d/u.test(word) ? 0 : word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

export interface SymptomIndex {
  rows: TitleRow[];
  docs: Set<string>[];
  /** the tokens of each symptom's title alone */
  titles: Set<string>[];
  /** token → how many symptoms hold it */
  df: Map<string, number>;
}

/** The symptom rows of a language's title list, tokenised once. */
export function symptomIndex(rows: TitleRow[]): SymptomIndex {
  const symptoms = rows.filter((row) => row[1] === 'symptom');
  const docs = symptoms.map((row) => new Set(tokens(`${row[2]} ${row[3] ?? ''} ${row[4]?.join(' ') ?? ''}`)));
  const titles = symptoms.map((row) => new Set(tokens(row[2])));
  const df = new Map<string, number>();
  for (const doc of docs) for (const token of doc) df.set(token, (df.get(token) ?? 0) + 1);
  return { rows: symptoms, docs, titles, df };
}

/** A query token as the index knows it: itself, or the one word it is a typo of. */
function known(token: string, df: Map<string, number>): string | undefined {
  if (df.has(token)) return token;
  const max = typosAllowed(token);
  if (!max) return undefined;
  let found: string | undefined;
  for (const word of df.keys()) if (typosAllowed(word) && within(token, word, max) && (!found || df.get(word)! < df.get(found)!)) found = word;
  return found;
}

/** Below this share of the query's weight a symptom is a coincidence, not what was meant. */
export const MIN_SCORE = 0.5;

/**
 * The symptoms a query describes, best first, at most `limit`. A symptom one of whose search words
 * is the whole query comes first (`更新失败` is a search word of the failed-install symptom, and a
 * dozen symptoms hold both of its words); then the share of the query's weight; then the share of
 * its title's weight the query holds, as a title says what the page is about and its description
 * only where it shows: `update error when installing` holds two of the five words of "The update
 * history shows the install failed" and two of the eight of the clock's certificate errors.
 */
export function matchSymptoms(index: SymptomIndex, text: string, limit = 3): SymptomMatch[] {
  const n = index.rows.length;
  const query = [...new Set(tokens(text).map((t) => known(t, index.df)).filter((t): t is string => !!t))];
  const weight = (t: string) => Math.log(1 + n / index.df.get(t)!);
  const sum = (ts: string[]) => ts.reduce((total, t) => total + weight(t), 0);
  const total = sum(query);
  if (!total) return [];
  // A query with a code is about that code: a symptom whose words match the rest but that never names it is not what was meant.
  const codes = codesIn(text);
  return index.docs
    .map((doc, i) => {
      if (codes.length && !codes.some((code) => doc.has(code))) return undefined;
      const hits = query.filter((t) => doc.has(t));
      const distinctive = hits.some((t) => index.df.get(t)! <= Math.max(1, n / 3));
      const row = index.rows[i];
      const named = isOneOf(row[4], text) ? 1 : 0;
      const titled = sum(hits.filter((t) => index.titles[i].has(t))) / sum([...index.titles[i]]);
      return { row, score: sum(hits) / total, titled, named, hits: hits.length, distinctive };
    })
    // one shared word is a coincidence; a word most symptoms hold (`更新`, `update`) decides nothing
    .filter((m) => m !== undefined)
    .filter((m) => m.named || (m.score >= MIN_SCORE && m.distinctive && (m.hits >= 2 || query.length === 1)))
    .sort((a, b) => b.named - a.named || b.score - a.score || b.titled - a.titled)
    .slice(0, limit)
    .map(({ row, score }) => ({ row, score }));
}

/** The codes a query names, as the symptoms' words hold them (`0x800b0101`); plain digits among words may be a count or a date. */
function codesIn(text: string): string[] {
  const words = text.normalize('NFKC').split(/[^0-9A-Za-z]+/).filter((w) => w && !/^\d+$/.test(w));
  return words.map((w) => canonicalCode(w)?.toLowerCase()).filter((c): c is string => c !== undefined);
}
