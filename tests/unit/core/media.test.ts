import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bestFromSrcset, isPlaceholderSrc, markFigures, resolveLazyImages } from '../../../src/core/media.ts';

const docOf = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`, { url: 'https://news.example/a' }).window.document;

describe('media', () => {
  it('tells placeholders from pictures', () => {
    for (const s of ['', 'data:image/gif;base64,R0l', '/img/placeholder.svg', 'https://cdn.example/blank.gif', '/lazy-1x1.png?v=2']) expect(isPlaceholderSrc(s), s).toBe(true);
    for (const s of ['https://cdn.example/2025/07/seahorse-960.jpg', '/media/greyhound-race.jpg', '/blanket-appeal.png']) expect(isPlaceholderSrc(s), s).toBe(false);
  });

  it('takes the largest srcset candidate', () => {
    expect(bestFromSrcset('a.jpg 480w, b.jpg 960w, c.jpg 720w')).toBe('b.jpg');
    expect(bestFromSrcset('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
    expect(bestFromSrcset('data:image/png;base64,xx 1x')).toBe('');
  });

  it('gives lazy images their real source (data-src, data-srcset, <picture>)', () => {
    const doc = docOf(`<img id="a" src="data:image/gif;base64,R0l" data-src="/p/a.jpg">
      <img id="b" src="/placeholder.svg" data-srcset="/p/b-480.jpg 480w, /p/b-960.jpg 960w">
      <picture><source srcset="/p/c.webp 1x, /p/c@2x.webp 2x"><img id="c"></picture>
      <img id="d" src="/p/real.jpg" data-src="/p/other.jpg">`);
    resolveLazyImages(doc, Array.from(doc.querySelectorAll('img')));
    const src = (id: string) => doc.getElementById(id)!.getAttribute('src');
    expect([src('a'), src('b'), src('c'), src('d')]).toEqual(['/p/a.jpg', '/p/b-960.jpg', '/p/c@2x.webp', '/p/real.jpg']);
  });

  it('uses the <noscript> fallback, parsed or as raw text (scripting on)', () => {
    const doc = docOf('<figure><img id="p" src="data:image/gif;base64,R0l" alt=""><noscript></noscript><figcaption>Boat</figcaption></figure>');
    // What a browser with scripting on holds: the fallback as text.
    doc.querySelector('noscript')!.textContent = '<img src="https://cdn.example/boat.jpg?w=800&amp;q=80" alt="The survey boat">';
    resolveLazyImages(doc, Array.from(doc.querySelectorAll('img')));
    const img = doc.getElementById('p')!;
    expect(img.getAttribute('src')).toBe('https://cdn.example/boat.jpg?w=800&q=80');
    expect(img.getAttribute('alt')).toBe('The survey boat');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('makes a figure of a picture and its caption in plain divs, and leaves story text beside a picture alone', () => {
    const doc = docOf(`<div class="media-block"><div class="media-image"><img src="/p/r.jpg"></div><div class="media-caption">A rivet. Photograph: D Fell</div></div>
      <div class="body"><img src="/p/s.jpg"><p>${'Long story sentence that goes on. '.repeat(12)}</p></div>`);
    expect(markFigures(doc, Array.from(doc.querySelectorAll('img')))).toBe(1);
    expect(doc.querySelector('figure figcaption')?.textContent).toBe('A rivet. Photograph: D Fell');
    expect(doc.querySelector('figure [class]')).toBeNull();
    expect(doc.querySelector('div.body img')).not.toBeNull();
  });
});
