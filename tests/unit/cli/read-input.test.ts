// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, inflateIfGzip, readInput } from '../../../src/cli/read-input.ts';

const PAGE = '<!doctype html><title>T</title><p>Body text</p>';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plainpage-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('readInput: files', () => {
  it('reads an .html file and reports its file:// URL', async () => {
    const path = join(dir, 'a page.html');
    writeFileSync(path, PAGE);
    const raw = await readInput(path);
    expect(text(raw.bytes)).toBe(PAGE);
    expect(raw.location).toMatch(/^file:\/\/\/.*\/a%20page\.html$/);
    expect(raw.contentType).toBeNull();
  });

  it('inflates .html.gz', async () => {
    const path = join(dir, 'b.html.gz');
    writeFileSync(path, gzipSync(PAGE));
    expect(text((await readInput(path)).bytes)).toBe(PAGE);
  });

  it('refuses to inflate past the size limit (gzip bomb)', async () => {
    const path = join(dir, 'bomb.html.gz');
    writeFileSync(path, gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x20)));
    await expect(readInput(path, { maxBytes: 1024 * 1024 })).rejects.toThrow(/refusing to inflate: larger than 1 MB/);
    expect(() => inflateIfGzip(gzipSync(Buffer.alloc(5000)), 4999)).toThrow(InputError);
    expect(inflateIfGzip(gzipSync(Buffer.alloc(5000)), 5000)).toHaveLength(5000);
  });

  it('refuses a file larger than the limit without reading it', async () => {
    const path = join(dir, 'big.html');
    writeFileSync(path, Buffer.alloc(2048, 0x41));
    await expect(readInput(path, { maxBytes: 1024 })).rejects.toThrow(/refusing file larger than/);
  });

  it('names missing files, directories and corrupt gzip', async () => {
    await expect(readInput(join(dir, 'nope.html'))).rejects.toThrow('no such file');
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    await expect(readInput(sub)).rejects.toThrow('is a directory');
    const bad = join(dir, 'bad.html.gz');
    writeFileSync(bad, Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    await expect(readInput(bad)).rejects.toThrow(/corrupt gzip data/);
  });
});

describe('readInput: stdin', () => {
  it('reads - from the given stream, in chunks, and inflates gzip', async () => {
    const raw = await readInput('-', { stdin: Readable.from([Buffer.from(PAGE.slice(0, 10)), Buffer.from(PAGE.slice(10))]) });
    expect(text(raw.bytes)).toBe(PAGE);
    expect(raw.location).toBe('file:///dev/stdin');
    const gz = await readInput('-', { stdin: Readable.from([gzipSync(PAGE)]) });
    expect(text(gz.bytes)).toBe(PAGE);
  });

  it('refuses stdin past the limit', async () => {
    await expect(readInput('-', { stdin: Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), maxBytes: 1000 })).rejects.toThrow(
      /refusing input larger than/,
    );
  });
});

describe('readInput: URLs (local server only)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case '/page':
          res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
          res.end(PAGE);
          return;
        case '/moved':
          res.writeHead(302, { location: '/page' });
          res.end();
          return;
        case '/image':
          res.writeHead(200, { 'content-type': 'image/png' });
          res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
          return;
        case '/gz-file':
          res.writeHead(200, { 'content-type': 'application/gzip' });
          res.end(gzipSync(PAGE));
          return;
        case '/big':
          res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
          res.end(Buffer.alloc(5000, 0x20));
          return;
        case '/big-chunked':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(Buffer.alloc(5000, 0x20));
          return;
        case '/slow':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<p>');
          return; // never ends
        default:
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  it('fetches a page with its Content-Type', async () => {
    const raw = await readInput(`${base}/page`);
    expect(text(raw.bytes)).toBe(PAGE);
    expect(raw.contentType).toBe('text/html; charset=windows-1251');
    expect(raw.location).toBe(`${base}/page`);
  });

  it('follows redirects and reports the final URL', async () => {
    expect((await readInput(`${base}/moved`)).location).toBe(`${base}/page`);
  });

  it('inflates a served .gz file', async () => {
    expect(text((await readInput(`${base}/gz-file`)).bytes)).toBe(PAGE);
  });

  it('fails on HTTP errors, non-page types, oversize bodies, timeouts and refused connections', async () => {
    await expect(readInput(`${base}/missing`)).rejects.toThrow('fetch failed: HTTP 404 Not Found');
    await expect(readInput(`${base}/image`)).rejects.toThrow('not HTML (Content-Type: image/png)');
    await expect(readInput(`${base}/big`, { maxBytes: 1000 })).rejects.toThrow('refusing page larger than 1 KB');
    // No Content-Length: the limit is enforced while streaming.
    await expect(readInput(`${base}/big-chunked`, { maxBytes: 1000 })).rejects.toThrow('refusing input larger than 1 KB');
    await expect(readInput(`${base}/slow`, { timeoutMs: 300 })).rejects.toThrow('fetch timed out after 0.3 s');
    // A port that was just free: nothing listens there any more.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const freePort = (probe.address() as AddressInfo).port;
    await new Promise((done) => probe.close(done));
    await expect(readInput(`http://127.0.0.1:${freePort}/`)).rejects.toThrow('fetch failed (ECONNREFUSED)');
  });
});
