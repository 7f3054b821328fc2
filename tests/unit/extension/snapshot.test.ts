/**
 * The page snapshot (issue 12): the page's HTML as the engine reads it in an extension page.
 * Parsed again, it gives the page's elements, attributes and text; it leaves out what the
 * engine never reads, event handler attributes and <base href>; it changes nothing in the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { CONTENT_API_KEY } from '../../../src/content/content-api.ts';
import { snapshotPage, type PageSnapshot } from '../../../src/engine-host/snapshot.ts';

function setPage(head: string, body: string): void {
  // Test fixture markup (tests may parse HTML).
  document.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
}
const htmlOf = (s: PageSnapshot) => (s.ok ? s.html : '');
const reparse = (s: PageSnapshot) => new DOMParser().parseFromString(htmlOf(s), 'text/html');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(CONTENT_API_KEY)];
});

describe('snapshotPage', () => {
  it('parsed again, gives the same elements, attributes and text', () => {
    setPage('<title>A &amp; B</title><meta name="author" content="Ana &quot;Q&quot; Ruiz">',
      '<article lang="en"><h1 class="t">Bridge &lt;repair&gt; &amp; more</h1><p>One&nbsp;two <a href="/x?a=1&amp;b=2" title=\'say "hi"\'>link</a><br>after</p>' +
      '<ul><li>a</li><li>b</li></ul><table><tbody><tr><td>c</td></tr></tbody></table><img src="a.jpg" alt="x"><textarea>&lt;b&gt;</textarea></article>');
    const before = document.documentElement.outerHTML;
    const copy = reparse(snapshotPage());
    expect(document.documentElement.outerHTML).toBe(before); // nothing changed in the page
    expect(copy.title).toBe('A & B');
    expect(copy.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Ana "Q" Ruiz');
    expect(copy.body.innerHTML).toBe(document.body.innerHTML);
    expect(copy.documentElement.lang).toBe(document.documentElement.lang);
  });

  it('leaves out scripts (not JSON-LD), styles, SVG, templates, comments and event handlers, and a <base>\'s href', () => {
    setPage('<base href="https://cdn.example/" target="_top"><style>p{}</style><script>window.x=1</script><script type="application/ld+json">{"headline":"A < B"}</script>',
      '<!-- c --><p onclick="alert(1)" ONMOUSEOVER="x()" data-on="kept">Text</p><svg><path d="M0"/></svg><template><p>t</p></template><img src="a.jpg" onerror="alert(2)">');
    const snapshot = snapshotPage();
    const html = htmlOf(snapshot);
    for (const gone of ['alert', 'x()', 'window.x', 'p{}', '<svg', '<path', '<template', '<!--', 'cdn.example']) expect(html, gone).not.toContain(gone);
    const copy = reparse(snapshot);
    expect(copy.querySelector('script[type="application/ld+json"]')?.textContent).toBe('{"headline":"A < B"}');
    expect(copy.querySelector('p')?.getAttribute('data-on')).toBe('kept');
    expect(copy.querySelector('base')?.getAttribute('target')).toBe('_top');
    expect(snapshot.ok && snapshot.baseUrl).toBe('https://cdn.example/');
  });

  // The snapshot's list of what it leaves out is its own (executeScript sends the function's source
  // alone, so it cannot import the engine's): this is what keeps the two lists in step.
  it('the engine makes the same of the snapshot as of the page itself (nothing it reads is left out)', () => {
    const demo = readFileSync(resolve(import.meta.dirname, '../../../demo/pages/aggregator-article.html'), 'utf8');
    const head = /<head>([\s\S]*)<\/head>/.exec(demo)![1]!;
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(demo)![1]!;
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ignored', author: { '@type': 'Person', name: 'Mara Quist' }, datePublished: '2026-03-02T08:00:00Z' });
    // A lazy picture in the story: Readability takes its real source from the <noscript> beside it.
    const lazy = '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><noscript><img src="https://img.example/ferry.jpg" alt="The ferry"></noscript></p>';
    const story = body.replace('</p>', `</p>${lazy}`);
    setPage(`${head}<script type="application/ld+json">${ld}</script>`, `${story}<template><p>Template text</p></template>`);
    const url = 'https://news.example/world/story';
    const { timings: _a, ...fromPage } = cleanDocument(document, url);
    const { timings: _b, ...fromSnapshot } = cleanDocument(reparse(snapshotPage()), url);
    expect(fromPage.detected).toBe(true);
    expect(fromPage.byline).toContain('Mara Quist'); // read from the JSON-LD, which the snapshot must keep
    expect(fromPage.html).toContain('https://img.example/ferry.jpg'); // from the <noscript>, which it must keep too
    expect(fromSnapshot).toEqual(fromPage);
  });

  it('keeps a <noscript>\'s text as text (scripting is on in the page, off in the engine\'s parse)', () => {
    setPage('', '<noscript></noscript>');
    const noscript = document.querySelector('noscript')!;
    noscript.textContent = '<img src="real.jpg" onerror="alert(1)">'; // what a browser's parse gives with scripting on
    const copy = reparse(snapshotPage()).querySelector('noscript')!;
    expect(copy.textContent).toBe(noscript.textContent);
    expect(copy.children).toHaveLength(0);
  });

  it('a page nested 3,000 deep (near jsdom\'s own limit): each element opened and closed once, iteratively', () => {
    setPage('', '');
    // Built bottom-up and detached, then connected once (jsdom's own insertion is slow at depth).
    let deep: Element = document.createElement('div');
    deep.textContent = 'deep story';
    for (let i = 1; i < 3_000; i++) {
      const outer = document.createElement('div');
      outer.append(deep);
      deep = outer;
    }
    document.body.append(deep);
    const html = htmlOf(snapshotPage());
    deep.remove();
    expect(html.match(/<div>/g)).toHaveLength(3_000);
    expect(html.match(/<\/div>/g)).toHaveLength(3_000);
    expect(html).toContain('deep story');
    expect(html).toMatch(/<\/body><\/html>$/);
  });

  it('while the in-page view is up, reads the page\'s own body in its place (also an empty one)', () => {
    setPage('<title>T</title>', '<p>The page</p>');
    const original = document.body;
    for (const content of ['<p>The page</p>', '']) {
      original.innerHTML = content; // test fixture markup
      const shown = document.createElement('body');
      shown.textContent = 'Plainpage view';
      document.documentElement.replaceChild(shown, original);
      const tail = document.documentElement.appendChild(document.createElement('div'));
      tail.textContent = 'after the body';
      Object.defineProperty(globalThis, Symbol.for(CONTENT_API_KEY), { value: { bodySwap: () => ({ shown, original }) }, configurable: true });
      const html = htmlOf(snapshotPage());
      expect(html).toContain(`<body>${content}</body><div>after the body</div></html>`);
      expect(html).not.toContain('Plainpage view');
      document.documentElement.replaceChild(original, shown);
      tail.remove();
    }
  });

  it('a PDF is unreadable', () => {
    const type = Object.getOwnPropertyDescriptor(Document.prototype, 'contentType')!;
    Object.defineProperty(Document.prototype, 'contentType', { get: () => 'application/pdf', configurable: true });
    try {
      expect(snapshotPage()).toEqual({ ok: false, unreadable: 'pdf' });
    } finally {
      Object.defineProperty(Document.prototype, 'contentType', type);
    }
  });
});
