// @vitest-environment node
/**
 * The payload corpus is data (tests/hostile/payloads.json): this keeps it in
 * format and proves the independent checker flags each payload when it is
 * rendered raw, i.e. that the other hostile tests could fail.
 */
import { describe, expect, it } from 'vitest';
import { findHtmlDangers, isHttpUrlOrEmpty, isSafeUrl, urlScheme } from '../../hostile/check-html.ts';
import { loadPayloads, payloadMarkup, plantAll, type Where } from '../../hostile/build-pages.ts';

const payloads = loadPayloads();
const WHERES: Where[] = ['body', 'head', 'meta', 'title', 'byline', 'source', 'related title', 'related link'];
/** The classes issue 4 names; each must have payloads. */
const CATEGORIES = ['script', 'event-handler', 'url-scheme', 'mxss', 'clobbering', 'srcdoc', 'meta', 'css', 'object-embed', 'control-chars'];

/**
 * Payloads that an HTML parser itself renders harmless: they are traps for
 * string-level filters that strip or reassemble text, not for the DOM.
 */
const INERT_TO_A_PARSER = new Set([
  'script-split-by-nested-script', // tag name is "scr<script"; dangerous only to a strip-once text filter
  'mxss-svg-cdata', // CDATA text inside <svg>; dangerous only if a filter unwraps CDATA as markup
]);

/** Payloads that are dangerous (navigation, file access, legacy engines) but carry no script to flag with. */
const CANNOT_RUN_CODE = new Set([
  'related-link-vbscript', // VBScript: IE only
  'related-link-file-scheme', // local file disclosure / navigation, no code
  'style-attr-behavior-binding', // IE behaviours and XBL bindings: long gone, still must not pass
]);

describe('payload corpus', () => {
  it('has at least 60 payloads with unique ids and the {id, category, where, html} shape', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(60);
    expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length);
    for (const p of payloads) {
      expect(p.id, JSON.stringify(p)).toMatch(/^[a-z0-9-]+$/);
      expect(CATEGORIES, p.id).toContain(p.category);
      expect(WHERES, p.id).toContain(p.where);
      expect(typeof p.html, p.id).toBe('string');
      expect(p.html.length, p.id).toBeGreaterThan(0);
    }
  });

  it('covers every class of the issue and every place a payload can hide', () => {
    expect(new Set(payloads.map((p) => p.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(payloads.map((p) => p.where))).toEqual(new Set(WHERES));
  });

  it('every executable payload sets the page-global flag (or posts it, from an opaque frame)', () => {
    for (const p of payloads) {
      if (p.category === 'control-chars' || p.category === 'clobbering' || CANNOT_RUN_CODE.has(p.id)) continue;
      // base64 data: URLs carry the flag inside their decoded body.
      const decoded = [...p.html.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1]!, 'base64').toString());
      expect([p.html, ...decoded].join(' '), p.id).toMatch(/__pwned/);
    }
  });

  it('plants every payload into a page that still holds the article around it', () => {
    const pages = plantAll(payloads);
    expect(pages.length).toBeGreaterThanOrEqual(payloads.length);
    for (const page of pages) {
      expect(page.html, page.name).toContain('swing bridge');
      expect(page.html, page.name).not.toMatch(/\{\{[A-Z_]+\}\}/);
      expect(page.html.includes(page.payload.html), page.name).toBe(true);
    }
  });
});

describe('independent HTML checker (the other tests rest on it)', () => {
  it.each(payloads.filter((p) => p.category !== 'control-chars' && !INERT_TO_A_PARSER.has(p.id)).map((p) => [p.id, p] as const))(
    'flags %s when rendered raw',
    (_, payload) => {
      expect(findHtmlDangers(payloadMarkup(payload))).not.toEqual([]);
    },
  );

  it('passes ordinary article markup', () => {
    expect(
      findHtmlDangers(
        '<h2>Vote</h2><p>See <a href="https://example.org/a?b=1#c">the report</a> or <a href="/local">local</a> and <a href="mailto:desk@example.org">the desk</a>.</p>' +
          '<figure><img src="https://cdn.example.org/a.jpg" alt="bridge" width="640"><figcaption>The bridge</figcaption></figure>' +
          '<table><tr><td colspan="2">1931</td></tr></table><blockquote cite="https://example.org/q">Quote</blockquote>',
      ),
    ).toEqual([]);
  });

  it('reads the scheme the way a browser does', () => {
    expect(urlScheme(' \u0001jav\tascr\nipt:x')).toBe('javascript');
    expect(urlScheme('JaVaScRiPt:x')).toBe('javascript');
    expect(urlScheme('/path:with:colons')).toBe('');
    expect(urlScheme('?q=javascript:x')).toBe('');
    expect(isSafeUrl('data:image/png;base64,AAAA')).toBe(false);
    expect(isSafeUrl('mailto:a@b.c', 'href')).toBe(true);
    expect(isSafeUrl('mailto:a@b.c', 'src')).toBe(false);
    expect(isHttpUrlOrEmpty('')).toBe(true);
    expect(isHttpUrlOrEmpty('https://a.example/x')).toBe(true);
    expect(isHttpUrlOrEmpty('/relative')).toBe(false);
    expect(isHttpUrlOrEmpty(' https://a.example/x')).toBe(false);
    expect(isHttpUrlOrEmpty('javascript:alert(1)')).toBe(false);
  });

  it('catches a danger that only appears after a serialise + re-parse round trip', () => {
    // Foster parenting moves the <img> out of the table on the first parse already;
    // the nested-form shape (DOMPurify 2.0.17) is the classic one that mutates on the second.
    const found = findHtmlDangers('<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>');
    expect(found.some((line) => line.startsWith('after re-parse: ') && line.includes('onerror'))).toBe(true);
  });
});
