// @vitest-environment node
/**
 * The CLI driver in-process, with a small stand-in engine: these tests are
 * about the CLI's contract (order, errors, exit codes, URLs), not about
 * cleaning; cli-bin.test.ts runs the real bin with the real engine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CleanFn } from '../../../src/cli/clean-input.ts';
import { main } from '../../../src/cli/main.ts';
import type { CleanResult } from '../../../src/core/types.ts';

/** Stand-in engine: "detects" pages with an <article>, text = its paragraphs; throws on a marker. */
const standIn: CleanFn = (doc, url) => {
  if (doc.querySelector('[data-crash]')) throw new Error('boom\nsecond line');
  const article = doc.querySelector('article');
  const result: CleanResult = {
    url,
    detected: Boolean(article),
    autoClean: Boolean(article),
    kind: article ? 'article' : null,
    reasons: [article ? 'has <article>' : 'no <article>'],
    title: doc.title,
    source: '',
    byline: '',
    published: '',
    readingMinutes: article ? 1 : 0,
    language: '',
    text: article ? [...article.querySelectorAll('p')].map((p) => p.textContent).join('\n\n') : '',
    html: '',
    related: [],
    removed: { promo: 0, duplicates: 0, log: [] },
  };
  return result;
};

function capture(stdin?: NodeJS.ReadableStream) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), stdin },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

const article = (title: string, body: string, head = '') =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body><article><p>${body}</p></article></body></html>`;

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plainpage-main-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('main', () => {
  it('prints one JSON line per input, in input order', async () => {
    const a = file('a.html', article('A', 'alpha'));
    const b = file('b.html.gz', gzipSync(article('B', 'beta')));
    const c = capture();
    expect(await main(['clean', '--json', a, b], c.io, { clean: standIn })).toBe(0);
    const lines = c.stdout().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.input, l.title, l.text])).toEqual([
      [a, 'A', 'alpha'],
      [b, 'B', 'beta'],
    ]);
    expect(c.stderr()).toBe('');
  });

  it('reports a bad input on one stderr line, carries on, and exits 1', async () => {
    const good1 = file('g1.html', article('G1', 'one'));
    const png = file('img.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const crash = file('crash.html', '<article data-crash><p>x</p></article>');
    const good2 = file('g2.html', article('G2', 'two'));
    const missing = join(dir, 'missing.html');
    const c = capture();
    const code = await main(['clean', '--json', good1, png, missing, crash, good2], c.io, { clean: standIn });
    expect(code).toBe(1);
    expect(c.stdout().trimEnd().split('\n').map((l) => JSON.parse(l).title)).toEqual(['G1', 'G2']);
    const errors = c.stderr().trimEnd().split('\n');
    expect(errors).toEqual([
      `plainpage: ${png}: not HTML (a PNG image)`,
      `plainpage: ${missing}: no such file`,
      expect.stringMatching(new RegExp(`^plainpage: ${crash}: engine error: Error: boom second line`)),
    ]);
  });

  it('exits 0 for a page that is not an article, and says so in plain mode', async () => {
    const shop = file('shop.html', '<html><head><title>Shop</title></head><body><ul><li>Socks £3</li></ul></body></html>');
    const c = capture();
    expect(await main(['clean', shop], c.io, { clean: standIn })).toBe(0);
    expect(c.stdout()).toBe(`${shop}: not a news article (no <article>)\n`);
    const j = capture();
    expect(await main(['clean', '--json', shop], j.io, { clean: standIn })).toBe(0);
    expect(JSON.parse(j.stdout())).toMatchObject({ detected: false, kind: null });
  });

  it('separates several inputs in plain mode with headers', async () => {
    const a = file('pa.html', article('PA', 'alpha'));
    const b = file('pb.html', article('PB', 'beta'));
    const c = capture();
    await main(['clean', a, b], c.io, { clean: standIn });
    expect(c.stdout()).toBe(`==> ${a} <==\nPA\n1 min read\n\nalpha\n\n==> ${b} <==\nPB\n1 min read\n\nbeta\n`);
  });

  it('reads standard input for -', async () => {
    const c = capture(Readable.from([Buffer.from(article('Stdin', 'from a pipe'))]));
    expect(await main(['clean', '--json', '-'], c.io, { clean: standIn })).toBe(0);
    expect(JSON.parse(c.stdout())).toMatchObject({ input: '-', title: 'Stdin', url: 'file:///dev/stdin' });
  });

  it('picks the base URL: --url, then --url-map, then canonical, then the file', async () => {
    const canon = file('canon.html', article('C', 'c', '<link rel="canonical" href="https://news.example/c">'));
    const plain = file('plain.html', article('P', 'p'));
    const map = file('map.json', JSON.stringify({ [plain]: 'https://mapped.example/p' }));
    const urls = async (argv: string[]) => {
      const c = capture();
      await main(argv, c.io, { clean: standIn });
      return c.stdout().trimEnd().split('\n').map((l) => JSON.parse(l).url);
    };
    expect(await urls(['clean', '--json', canon, plain])).toEqual(['https://news.example/c', `file://${plain}`]);
    expect(await urls(['clean', '--json', '--url-map', map, canon, plain])).toEqual(['https://news.example/c', 'https://mapped.example/p']);
    expect(await urls(['clean', '--json', '--url', 'https://given.example/', canon, plain])).toEqual([
      'https://given.example/',
      'https://given.example/',
    ]);
  });

  it('exits 2 with usage on stderr for usage errors and a bad url map', async () => {
    const c = capture();
    expect(await main(['clean', '--bogus', 'x.html'], c.io, { clean: standIn })).toBe(2);
    expect(c.stderr()).toMatch(/^plainpage: unknown option: --bogus\nUsage: plainpage clean/);
    expect(c.stdout()).toBe('');
    const m = capture();
    const bad = file('bad-map.json', '["not", "an object"]');
    expect(await main(['clean', '--url-map', bad, 'x.html'], m.io, { clean: standIn })).toBe(2);
    expect(m.stderr()).toBe(`plainpage: --url-map ${bad}: must be a JSON object {"INPUT": "URL"}\n`);
  });

  it('prints help and version', async () => {
    const h = capture();
    expect(await main(['--help'], h.io)).toBe(0);
    expect(h.stdout()).toMatch(/^Usage: plainpage clean \[--json\] \[--url URL\]/);
    const v = capture();
    expect(await main(['--version'], v.io)).toBe(0);
    expect(v.stdout()).toMatch(/^plainpage \d+\.\d+\.\d+\n$/);
  });
});
