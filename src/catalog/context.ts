import type { CodeEntry } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ContentWarning } from './content-error.ts';
import type { RenderOptions } from '../markdown/render.ts';
import type { MentionKind } from '../markdown/remark-code-links.ts';
import { codePath, kbPath, pageUrl } from '../routes/index.ts';
import { canonicalKb } from './identifiers.ts';
import { singleEdit } from '../kb/edit-distance.ts';

/** What every compile step may ask: which ids exist, how to link them, where to put warnings. */
export interface CompileContext {
  base: string;
  codes: Map<string, CodeEntry>;
  kbIds: Set<string>;
  /** KBs of the build tables: real releases, so a mention of one without a record is no typo */
  releasedKbs: Set<string>;
  runbookIds: Set<string>;
  warnings: ContentWarning[];
  /** today's date (YYYY-MM-DD), injectable so review-age checks are testable */
  today: string;
}

/** Links for code and KB mentions: the page of a known id, nothing for an unknown one. */
export function mentionLinks(base: string, lang: Lang, known: { codes: { has(id: string): boolean }; kbs: { has(id: string): boolean } }) {
  return (kind: MentionKind, canonical: string): string | undefined => {
    if (kind === 'code') return known.codes.has(canonical) ? pageUrl(base, lang, codePath(canonical)) : undefined;
    return known.kbs.has(canonical) ? pageUrl(base, lang, kbPath(canonical)) : undefined;
  };
}

/** Render options for a Markdown section starting at `line` of `file`, reporting unknown mentions. */
export function renderOptionsFor(ctx: CompileContext, lang: Lang, file: string, line: number, self?: string): RenderOptions {
  const link = mentionLinks(ctx.base, lang, { codes: ctx.codes, kbs: ctx.kbIds });
  return {
    // a page's own code stays text: a link to the page you are reading helps nobody
    links: (kind, canonical) => (canonical === self ? undefined : link(kind, canonical)),
    onUnknown: (kind, text, at) => {
      if (text.toUpperCase().replace(/^0X/, '0x') === self) return;
      if (kind === 'kb' && isReleased(text, ctx.releasedKbs)) return;
      const what = kind === 'code' ? 'code' : 'KB';
      const near = kind === 'code' ? [] : kbsOneEditFrom(text, ctx.kbIds);
      const hint = near.length ? `: did you mean ${near.join(' or ')}?` : '';
      ctx.warnings.push({ file, line: line + at - 1, message: `unknown ${what} '${text}' is not linked${hint}` });
    },
  };
}

/** True for a KB mention (`KB 4493509`) that the build tables list: a real release, even with no record. */
export function isReleased(text: string, releasedKbs: Set<string>): boolean {
  const kb = mentionedKb(text);
  return kb !== undefined && releasedKbs.has(kb);
}

/** The KB a prose mention names (`KB 4493509` → `KB4493509`). */
const mentionedKb = (text: string): string | undefined => canonicalKb(text.replace(/\s+/g, ''));

/** Records one typing mistake from a KB number written in prose (KB6016623 → KB5016623). */
function kbsOneEditFrom(text: string, kbIds: Set<string>): string[] {
  const digits = (mentionedKb(text) ?? '').slice(2);
  return digits ? [...kbIds].filter((kb) => singleEdit(digits, kb.slice(2)) !== undefined) : [];
}
