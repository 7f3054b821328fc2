/**
 * "Save as Markdown" / "Copy as Markdown" (issue 11): the converter on sanitised article DOM,
 * the escaping of page text, and two fixtures run through the whole pipeline whose expected
 * Markdown files were read by eye (tests/fixtures/<case>/expected.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { sanitizeToFragment } from '../../../src/core/lib/html.ts';
import type { CleanResult } from '../../../src/core/types.ts';
import { bodyToMarkdown, escapeLineStart, escapeMarkdown, markdownFromDom, markdownOf } from '../../../src/reader/markdown.ts';

function result(over: Partial<CleanResult> = {}): CleanResult {
  return {
    url: 'https://digest.example/news/1',
    detected: true,
    autoClean: true,
    kind: 'aggregator',
    reasons: [],
    title: 'Harbour council backs bridge repair',
    source: 'Riverside Chronicle',
    byline: 'Maria Okafor',
    published: '2 days ago',
    readingMinutes: 3,
    language: 'en',
    text: 'First paragraph.\n\nSecond paragraph.',
    html: '<p>First paragraph.</p><p>Second paragraph.</p>',
    related: [],
    removed: { promo: 0, duplicates: 0, log: [] },
    ...over,
  };
}

/** The body's Markdown from HTML, sanitised first as the views do. */
const md = (html: string, base = 'https://digest.example/news/1') => bodyToMarkdown(sanitizeToFragment(html), base);

describe('escaping', () => {
  it('escapes inline Markdown characters so text reads as printed', () => {
    expect(escapeMarkdown('5 * 3 = 15, snake_case, [note], `code`, a\\b, <b>, ~5 km, a | b')).toBe(
      '5 \\* 3 = 15, snake\\_case, \\[note\\], \\`code\\`, a\\\\b, \\<b>, \\~5 km, a \\| b',
    );
    // Character references would be decoded by a Markdown reader: "&amp;" must stay "&amp;".
    expect(escapeMarkdown('AT&T wrote &amp; and &#38;')).toBe('AT&T wrote \\&amp; and \\&#38;');
    // Prose that needs nothing stays as it is.
    expect(escapeMarkdown('Prices rose 3.5% in March (the most since 2022) — a record!')).toBe('Prices rose 3.5% in March (the most since 2022) — a record!');
  });

  it('escapes what would open a block at the start of a line, and only there', () => {
    expect(escapeLineStart('# not a heading')).toBe('\\# not a heading');
    expect(escapeLineStart('- not a list')).toBe('\\- not a list');
    expect(escapeLineStart('+44 20 7946 0000')).toBe('\\+44 20 7946 0000');
    expect(escapeLineStart('> not a quote')).toBe('\\> not a quote');
    expect(escapeLineStart('=====')).toBe('\\=====');
    expect(escapeLineStart('1984. A year')).toBe('1984\\. A year');
    expect(escapeLineStart('3) Third')).toBe('3\\) Third');
    expect(escapeLineStart('In 1984. A year - # > + =')).toBe('In 1984. A year - # > + =');
  });

  it('page text never turns into markup in the export', () => {
    const out = md('<p>1. Not a list *or emphasis* and <code>x</code></p><p># Hash [link](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;</p><h2>Ends with #</h2>');
    expect(out).toBe(
      '1\\. Not a list \\*or emphasis\\* and `x`\n\n\\# Hash \\[link\\](javascript:alert(1)) \\<img src=x onerror=alert(1)>\n\n## Ends with \\#',
    );
  });
});

describe('the Markdown converter', () => {
  it('writes headings, paragraphs, emphasis, links and images', () => {
    expect(md('<h1>Top</h1><h2>Part <em>one</em></h2><h4>Detail</h4><p>A <strong>bold</strong> and <em> spaced </em> claim, <a href="/news/2">a link</a> and <a href="https://x.example/a_(b)">parens</a>.</p><p><img src="https://img.example/a.jpg" alt="A [big] bridge"></p>')).toBe(
      [
        '## Top',
        '## Part *one*',
        '#### Detail',
        'A **bold** and *spaced* claim, [a link](https://digest.example/news/2) and [parens](https://x.example/a_%28b%29).',
        '![A \\[big\\] bridge](https://img.example/a.jpg)',
      ].join('\n\n'),
    );
  });

  it('writes nested and numbered lists, tight', () => {
    expect(md('<ul><li>One</li><li>Two<ul><li>Two a</li><li>Two b</li></ul></li></ul><ol start="3"><li>Three</li><li><p>Four</p><p>More on four</p></li></ol>')).toBe(
      ['- One\n- Two\n  - Two a\n  - Two b', '3. Three\n4. Four\n\n   More on four'].join('\n\n'),
    );
  });

  it('writes blockquotes, code blocks, line breaks, rules and tables', () => {
    expect(md('<blockquote><p>Quoted</p><p>twice</p></blockquote><pre><code>const a = `b`;\n```\nx</code></pre><p>Line one<br>line two<br><br>new paragraph</p><hr><table><tr><th>Region</th><th>Rate</th></tr><tr><td>North | East</td><td>27p</td></tr></table>')).toBe(
      [
        '> Quoted\n>\n> twice',
        '````\nconst a = `b`;\n```\nx\n````',
        'Line one\\\nline two',
        'new paragraph',
        '---',
        '| Region | Rate |\n| --- | --- |\n| North \\| East | 27p |',
      ].join('\n\n'),
    );
  });

  it('keeps a picture with its caption, and drops links and images the sanitiser made unsafe', () => {
    expect(md('<figure><img src="https://img.example/p.jpg" alt="Pier"><figcaption>The pier at dawn. Photo: A. Lee</figcaption></figure><p><a href="javascript:alert(1)">bad link</a> <img src="data:image/png;base64,AAAA" alt="x"></p>')).toBe(
      ['![Pier](https://img.example/p.jpg)', '*The pier at dawn. Photo: A. Lee*', 'bad link'].join('\n\n'),
    );
  });

  it('starts with front matter, then the title, the meta line and the body; related stories at the end', () => {
    const out = markdownOf(
      result({
        title: 'Bridge "repair" approved: a *big* day',
        byline: '',
        related: [
          { title: 'Ferry [fares] frozen', url: 'https://other.example/ferry', source: 'Coast News', published: '3 hours ago', text: 'Text.' },
          { title: 'No link here', url: '', source: '', published: '', text: '' },
        ],
      }),
    );
    expect(out).toBe(
      [
        '---',
        'title: "Bridge \\"repair\\" approved: a *big* day"',
        'source: "Riverside Chronicle"',
        'published: "2 days ago"',
        'url: "https://digest.example/news/1"',
        '---',
        '',
        '# Bridge "repair" approved: a \\*big\\* day',
        '',
        'Riverside Chronicle · 2 days ago · [Original article](https://digest.example/news/1)',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
        '## Related stories',
        '',
        '- [Ferry \\[fares\\] frozen](https://other.example/ferry) · Coast News · 3 hours ago',
        '- No link here',
        '',
      ].join('\n'),
    );
    expect(markdownOf(result({ related: [{ title: 'T', url: '', source: '', published: '', text: '' }] }), { related: false })).not.toContain('Related stories');
  });

  it('falls back to the plain text when there is no HTML, and keeps YAML safe', () => {
    const out = markdownFromDom(result({ html: '', text: '- dash first\n\nsecond', title: 'A\u2028B: c' }), null);
    expect(out).toContain('title: "A\\u2028B: c"');
    expect(out).toContain('\\- dash first\n\nsecond\n');
  });
});

/**
 * Fixtures through the whole pipeline, as the reader tab exports them. The expected files were
 * written by this test (PLAINPAGE_WRITE_MD=1) and then read by eye; a change shows as a diff.
 */
describe('fixtures as Markdown', () => {
  const ROOT = resolve(import.meta.dirname, '../../fixtures');
  for (const folder of ['aggregator--semantic', 'fidelity--lists-and-tables', 'fidelity--captions-with-their-images', 'fidelity--code-blocks-and-quotes']) {
    it(folder, () => {
      const dir = resolve(ROOT, folder);
      const url = readFileSync(resolve(dir, 'url.txt'), 'utf8').trim();
      const dom = new JSDOM(readFileSync(resolve(dir, 'source.html'), 'utf8'), { url });
      const cleaned = cleanDocument(dom.window.document, url);
      const out = markdownOf(cleaned, {}, dom.window as unknown as Window);
      const file = resolve(dir, 'expected.md');
      // Written only on request, never silently: a missing file fails.
      if (process.env.PLAINPAGE_WRITE_MD) writeFileSync(file, out);
      expect(existsSync(file), `${file} is missing (PLAINPAGE_WRITE_MD=1 writes it; then read it)`).toBe(true);
      expect(out).toBe(readFileSync(file, 'utf8'));
    });
  }
});
