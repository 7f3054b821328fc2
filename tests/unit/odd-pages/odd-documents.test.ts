// @vitest-environment node
/**
 * Documents that are not the ordinary HTML page, each with its stated
 * outcome. The engine must never throw and always returns a well-formed,
 * safe result; what it should find is stated case by case.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import type { CleanResult } from '../../../src/core/types.ts';
import { resultSafetyProblems, resultShapeProblems } from '../../hostile/check-result.ts';
import { ARTICLE_URL, articleWith } from './odd-pages.ts';

function load(html: string, contentType = 'text/html'): Document {
  return new JSDOM(html, { url: ARTICLE_URL, contentType, virtualConsole: new VirtualConsole() }).window.document;
}

/** Both ways the product calls the engine (auto-clean, and "Clean anyway"), checked for shape and safety. */
function cleanBoth(doc: Document): { plain: CleanResult; forced: CleanResult } {
  const plain = cleanDocument(doc, ARTICLE_URL);
  const forced = cleanDocument(doc, ARTICLE_URL, { force: true });
  for (const result of [plain, forced]) {
    expect(resultShapeProblems(result)).toEqual([]);
    expect(resultSafetyProblems(result)).toEqual([]);
  }
  return { plain, forced };
}

/** The article page as well-formed XHTML (void elements closed, bare ampersands escaped). */
function asXhtml(html: string): string {
  return html
    .replace('<!doctype html>', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>')
    .replace('<html lang="en">', '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">')
    .replace(/<(meta|link|img|input)\b([^>]*?)\/?>/g, '<$1$2/>')
    .replace(/&(?![a-z]+;|#[0-9]+;|#x[0-9a-f]+;)/gi, '&amp;');
}

describe('odd documents: stated outcomes', () => {
  it('XHTML served as application/xhtml+xml: the article is read like the HTML one', () => {
    const doc = load(asXhtml(articleWith('')), 'application/xhtml+xml');
    expect(doc.contentType).toBe('application/xhtml+xml');
    expect(doc.querySelectorAll('p').length, 'the XHTML parsed').toBeGreaterThan(5);
    const { plain } = cleanBoth(doc);
    expect(plain.detected, plain.reasons.join('; ')).toBe(true);
    expect(plain.title).toContain('swing bridge');
    expect(plain.text).toContain('swing bridge');
  });

  it('no <body> element (an XHTML head-only document): not an article, says why', () => {
    const doc = load('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Only a head</title></head></html>', 'application/xhtml+xml');
    expect(doc.body).toBeNull();
    const { plain, forced } = cleanBoth(doc);
    expect(plain.detected).toBe(false);
    expect(forced.html).toBe('');
    expect(plain.reasons.join(' ')).toMatch(/body/i);
  });

  it('a page whose <body> a script removed: not an article, says why', () => {
    const doc = load(articleWith(''));
    doc.body.remove();
    const { plain, forced } = cleanBoth(doc);
    expect(plain.detected).toBe(false);
    expect(forced.html).toBe('');
    expect(plain.reasons.join(' ')).toMatch(/body/i);
  });

  it('a frameset: nothing to read, no frame carried into the result', () => {
    const doc = load('<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="javascript:top.__pwned=1"><frame src="/b.html"></frameset></html>');
    expect(doc.querySelector('frameset')).not.toBeNull();
    const { plain, forced } = cleanBoth(doc);
    expect(plain.detected).toBe(false);
    expect(forced.html).toBe('');
  });

  it('an empty document: not an article, empty fields', () => {
    const { plain, forced } = cleanBoth(load(''));
    expect(plain.detected).toBe(false);
    expect(plain.title).toBe('');
    expect(forced.text).toBe('');
    expect(plain.reasons.length).toBeGreaterThan(0);
  });

  it('a document with no element at all: not an article', () => {
    const doc = load('');
    doc.documentElement.remove();
    const { plain } = cleanBoth(doc);
    expect(plain.detected).toBe(false);
  });

  it('<plaintext> swallowing the page: its text may be shown (the browser shows it), never cleaned in place, and no markup from the swallowed text', () => {
    const { plain, forced } = cleanBoth(load(`<title>Plain</title><plaintext>${articleWith('<img src=x onerror=top.__pwned=1>')}`));
    expect(plain.autoClean).toBe(false);
    expect(plain.html).not.toMatch(/<img/i);
    expect(forced.html).not.toMatch(/<img/i);
  });

  it('bare text, no tags: forced, the text comes out once (its repeats removed)', () => {
    const sentence = 'The harbour council voted to rebuild the old swing bridge.';
    const { forced } = cleanBoth(load(`${sentence} `.repeat(50)));
    expect(forced.text).toContain('swing bridge');
    expect(forced.text.split('swing bridge').length - 1).toBe(1);
  });

  it('an SVG document (image/svg+xml): nothing to read', () => {
    const { plain, forced } = cleanBoth(load('<svg xmlns="http://www.w3.org/2000/svg"><text>swing bridge</text><script>top.__pwned=1</script></svg>', 'image/svg+xml'));
    expect(plain.detected).toBe(false);
    expect(forced.html).toBe('');
  });

  it('the caller document is not touched by any of the odd inputs above', () => {
    const doc = load('<!doctype html><html><head><title>Frames</title></head><frameset><frame src="/a"></frameset></html>');
    const dom = doc.documentElement.cloneNode(true) as Element;
    cleanBoth(doc);
    expect(doc.documentElement.isEqualNode(dom)).toBe(true);
  });
});
