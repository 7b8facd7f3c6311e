import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';

const PAGE = '<!doctype html><title>0x80070570</title>';
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'codes/0x80070570'), { recursive: true });
  writeFileSync(join(root, 'codes/0x80070570/index.html'), PAGE);
  writeFileSync(join(root, '404.html'), '<!doctype html><title>not found</title>');
  mkdirSync(join(root, 'en/404'), { recursive: true });
  writeFileSync(join(root, 'en/404/index.html'), '<!doctype html><html lang="en"><title>English 404</title>');
  writeFileSync(join(root, 'search.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d]));
  ({ server } = await serveStatic({ root, port: 0 }));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

/**
 * Sends raw bytes on a new loopback connection; resolves with what came back once the server
 * closes it, or after `waitMs` (a request the server still waits on the rest of).
 */
function raw(request: string, waitMs = 2000): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(request, 'latin1'));
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.setTimeout(waitMs, () => socket.destroy());
    socket.on('data', (c) => chunks.push(c)).on('error', done).on('close', done);
  });
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const request = (method: string, target: string) => raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);

describe('the static server', () => {
  it('serves a page with its content type and the Content-Security-Policy', async () => {
    const response = await request('GET', '/codes/0x80070570/');
    expect(statusOf(response)).toBe(200);
    expect(response).toMatch(/content-type: text\/html; charset=utf-8/i);
    expect(response).toContain(`content-security-policy: ${CONTENT_SECURITY_POLICY}`);
    expect(response.endsWith(PAGE)).toBe(true);
    expect(await request('GET', '/search.wasm')).toMatch(/content-type: application\/wasm/i);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await request('HEAD', '/codes/0x80070570/');
    expect(statusOf(response)).toBe(200);
    expect(response).toMatch(new RegExp(`content-length: ${PAGE.length}`, 'i'));
    expect(response.endsWith('\r\n\r\n')).toBe(true);
  });

  it('redirects a folder to its slash form and serves the 404 page for what is not there', async () => {
    expect(await request('GET', '/codes/0x80070570')).toMatch(/^HTTP\/1\.1 301[\s\S]*location: \/codes\/0x80070570\/\r\n/i);
    const missing = await request('GET', '/codes/0xdeadbeef/');
    expect(statusOf(missing)).toBe(404);
    expect(missing).toContain('not found');
  });

  it('serves the English 404 page for what is not there under /en/', async () => {
    const missing = await request('GET', '/en/codes/0xdeadbeef/');
    expect(statusOf(missing)).toBe(404);
    expect(missing).toContain('English 404');
    expect(await request('GET', '/english/')).toContain('not found');
  });

  it('refuses hostile and malformed requests with 4xx', async () => {
    const cases: [string, string, number][] = [
      ['GET', '/%E0', 400],
      ['GET', '/a%2Fb', 400],
      ['GET', '/index.html%00', 400],
      ['GET', '/../../etc/passwd', 403],
      ['GET', '/%2e%2e/%2e%2e/etc/passwd', 403],
      ['GET', `/${'x'.repeat(3000)}`, 400],
      ['GET', '//evil.example/', 400],
      ['DELETE', '/codes/0x80070570/', 405],
      ['BREW', '/', 400],
    ];
    for (const [method, target, status] of cases) expect(statusOf(await request(method, target)), `${method} ${target.slice(0, 40)}`).toBe(status);
    expect(await request('POST', '/')).toMatch(/allow: GET, HEAD/i);
  });

  it('keeps serving after thousands of random request lines', async () => {
    const PIECES = ['/', '%', '%E0', '%2F', '%2e%2e', '..', '%00', '\\', '//', '?q=', '#', 'codes', '0x80070570', '日志', '%C3%A9', '%%', ' ', '\t', '\0', '\r', 'a'.repeat(700), '%FF%FE', 'http://x/'];
    const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'TRACE', 'CONNECT', 'PATCH', 'get', 'G\0T', ''];
    let seed = 15;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n; // fixed seed: the same lines on every run
    const lines = Array.from({ length: 2000 }, () => {
      const target = Array.from({ length: 1 + next(6) }, () => PIECES[next(PIECES.length)]).join('');
      return `${METHODS[next(METHODS.length)]} ${next(4) ? '/' : ''}${target} HTTP/1.${next(2)}\r\nHost: localhost\r\nConnection: close\r\n\r\n`;
    });
    const started = Date.now();
    const statuses = new Map<number, number>();
    for (let i = 0; i < lines.length; i += 50) {
      const batch = await Promise.all(lines.slice(i, i + 50).map((line) => raw(line)));
      for (const response of batch) {
        const status = statusOf(response) || 0; // 0: closed without an answer
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }
    const seen = [...statuses.keys()].sort();
    expect(seen.every((s) => [0, 200, 301, 302, 400, 403, 404, 405, 431].includes(s)), `statuses: ${JSON.stringify([...statuses])}`).toBe(true);
    expect(statuses.get(0) ?? 0).toBeLessThan(lines.length / 10);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(statusOf(await request('GET', '/codes/0x80070570/'))).toBe(200);
  });
});
