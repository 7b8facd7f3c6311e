/**
 * A request target → the file it may name under the site's root, or why not. Each path segment is
 * decoded on its own, so an encoded slash or backslash cannot join two segments into one and
 * `..` in any spelling never climbs out of the root.
 */
import { join } from 'node:path';

export type RequestTarget =
  /** `path`: the request's path, re-encoded, safe to put in a Location header */
  | { kind: 'file'; file: string; path: string }
  | { kind: 'outside-base' }
  | { kind: 'refuse'; status: 400 | 403 | 404 };

/** Longer targets are not paths of this site: no page has one. */
export const MAX_TARGET_LENGTH = 2048;

export function resolveRequestPath(target: string, root: string, base: string): RequestTarget {
  // origin form only (`/path?query`): no `*`, no absolute URL, no `//host` that a redirect could echo
  if (!target.startsWith('/') || target.startsWith('//') || target.length > MAX_TARGET_LENGTH) return { kind: 'refuse', status: 400 };
  const path = target.replace(/[?#].*$/s, '');
  if (path.includes('\\')) return { kind: 'refuse', status: 400 };
  const segments: string[] = [];
  for (const raw of path.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'refuse', status: 400 }; // bad percent-encoding (`%E0`, `%`)
    }
    if (/[/\\\0]/.test(segment)) return { kind: 'refuse', status: 400 };
    if (segment === '.' || segment === '..') return { kind: 'refuse', status: 403 };
    segments.push(segment);
  }
  // an empty segment inside the path (`/a//b`) names no file
  if (segments.slice(0, -1).includes('')) return { kind: 'refuse', status: 404 };
  const decoded = `/${segments.join('/')}`;
  if (!decoded.startsWith(base) && `${decoded}/` !== base) return { kind: 'outside-base' };
  return { kind: 'file', file: join(root, ...decoded.slice(base.length).split('/')), path: `/${segments.map(encodeURIComponent).join('/')}` };
}
