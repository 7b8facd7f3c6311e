/** What a built page says about itself in its <html> and <head>: lang, title, description, and what it loads. */
import { decodeEntities } from './links.ts';

export interface PageHead {
  lang?: string;
  title?: string;
  description?: string;
  /** URLs the markup makes the browser load: src attributes, stylesheets, preloads, icons */
  loads: string[];
}

/** One regex per attribute name, made once: a page has thousands of tags, and 17,000 pages are read. */
const ATTRIBUTES = new Map<string, RegExp>();

const attr = (tag: string, name: string): string | undefined => {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = pattern.exec(tag);
  return m ? decodeEntities(m[1]) : undefined;
};

export function readHead(html: string): PageHead {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  const descriptionTag = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).find((tag) => attr(tag, 'name') === 'description');
  const loads = [
    ...[...html.matchAll(/<(?:script|img|iframe|source|video|audio|embed)\b[^>]*>/gi)].map((m) => attr(m[0], 'src')),
    ...[...html.matchAll(/<link\b[^>]*>/gi)]
      .filter((m) => /\srel="(?:stylesheet|preload|modulepreload|icon|prefetch|manifest)"/.test(m[0]))
      .map((m) => attr(m[0], 'href')),
  ].filter((u): u is string => !!u);
  return {
    lang: attr(htmlTag, 'lang'),
    title: title === undefined ? undefined : decodeEntities(title).trim(),
    description: descriptionTag ? attr(descriptionTag, 'content')?.trim() : undefined,
    loads,
  };
}

/** A URL that leaves the site: absolute http(s) or protocol-relative. */
export const isExternal = (url: string): boolean => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^(?:data|blob):/i.test(url);
