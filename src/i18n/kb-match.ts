/**
 * What the site, the CLI, the analyzer and the reply say about a mistyped KB number or a pasted
 * hash, in both languages. One wording everywhere: a reader who met it in the CLI knows it on
 * the site.
 */
import type { Lang } from '../i18n/lang.ts';
import type { HashDifference, HashRecord } from '../kb/hash-match.ts';
import type { KbFact } from '../kb/near-kb.ts';

const KIND: Record<Lang, Record<KbFact['kind'], string>> = {
  'zh-CN': { cumulative: '累积更新', 'servicing-stack': '服务堆栈更新', dotnet: '.NET 更新', other: '更新' },
  en: { cumulative: 'cumulative update', 'servicing-stack': 'servicing stack update', dotnet: '.NET update', other: 'update' },
};

/** `2022-08 cumulative update, 17763.3287` */
export function kbSummary(lang: Lang, fact: KbFact): string {
  const month = fact.releaseDate.slice(0, 7);
  const sep = lang === 'en' ? ', ' : '，';
  return [`${month} ${KIND[lang][fact.kind]}`, fact.osBuild].filter(Boolean).join(sep);
}

/** `KB5016623 (2022-08 cumulative update, 17763.3287)` */
export function kbWithSummary(lang: Lang, fact: KbFact): string {
  return lang === 'en' ? `${fact.kb} (${kbSummary(lang, fact)})` : `${fact.kb}（${kbSummary(lang, fact)}）`;
}

/** `No KB6016623 — did you mean KB5016623 (2022-08 cumulative update, 17763.3287)?` */
export function kbDidYouMean(lang: Lang, typed: string, candidates: readonly KbFact[]): string {
  const list = candidates.map((c) => kbWithSummary(lang, c));
  if (lang === 'en') return `No ${typed} — did you mean ${list.join(' or ')}?`;
  return `没有 ${typed} —— 是否要找 ${list.join(' 或 ')}？`;
}

export function kbNotInCatalog(lang: Lang, typed: string): string {
  return lang === 'en' ? `No ${typed} in this catalog, and no KB number one typing mistake away` : `本目录中没有 ${typed}，也没有只差一个数字的 KB 编号`;
}

export function hashExact(lang: Lang, record: HashRecord): string {
  if (lang === 'en') return `This is the SHA-256 of ${record.kb}${record.fileName ? ` (${record.fileName})` : ''}`;
  return `这是 ${record.kb}${record.fileName ? `（${record.fileName}）` : ''} 的 SHA-256`;
}

/** `This is NOT the SHA-256 of KB5016623: 1 character differs (position 58: B where the record has 8)` */
export function hashNear(lang: Lang, kb: string, diff: readonly HashDifference[]): string {
  if (lang === 'en') {
    const where = diff.map((d) => `position ${d.position}: ${d.typed} where the record has ${d.record}`).join('; ');
    return `This is NOT the SHA-256 of ${kb}: ${diff.length} character${diff.length === 1 ? '' : 's'} differ${diff.length === 1 ? 's' : ''} (${where})`;
  }
  const where = diff.map((d) => `第 ${d.position} 位：这里是 ${d.typed}，记录中是 ${d.record}`).join('；');
  return `这不是 ${kb} 的 SHA-256：有 ${diff.length} 个字符不同（${where}）`;
}

/**
 * A hash checked on a KB's page (or for a KB a link names) that is not that KB's: another
 * package's (`exact`), a near copy of another package's (`near`), or none that is recorded while
 * the KB has a published hash (`other`: undefined).
 */
export function hashNotExpected(lang: Lang, expected: string, other?: { kind: 'exact' | 'near'; kb: string }): string {
  if (lang === 'en') {
    const what = !other ? `this is not the SHA-256 published for ${expected}` : other.kind === 'exact' ? `this is the SHA-256 of ${other.kb}, another package` : `this is close to the SHA-256 of ${other.kb}, another package`;
    return `Not ${expected}: ${what}`;
  }
  const what = !other ? `这不是 ${expected} 公布的 SHA-256` : other.kind === 'exact' ? `这是另一个补丁包 ${other.kb} 的 SHA-256` : `这个值与另一个补丁包 ${other.kb} 的 SHA-256 只差几个字符`;
  return `不是 ${expected}：${what}`;
}

/** The expected KB has no published hash: a pasted value can be told from no record, as a file's cannot (verify.unpublished's words). */
export function hashUnpublished(lang: Lang, expected: string): string {
  return lang === 'en' ? `No SHA-256 was ever published for ${expected}: this site cannot decide.` : `${expected} 没有公布 SHA-256，本站无法判定。`;
}

export function hashNone(lang: Lang): string {
  return lang === 'en' ? 'No package in this catalog has this hash.' : '本目录中没有哪个补丁包具有这个哈希值。';
}

/** Row labels of the two aligned hashes. */
export function hashRowLabels(lang: Lang): { typed: string; record: string } {
  return lang === 'en' ? { typed: 'given', record: 'record' } : { typed: '给出的值', record: '记录的值' };
}

/** What to do after a near miss: the warning the case needed, as the words before and after the KB page's link. */
export function hashNearAdvice(lang: Lang): [before: string, after: string] {
  return lang === 'en'
    ? ['Do not use this value. Copy the hash from the ', ' page, never from an e-mail.']
    : ['不要使用这个值。请从 ', ' 页面复制哈希值，不要从邮件里复制。'];
}
