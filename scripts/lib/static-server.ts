/**
 * A small static file server for dist/: what `npm start` and the browser tests serve. It answers
 * only GET and HEAD for files under its root; anything else, malformed or hostile, gets a 4xx
 * status and the server goes on serving.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { resolveRequestPath } from './request-path.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
};

export interface ServeOptions {
  root: string;
  port?: number;
  host?: string;
  /** URL path the site is built for (SITE_BASE), e.g. `/update-triage/` */
  base?: string;
}

type FileInfo = { file: string; size: number };

async function fileAt(path: string): Promise<FileInfo | 'directory' | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return { file: path, size: info.size };
  return info?.isDirectory() ? 'directory' : undefined;
}

/** Sends a file, or just its headers for HEAD; a read error after the headers ends the response. */
function sendFile(req: IncomingMessage, res: ServerResponse, status: number, { file, size }: FileInfo): void {
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, ...SECURITY_HEADERS });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function sendStatus(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  const body = `${status}\n`;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), ...SECURITY_HEADERS, ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function handle(req: IncomingMessage, res: ServerResponse, root: string, base: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405, { allow: 'GET, HEAD' });
  const target = resolveRequestPath(req.url ?? '', root, base);
  if (target.kind === 'refuse') return sendStatus(res, target.status);
  if (target.kind === 'outside-base') return sendStatus(res, 302, { location: base });
  const found = await fileAt(target.file);
  if (found === 'directory') {
    if (!target.path.endsWith('/')) return sendStatus(res, 301, { location: `${target.path}/` });
    const index = await fileAt(join(target.file, 'index.html'));
    if (index && index !== 'directory') return sendFile(req, res, 200, index);
  } else if (found) return sendFile(req, res, 200, found);
  const notFound = await notFoundPage(root, base, target.path);
  if (notFound) return sendFile(req, res, 404, notFound);
  sendStatus(res, 404);
}

/** The page sent for a missing path: the English one under /en/ (src/pages/en/404.astro), else the site's 404.html. */
async function notFoundPage(root: string, base: string, path: string): Promise<FileInfo | undefined> {
  for (const page of path.startsWith(`${base}en/`) ? [['en', '404', 'index.html'], ['404.html']] : [['404.html']]) {
    const found = await fileAt(join(root, ...page));
    if (found && found !== 'directory') return found;
  }
  return undefined;
}

export async function serveStatic({ root, port = 4321, host = '127.0.0.1', base = '/' }: ServeOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    handle(req, res, root, base).catch(() => {
      // a file that vanished or could not be read mid-request: this request fails, the server stays
      if (!res.headersSent) sendStatus(res, 500);
      else res.destroy();
    });
  });
  // a request line or header Node cannot parse: answer 400 (431 for oversized headers) and close
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}${base}` };
}
