import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bestFromSrcset, isPlaceholderSrc } from '../../../src/core/lib/pictures.ts';
import { markFigures } from '../../../src/core/extract/figures.ts';
import { resolveLazyImages } from '../../../src/core/promo/lazy-images.ts';
import { cleanDocument } from '../../../src/core/index.ts';
import { page, parse, story, URL } from './helpers.ts';

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
    resolveLazyImages(doc, Array.from(doc.querySelectorAll('img')), Array.from(doc.querySelectorAll('noscript')));
    const src = (id: string) => doc.getElementById(id)!.getAttribute('src');
    expect([src('a'), src('b'), src('c'), src('d')]).toEqual(['/p/a.jpg', '/p/b-960.jpg', '/p/c@2x.webp', '/p/real.jpg']);
  });

  it('uses the <noscript> fallback, parsed or as raw text (scripting on)', () => {
    const doc = docOf('<figure><img id="p" src="data:image/gif;base64,R0l" alt=""><noscript></noscript><figcaption>Boat</figcaption></figure>');
    // What a browser with scripting on holds: the fallback as text.
    doc.querySelector('noscript')!.textContent = '<img src="https://cdn.example/boat.jpg?w=800&amp;q=80" alt="The survey boat">';
    resolveLazyImages(doc, Array.from(doc.querySelectorAll('img')), Array.from(doc.querySelectorAll('noscript')));
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

describe('pictures the page draws with scripts, and boxes that are not figures', () => {
  it('an AMP picture (<amp-img>) becomes the picture it stands for', () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(3)}<amp-img src="https://img.example/harbour.jpg" alt="The harbour at dawn" width="600" height="400" layout="responsive"></amp-img>${story(3, 'The mayor')}</article>`)), URL);
    expect(r.html).toContain('<img src="https://img.example/harbour.jpg" alt="The harbour at dawn" width="600" height="400">');
  });

  it('the author\'s photo beside the standfirst does not make the standfirst its caption', () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1><div class="highlighted-left"><div class="text-author"><a href="/authors/kim-roe"><img class="author-inline" alt="Kim Roe" src="https://img.example/kim.jpg"> <span>Kim Roe</span></a></div>
      <div class="paragraph"><p>Winter vegetables fresh from the garden: with this cousin of the sunflower it is possible, and here are three tips for the harvest.</p></div></div>${story(5)}</article>`)), URL);
    expect(r.text).toContain('Winter vegetables fresh from the garden');
  });

  it('keeps a long caption of several paragraphs whose embed could not be kept; drops a short one', () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(3)}
      <figure><div class="embed"><iframe src="https://social.example/p/1"></iframe></div><figcaption><p>Last-minute costume idea right here!</p><p>What you need: a bowler hat, a set of false lashes and an all-white outfit, and you are ready to go.</p></figcaption></figure>
      <figure><iframe src="https://video.example/embed/2"></iframe><figcaption>Watch: the bridge turns.</figcaption></figure>${story(2, 'The mayor')}</article>`)), URL);
    expect(r.text).toContain('a bowler hat, a set of false lashes');
    expect(r.text).not.toContain('Watch: the bridge turns.');
  });
});
