// @vitest-environment node
/**
 * End to end: the real bin/plainpage.js (tsx, real engine) in a child process.
 * Kept to a few spawns; the driver's branches are covered in main.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/plainpage.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}

/** A small ordinary news article (og:type article, <article>, six paragraphs). */
function articlePage(n: number, head = ''): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, j) =>
      `<p>Paragraph ${j} of story ${n}: the harbour council met on Tuesday evening to discuss the new ferry timetable, which residents say leaves the island without a late service.</p>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}</title><meta property="og:type" content="article">${head}</head><body><nav><a href="/">Home</a></nav><article><h1>Story ${n}</h1>${paragraphs}</article></body></html>`;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plainpage-bin-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/plainpage.js', () => {
  it('prints help and version, and exits 2 on an unknown flag or command', async () => {
    const [help, version, flag, command] = await Promise.all([
      run(['--help']),
      run(['--version']),
      run(['clean', '--nope', 'x.html']),
      run(['wash', 'x.html']),
    ]);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: plainpage clean/);
    expect(version.stdout).toMatch(/^plainpage \d+\.\d+\.\d+\n$/);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^plainpage: unknown option: --nope\n/);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^plainpage: unknown command: wash\n/);
  });

  it('cleans 200 files in one call, in order, reporting the one bad input and going on', { timeout: 180_000 }, async () => {
    const inputs: string[] = [];
    for (let n = 0; n < 200; n++) {
      const path = join(dir, `story-${n}.html${n % 2 ? '.gz' : ''}`);
      const html = articlePage(n, `<link rel="canonical" href="https://gazette.example/news/${n}">`);
      writeFileSync(path, n % 2 ? gzipSync(html) : html);
      inputs.push(path);
    }
    const bad = join(dir, 'not-a-page.html');
    writeFileSync(bad, 'just words, no markup');
    const result = await run(['clean', '--json', ...inputs.slice(0, 100), bad, ...inputs.slice(100)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`plainpage: ${bad}: not HTML (no tag found)\n`);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records).toHaveLength(200);
    expect(records.map((r) => r.input)).toEqual(inputs);
    expect(records.map((r) => r.url)).toEqual(inputs.map((_, n) => `https://gazette.example/news/${n}`));
    for (const [n, record] of records.entries()) {
      expect(record.detected, record.input).toBe(true);
      expect(record.text).toContain(`Paragraph 5 of story ${n}:`);
    }
  });

  it('reads standard input, decoding windows-1251 by <meta>', async () => {
    const html = articlePage(7).replace('charset="utf-8"', 'charset="windows-1251"').replace('<p>Paragraph 0', '<p>Новости дня. Paragraph 0');
    const bytes = Buffer.from(
      [...html].map((ch) => {
        const c = ch.codePointAt(0)!;
        return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c;
      }),
    );
    const result = await run(['clean', '--json', '-'], bytes);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const record = JSON.parse(result.stdout);
    expect(record.input).toBe('-');
    expect(record.text).toContain('Новости дня. Paragraph 0 of story 7');
    expect(result.stdout).not.toContain('\ufffd');
  });

  describe('with a local HTTP server', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/news/9') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(articlePage(9));
        } else {
          res.writeHead(500);
          res.end();
        }
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    });

    it('fetches URLs and reports a failed fetch', async () => {
      const result = await run(['clean', `${base}/news/9`, `${base}/broken`]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`plainpage: ${base}/broken: fetch failed: HTTP 500 Internal Server Error\n`);
      expect(result.stdout).toContain(`==> ${base}/news/9 <==\nStory 9\n`);
      expect(result.stdout).toContain('Paragraph 3 of story 9:');
    });
  });

  const reference = join(ROOT, 'tests/fixtures/aggregator--semantic/source.html');
  it.skipIf(!existsSync(reference))('cleans the reference aggregator fixture with its related stories', async () => {
    const result = await run(['clean', '--json', reference]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const record = JSON.parse(result.stdout);
    expect(record).toMatchObject({ detected: true, kind: 'aggregator' });
    expect(record.related.length).toBeGreaterThan(0);
    for (const story of record.related) expect(Object.keys(story)).toEqual(['title', 'url', 'source', 'published', 'text']);
  });
});
