import { describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../scripts/lib/request-path.ts';

const ROOT = '/srv/dist';
const at = (target: string, base = '/') => resolveRequestPath(target, ROOT, base);

describe('a request target', () => {
  it('names a file under the root, segment by segment decoded', () => {
    expect(at('/codes/0x80070570/?q=1')).toEqual({ kind: 'file', file: '/srv/dist/codes/0x80070570', path: '/codes/0x80070570/' });
    expect(at('/%E6%97%A5%E5%BF%97.txt')).toMatchObject({ file: '/srv/dist/日志.txt', path: '/%E6%97%A5%E5%BF%97.txt' });
  });

  it('is refused with 400 when its percent-encoding is broken', () => {
    for (const t of ['/%E0', '/%', '/a%zz', '/%C0%AF']) expect(at(t), t).toEqual({ kind: 'refuse', status: 400 });
  });

  it('cannot climb out of the root in any spelling of ..', () => {
    for (const t of ['/../etc/passwd', '/a/%2e%2e/%2E%2E/etc/passwd', '/./index.html', '/..']) expect(at(t), t).toEqual({ kind: 'refuse', status: 403 });
  });

  it('is refused with 400 for encoded slashes, backslashes and NUL', () => {
    for (const t of ['/a%2Fb', '/a%2fb', '/a%5C..%5Cb', '/a\\b', '/index.html%00.png']) expect(at(t), t).toEqual({ kind: 'refuse', status: 400 });
  });

  it('is refused with 400 unless it is a path: no `*`, no absolute URL, no `//host`, nothing huge', () => {
    for (const t of ['*', 'http://evil.example/', '//evil.example/', '', `/${'a'.repeat(5000)}`]) expect(at(t), t.slice(0, 30)).toEqual({ kind: 'refuse', status: 400 });
  });

  it('names no file when it has an empty segment inside', () => {
    expect(at('/codes//x/')).toEqual({ kind: 'refuse', status: 404 });
  });

  it('is outside the site when it does not start with the base path', () => {
    expect(at('/other/', '/update-triage/')).toEqual({ kind: 'outside-base' });
    expect(at('/update-triage', '/update-triage/')).toMatchObject({ kind: 'file', file: '/srv/dist' });
    expect(at('/update-triage/kb/', '/update-triage/')).toMatchObject({ kind: 'file', file: '/srv/dist/kb' });
  });
});
