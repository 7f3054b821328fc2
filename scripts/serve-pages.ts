/**
 * A tiny static server on 127.0.0.1 for the e2e tests and the demo. Never touches the
 * network; serves only these folders:
 *   /demo/<file>             demo/pages/<file>
 *   /fixtures/<case>/        tests/fixtures/<case>/source.html
 *   /e2e/<file>              tests/e2e/pages/<file>
 *   /hostile/<name>          a page of tests/hostile/payloads.json planted by tests/hostile/build-pages.ts
 *   /hostile/index.json      the planted page names
 * `?csp=strict` adds `Content-Security-Policy: script-src 'none'` (a page that runs no scripts of its own).
 * Run directly: `tsx scripts/serve-pages.ts [port]` (default 4179).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { plantAll } from '../tests/hostile/build-pages.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_PORT = 4179;

const MOUNTS: Record<string, string> = {
  demo: resolve(ROOT, 'demo/pages'),
  fixtures: resolve(ROOT, 'tests/fixtures'),
  e2e: resolve(ROOT, 'tests/e2e/pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

/** The file for a request path, or null (also for any path escaping its mount). */
export function fileFor(pathname: string): string | null {
  const [, mount, ...rest] = decodeURIComponent(pathname).split('/');
  const base = mount ? MOUNTS[mount] : undefined;
  if (!base) return null;
  let file = resolve(base, rest.join('/'));
  if (file !== base && !file.startsWith(base + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = resolve(file, mount === 'fixtures' ? 'source.html' : 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

let planted: ReturnType<typeof plantAll> | null = null;

/** Planted hostile pages, built once on first use; index.json lists `{name, category, where}`. */
function hostilePage(name: string): Buffer | null {
  planted ??= plantAll();
  if (name === 'index.json') {
    return Buffer.from(JSON.stringify(planted.map((p) => ({ name: p.name, category: p.payload.category, where: p.payload.where }))));
  }
  const html = planted.find((p) => p.name === name)?.html;
  return html === undefined ? null : Buffer.from(html);
}

export function startPageServer(port = DEFAULT_PORT): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/hostile/')) {
      const body = hostilePage(decodeURIComponent(url.pathname.slice('/hostile/'.length)));
      res.writeHead(body ? 200 : 404, {
        'content-type': url.pathname.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(body ?? 'not found');
      return;
    }
    let file: string | null;
    try {
      file = fileFor(url.pathname);
    } catch {
      file = null;
    }
    // Read before writeHead: a failing read after a 200 header would kill the server.
    const body = file ? readFileSync(file) : null;
    if (!file || !body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? DEFAULT_PORT);
  await startPageServer(port);
  console.log(`plainpage: serving demo and fixture pages on http://127.0.0.1:${port}/`);
}
