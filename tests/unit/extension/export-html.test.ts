/** "Save as HTML" (issue 11): a self-contained page, the article sanitised, no script. */
import { describe, expect, it } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';
import { exportDocument, exportHtml, fileNameFor } from '../../../src/reader/export-html.ts';

function result(over: Partial<CleanResult> = {}): CleanResult {
  return {
    url: 'https://digest.example/news/1', detected: true, autoClean: true, kind: 'aggregator', reasons: [],
    title: 'Harbour council backs bridge repair', source: 'Riverside Chronicle', byline: 'Maria Okafor', published: '2 days ago',
    readingMinutes: 3, language: 'en', text: 'First paragraph.', html: '<p>First paragraph.</p>',
    related: [{ title: 'Ferry fares frozen', url: 'https://other.example/ferry', source: 'Coast News', published: '3 hours ago', text: '' }],
    removed: { promo: 0, duplicates: 0, log: [] },
    ...over,
  };
}

describe('Save as HTML', () => {
  it('is a whole page: doctype, charset first, lang, title, inline styles, a CSP that allows no script', () => {
    const html = exportHtml(result({ language: 'de' }), document.implementation);
    expect(html.startsWith('<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>Harbour council backs bridge repair</title>')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src http: https:; style-src \'unsafe-inline\'');
    expect(html).toContain('<style>');
    expect(html).toContain('<h1>Harbour council backs bridge repair</h1>');
    expect(html).toContain('<p>Riverside Chronicle · 2 days ago</p>');
    // English labels are marked as such on a page in another language.
    expect(html).toContain('<h2 id="related-heading" lang="en">Related stories</h2>');
    expect(html).toContain('<a href="https://other.example/ferry" rel="noopener noreferrer">Ferry fares frozen</a> <span class="meta">· Coast News · 3 hours ago</span>');
    expect(html).toContain('Original article: <a href="https://digest.example/news/1" rel="noopener noreferrer">https://digest.example/news/1</a>');
  });

  it('sanitises the article HTML and keeps page text as text', () => {
    const doc = exportDocument(
      result({
        title: '<img src=x onerror=alert(1)> headline',
        html: '<p onclick="alert(1)">Safe <a href="javascript:alert(1)">link</a></p><script>alert(1)</script><img src="x" onerror="alert(1)"><style>body{}</style>',
      }),
      document.implementation,
    );
    const article = doc.querySelector('article > div')!;
    expect(article.querySelector('script, style, [onclick], [onerror]')).toBeNull();
    expect(article.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1); // ours, in the head
    expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)> headline');
    expect(doc.querySelector('h1 img')).toBeNull();
    expect(doc.title).toBe('<img src=x onerror=alert(1)> headline');
  });

  it('names the file after the title', () => {
    expect(fileNameFor('Bridge: "repair" approved / at last?', 'md')).toBe('Bridge repair approved at last.md');
    expect(fileNameFor('..\u202e', 'html')).toBe('Article.html');
    expect(fileNameFor('x'.repeat(200), 'md')).toBe(`${'x'.repeat(80)}.md`);
  });
});
