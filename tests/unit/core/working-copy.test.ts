// @vitest-environment node
/**
 * The working copy (issue 13): no `<base href>` is ever made, changed or connected for it
 * (in Chromium each of those runs the page's CSP base-uri check: an event the page sees and a
 * report to its report-uri; tests/e2e/page-side-channel.spec.ts shows it there), while links
 * still resolve against the page's base URL exactly as before; and `baseUrl` gives a copy
 * parsed away from the page (in an extension page) the page's base URL.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { page, story } from './helpers.ts';

const PAGE_URL = 'https://news.example/world/story-1';

function load(html: string, contentType = 'text/html'): JSDOM {
  return new JSDOM(html, { url: PAGE_URL, contentType, virtualConsole: new VirtualConsole() });
}

const ARTICLE = (extra: string) =>
  page(`<article><h1>Council agrees new plan for roads</h1>${story(6)}<p>The full plan is <a href="plans/roads.pdf">on the council site</a> and a map <a href="maps/district">here</a>, the council said on Tuesday evening after the vote.</p>${extra}</article>`,
    '<base href="https://cdn.example/media/">');

/**
 * Records everything (done through `win`'s DOM prototypes) that, in Chromium, runs the
 * page policy's base-uri check. A <base> made with an href (cloneNode, importNode) or an
 * href set on or taken off a <base> makes its document recompute its base URL
 * (HTMLBaseElement::ParseAttribute, connected or not), which checks the first connected
 * <base href> of that document: a problem when there is one (the page's own, or one in a
 * copy). And an insertion that leaves a <base href> connected in a document.
 */
function watchBaseHandling(win: JSDOM['window']): string[] {
  const seen: string[] = [];
  const basesIn = (node: unknown): Element[] => {
    if (!(node instanceof win.Node)) return [];
    const n = node as Node;
    const self = n.nodeType === 1 && (n as Element).matches('base[href]') ? [n as Element] : [];
    const inside = n.nodeType === 1 || n.nodeType === 9 || n.nodeType === 11 ? [...(n as unknown as ParentNode).querySelectorAll('base[href]')] : [];
    return [...self, ...inside];
  };
  const wrap = (proto: object, name: string, after: (self: Node, args: unknown[], result: unknown) => void) => {
    const original = (proto as Record<string, (...a: unknown[]) => unknown>)[name]!;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value(this: Node, ...args: unknown[]) {
        const result = original.apply(this, args);
        after(this, args, result);
        return result;
      },
    });
  };
  /** The first connected <base href> of `doc`, which Chromium checks again. */
  const checkedIn = (doc: Document | null) => doc?.querySelector('base[href]')?.getAttribute('href') ?? null;
  const made = (how: string) => (_self: Node, _args: unknown[], result: unknown) => {
    const checked = basesIn(result).length ? checkedIn((result as Node).ownerDocument) : null;
    if (checked !== null) seen.push(`${how} (checks ${checked})`);
  };
  const connected = (how: string, nodes: (self: Node, args: unknown[]) => unknown[]) => (self: Node, args: unknown[]) => {
    for (const n of nodes(self, args)) if (n instanceof win.Node && n.isConnected) for (const b of basesIn(n)) seen.push(`${how} ${b.getAttribute('href')}`);
  };
  const hrefChange = (how: string) => (self: Node, args: unknown[]) => {
    const name = String(args[1] !== undefined && how.endsWith('NS') ? args[1] : args[0]).toLowerCase();
    const checked = (self as Element).localName === 'base' && name === 'href' ? checkedIn(self.ownerDocument) : null;
    if (checked !== null) seen.push(`${how} href (checks ${checked})`);
  };
  wrap(win.Node.prototype, 'cloneNode', made('cloneNode'));
  wrap(win.Document.prototype, 'importNode', made('importNode'));
  for (const m of ['setAttribute', 'removeAttribute', 'toggleAttribute']) wrap(win.Element.prototype, m, hrefChange(m));
  wrap(win.Element.prototype, 'setAttributeNS', hrefChange('setAttributeNS'));
  wrap(win.Element.prototype, 'removeAttributeNS', hrefChange('removeAttributeNS'));
  const first = (_s: Node, a: unknown[]) => [a[0]];
  const self = (s: Node) => [s];
  wrap(win.Node.prototype, 'appendChild', connected('appendChild', first));
  wrap(win.Node.prototype, 'insertBefore', connected('insertBefore', first));
  wrap(win.Node.prototype, 'replaceChild', connected('replaceChild', first));
  for (const proto of [win.Element.prototype, win.Document.prototype, win.DocumentFragment.prototype]) {
    for (const m of ['append', 'prepend', 'replaceChildren']) wrap(proto, m, connected(m, self));
  }
  for (const m of ['replaceWith', 'after', 'before']) wrap(win.Element.prototype, m, connected(m, (_s, a) => a));
  return seen;
}

describe('the working copy', () => {
  it('makes, changes or connects no <base href> anywhere, and links resolve against the page base as before', () => {
    const dom = load(ARTICLE('<p>A second base sits in the story <base href="https://other.example/"> and is ignored by browsers, who take the first.</p>'));
    const seen = watchBaseHandling(dom.window);
    const result = cleanDocument(dom.window.document, PAGE_URL, { force: true });
    expect(seen).toEqual([]);
    expect(result.detected, result.reasons.join('; ')).toBe(true);
    expect(result.html).toContain('href="https://cdn.example/media/plans/roads.pdf"');
    expect(result.html).toContain('href="https://cdn.example/media/maps/district"');
    // The page itself is untouched: its <base> keeps its href.
    expect(dom.window.document.querySelectorAll('base[href]')).toHaveLength(2);
  });

  it('a relative <base href> resolves against the page URL, as the page does', () => {
    const dom = load(ARTICLE('').replace('https://cdn.example/media/', '/static/'));
    const result = cleanDocument(dom.window.document, PAGE_URL, { force: true });
    expect(result.html).toContain('href="https://news.example/static/plans/roads.pdf"');
  });

  it('XHTML: the copy made for it leaves no <base href> connected either, and keeps the base URL', () => {
    const xhtml = ARTICLE('')
      .replace('<!doctype html>', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>')
      .replace('<html lang="en">', '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">')
      .replace(/<(base)\b([^>]*?)\/?>/g, '<$1$2/>');
    const dom = load(xhtml, 'application/xhtml+xml');
    expect(dom.window.document.contentType).toBe('application/xhtml+xml');
    const seen = watchBaseHandling(dom.window);
    const result = cleanDocument(dom.window.document, PAGE_URL, { force: true });
    expect(seen).toEqual([]);
    expect(result.html).toContain('href="https://cdn.example/media/plans/roads.pdf"');
  });

  it('baseUrl: a copy parsed elsewhere (the extension\'s engine host) resolves links against the page\'s base URL', () => {
    // What DOMParser in an extension page gives: the same HTML at another address, its <base> refused by the page's CSP.
    const elsewhere = new JSDOM(ARTICLE('').replace(/<base[^>]*>/, ''), { url: 'chrome-extension://abc/popup/popup.html', virtualConsole: new VirtualConsole() });
    const doc = elsewhere.window.document;
    const before = doc.documentElement.outerHTML;
    const plain = cleanDocument(doc, PAGE_URL, { force: true });
    expect(plain.html).not.toContain('https://cdn.example/media/plans/roads.pdf');
    const pinned = cleanDocument(doc, PAGE_URL, { force: true }, { baseUrl: 'https://cdn.example/media/' });
    expect(pinned.html).toContain('href="https://cdn.example/media/plans/roads.pdf"');
    expect(pinned.html).toContain('href="https://cdn.example/media/maps/district"');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the working copy leaves out whitespace that only repeats whitespace', () => {
  /** Whitespace-only text nodes of `html` that follow (in text order) whitespace or nothing, outside <pre>. */
  function repeatedSpaces(html: string): string[] {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    const walker = doc.createTreeWalker(doc.body, 4);
    const found: string[] = [];
    let afterSpace = true;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      if (/\S/.test(data)) afterSpace = /\s$/.test(data);
      else if (afterSpace && !n.parentElement?.closest('pre')) found.push(JSON.stringify(data));
      else afterSpace = true;
    }
    return found;
  }
  const nested = (inner: string) => `<section>\n  <div>\n    <div>\n      ${inner}\n    </div>\n  </div>\n  <div>\n    <div>\n      <p>Then the board of the harbour trust voted to widen the quay before the winter storms, a plan the mayor had opposed for years.</p>\n    </div>\n  </div>\n</section>`;

  it('removes: the indentation between nested blocks', () => {
    const html = page(`<article>\n  <h1>Council agrees new plan for roads</h1>\n  ${nested(story(5))}\n</article>`);
    expect(repeatedSpaces(html).length).toBeGreaterThan(5);
    const result = cleanDocument(load(html).window.document, PAGE_URL, { force: true });
    expect(result.detected, result.reasons.join('; ')).toBe(true);
    expect(repeatedSpaces(result.html)).toEqual([]);
    expect(result.text).toContain('The council met on day 5');
  });

  it('keeps prose: the space between words and links, and whitespace inside <pre> as written', () => {
    const prose = '<p>Read <a href="/plan">the plan</a> <a href="/map">and the map</a> <b>before</b>\n  <i>Friday</i>, said the clerk of the council at the end of the long public meeting.</p>';
    const code = '<pre><code>total = 1 \n</code>\n    <code>print(total)</code></pre>';
    const html = page(`<article>\n  <h1>Council agrees new plan for roads</h1>\n  ${nested(`${story(5)}\n${prose}\n${code}`)}\n</article>`);
    const result = cleanDocument(load(html).window.document, PAGE_URL, { force: true });
    expect(result.text).toContain('Read the plan and the map before Friday, said the clerk');
    expect(result.html).toContain('<code>total = 1 \n</code>\n    <code>print(total)</code>');
  });
});
