/**
 * A throwaway HTTP server on 127.0.0.1 for the hostile end-to-end specs: they
 * need response headers (a page CSP) and generated pages that the shared page
 * server (scripts/serve-pages.ts) does not offer. Never touches the network.
 */
import { createServer, type Server } from 'node:http';

export interface HtmlResponse {
  body: string;
  headers?: Record<string, string>;
}

/** Serves `route(pathname)`; a null answer is a 404. Resolves once listening. */
export function serveHtml(port: number, route: (pathname: string) => HtmlResponse | null): Promise<Server> {
  const server = createServer((req, res) => {
    let answer: HtmlResponse | null;
    try {
      answer = route(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    } catch {
      answer = null;
    }
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...answer.headers });
    res.end(answer.body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}
