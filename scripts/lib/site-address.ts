/**
 * Where the site is published, from the build's environment: `SITE_URL`, its public address
 * (`https://support.example.cn/update-triage/`), makes every page reference the CLI prints a
 * full link; `SITE_BASE` is the path it is served under, by default the path of `SITE_URL`.
 */

/** The public address with a final slash, or undefined when not configured; a bad one throws. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const text = env.SITE_URL?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL: '${text}' is not a URL (expected e.g. https://support.example.cn/update-triage/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL: '${text}' is not an http(s) address`);
  return `${url.origin}${url.pathname.replace(/\/?$/, '/')}`;
}

/** The site's base path (`/` or `/update-triage/`), shared by the catalog's links and astro.config.mjs. */
export function siteBase(env: Record<string, string | undefined> = process.env): string {
  const base = env.SITE_BASE ?? (siteUrl(env) ? new URL(siteUrl(env)!).pathname : '/');
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
