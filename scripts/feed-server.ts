/**
 * A local feed server for end-to-end tests and the demo: serves a directory of feed files on 127.0.0.1 with
 * ETag / If-None-Match (304), as a CDN or object store would, and accepts `PUT /<file>` with
 * `Authorization: Bearer <token>` so the command line or the admin page can publish.
 *
 *   npx tsx scripts/feed-server.ts --port 8787 --dir ./feeds [--token TOKEN]   (or FEED_SERVER_TOKEN)
 *
 * Only 127.0.0.1: this is a test and demo tool, not a production host (docs/feed.md, "Serving a feed").
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_FEED_BYTES } from '../lib/feed/format';

export interface FeedServerOptions {
  /** The directory whose files are served. */
  root: string;
  /** 0 for an ephemeral port. */
  port: number;
  /** Bearer token that allows PUT; without one the server is read-only. */
  token?: string;
}

export interface FeedServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

const fileName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;
const etagOf = (bytes: Buffer) => `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;

/** Versioned feed files never change once published; everything else (the manifest) is revalidated on each poll. */
const cacheControl = (name: string) => (/-v\d+\.feed\.json$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');

function tokenMatches(header: string | undefined, token: string | undefined): boolean {
  if (token === undefined || header === undefined) return false;
  const given = Buffer.from(header);
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * The admin page (a chrome-extension:// or moz-extension:// page) publishes with fetch, which is cross-origin:
 * the browser asks first (OPTIONS preflight, because of PUT and the Authorization header) and reads the answer
 * only if the server names the page's origin. Only extension origins are named; the server stays on 127.0.0.1.
 */
const extensionOrigin = /^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/;

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined || !extensionOrigin.test(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

function send(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body === '' ? undefined : `${body}\n`);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function handle(req: IncomingMessage, res: ServerResponse, options: FeedServerOptions): Promise<void> {
  let name: string;
  try {
    name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
  } catch {
    return send(res, 404, 'not found');
  }
  // Plain file names only: no directories, no "..".
  if (!fileName.test(name)) return send(res, 404, 'not found');
  const file = path.join(options.root, name);

  if (req.method === 'GET' || req.method === 'HEAD') {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      return send(res, 404, 'not found');
    }
    const etag = etagOf(bytes);
    const headers = { etag, 'cache-control': cacheControl(name), 'access-control-allow-origin': '*' };
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch !== undefined && (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.length) });
    return void res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  if (req.method === 'OPTIONS') {
    const cors = corsHeaders(req);
    if (!('access-control-allow-origin' in cors)) return send(res, 403, 'cross-origin publishing is allowed from extension pages only');
    res.writeHead(204, {
      ...cors,
      'access-control-allow-methods': 'GET, HEAD, PUT',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-max-age': '600',
    });
    return void res.end();
  }

  if (req.method === 'PUT') {
    const cors = corsHeaders(req);
    if (options.token === undefined) return send(res, 403, 'publishing is off (no token configured)', cors);
    if (!tokenMatches(req.headers.authorization, options.token)) return send(res, 401, 'bad or missing bearer token', { 'www-authenticate': 'Bearer', ...cors });
    const body = await readBody(req, MAX_FEED_BYTES);
    if (body === null) return send(res, 413, `larger than ${MAX_FEED_BYTES} bytes`, cors);
    // Write beside, then rename: a reader never sees half a file.
    const temporary = `${file}.${process.pid}.${Date.now()}.part`;
    await writeFile(temporary, body);
    await rename(temporary, file);
    return send(res, 201, 'stored', { etag: etagOf(body), ...cors });
  }

  return send(res, 405, 'method not allowed', { allow: 'GET, HEAD, PUT, OPTIONS' });
}

export async function startFeedServer(options: FeedServerOptions): Promise<FeedServer> {
  await mkdir(options.root, { recursive: true });
  const server = createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.destroy();
      console.error(error);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const port = Number(option(argv, '--port') ?? argv.find((a) => /^\d+$/.test(a)) ?? 8787);
  const root = path.resolve(option(argv, '--dir') ?? 'feeds');
  const token = option(argv, '--token') ?? process.env.FEED_SERVER_TOKEN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: npx tsx scripts/feed-server.ts --port PORT --dir DIR [--token TOKEN]');
    process.exit(2);
  }
  const server = await startFeedServer({ root, port, token });
  console.log(`serving ${root} at ${server.url}/ (PUT ${token === undefined ? 'off' : 'with bearer token'})`);
}
