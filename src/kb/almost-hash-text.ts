/** What the paste box and `update-triage kb` say of a value that is no SHA-256 (hash-length.ts). */
import type { Lang } from '../i18n/lang.ts';
import { tv } from '../i18n/verify.ts';
import type { AlmostHash } from './hash-length.ts';

/** What it looks like, else the general rule (64 hex digits). */
export function almostHashText(almost: AlmostHash | undefined, lang: Lang): string {
  if (!almost) return tv(lang, 'verify.paste.invalid');
  if (almost.kind === 'sha1') return tv(lang, 'verify.paste.sha1');
  const near = almost.near;
  if (near) return tv(lang, near.dropped ? 'verify.paste.dropped' : 'verify.paste.added').replaceAll('{kb}', near.record.kb).replace('{position}', String(near.position));
  return tv(lang, almost.digits < 64 ? 'verify.paste.short' : 'verify.paste.long').replace('{digits}', String(almost.digits));
}
