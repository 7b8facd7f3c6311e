import type { Lang } from '../catalog/types.ts';

/** Absolute links into the site for a reply: `siteUrl` is the site's address with its base path. */
export interface ReplyLinks {
  code(code: string, hasPage: boolean): string;
  kb(kb: string): string;
  runbook(id: string, step?: number): string;
  symptom(id: string): string;
}

export function replyLinks(siteUrl: string, lang: Lang): ReplyLinks {
  const root = `${siteUrl.replace(/\/?$/, '/')}${lang === 'en' ? 'en/' : ''}`;
  return {
    // A value with no page of its own is decoded by the lookup on the home page.
    code: (code, hasPage) => (hasPage ? `${root}codes/${code.toLowerCase()}/` : `${root}?q=${encodeURIComponent(code)}`),
    kb: (kb) => `${root}kb/${kb.toLowerCase()}/`,
    runbook: (id, step) => `${root}runbooks/${encodeURIComponent(id)}/${step ? `#step-${step}` : ''}`,
    symptom: (id) => `${root}symptoms/${encodeURIComponent(id)}/#q-1`,
  };
}
