import { describe, expect, it } from 'vitest';
import { runStage } from '../../../src/core/pipeline.ts';
import { dropEmptyBlocks, sanitizeHtml, setSanitizedHtml } from '../../../src/core/lib/html.ts';
import { SANITIZE } from '../../../src/core/sanitize/sanitize.ts';
import { isCreditedCaption } from '../../../src/core/lib/pictures.ts';
import { cleanDocument } from '../../../src/core/index.ts';
import { contextFor, page, parse, story, URL } from './helpers.ts';

describe('html.ts (DOMPurify, strict profile)', () => {
  it('removes scripts, handlers, styles, forms, iframes, base and meta', () => {
    const out = sanitizeHtml(`<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p><style>p{}</style><form action="/x"><input></form>
      <iframe srcdoc="<script>alert(2)</script>"></iframe><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><svg onload="alert(3)"></svg>`);
    for (const bad of ['<script', 'onclick', 'style', '<form', '<input', '<iframe', 'srcdoc', '<base', '<meta', '<svg', 'onload']) expect(out).not.toContain(bad);
    expect(out).toContain('<p>Hi</p>');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'mailto:someone@example.com',
  ])('drops the unsafe href %j', (href) => {
    const holder = document.createElement('div');
    const a = document.createElement('a');
    a.setAttribute('href', href);
    a.textContent = 'link';
    holder.appendChild(a);
    const out = sanitizeHtml(holder);
    expect(out).toBe('<div><a rel="noopener noreferrer" target="_blank">link</a></div>');
  });

  it('keeps the content of an element that names a customized built-in (`is`), without the attribute', () => {
    // DOMPurify alone removes such an element with everything in it when it returns a DOM.
    const holder = document.createElement('div');
    setSanitizedHtml(holder, '<section is="theme-single-post"><p>The whole story.</p></section>');
    expect(holder.querySelector('section > p')?.textContent).toBe('The whole story.');
    const result = cleanDocument(parse(page(`<h1>Council agrees new plan for roads</h1><section is="theme-single-post">${story(6)}</section>`)), URL);
    expect(result.text).toContain('agreed a plan for the district');
    // The engine's html names no customized built-in (a serializer writes one back from the element itself).
    expect(result.html).toContain('<section>');
    expect(result.html).not.toContain('theme-single-post');
  });

  it('keeps http(s) and relative links with rel/target, and only http(s) image sources', () => {
    const out = sanitizeHtml('<a href="https://a.example/x">a</a><a href="/rel">b</a><img src="https://img.example/1.jpg" alt="one"><img src="data:image/png;base64,AAAA" alt="two"><img src="/local.png" alt="three">');
    expect(out).toContain('<a href="https://a.example/x" rel="noopener noreferrer" target="_blank">a</a>');
    expect(out).toContain('<a href="/rel" rel="noopener noreferrer" target="_blank">b</a>');
    expect(out).toContain('<img src="https://img.example/1.jpg" alt="one">');
    expect(out).toContain('<img alt="two">');
    expect(out).toContain('<img alt="three">');
  });

  it('drops the empty shells left by removals from the final HTML, and nothing else', () => {
    const holder = document.createElement('div');
    holder.append(document.createElement('p'), document.createElement('div'));
    const kept = document.createElement('p');
    kept.textContent = 'kept';
    holder.append(kept, document.createElement('br'));
    const ctxHtml = sanitizeHtml(holder);
    expect(ctxHtml).toBe('<div><p></p><div></div><p>kept</p><br></div>');
    expect(dropEmptyBlocks(ctxHtml)).toBe('<div><p>kept</p><br></div>');
    expect(dropEmptyBlocks('<div><p><b></b></p></div>')).toBe('');
  });

  it('setSanitizedHtml fills an element without running anything', () => {
    const target = document.createElement('div');
    setSanitizedHtml(target, '<p>ok</p><img src=x onerror="window.__pwned = 1">');
    // The relative src is dropped too: images load over http(s) only.
    expect(target.innerHTML).toBe('<p>ok</p><img>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('works for documents without a window (createHTMLDocument) by using the global one', () => {
    const doc = document.implementation.createHTMLDocument('x');
    const p = doc.createElement('p');
    p.setAttribute('onmouseover', 'x()');
    p.textContent = 'text';
    expect(doc.defaultView).toBeNull();
    expect(sanitizeHtml(p)).toBe('<p>text</p>');
  });
});

describe('sanitize stage', () => {
  it('produces html and block-by-block text from the same sanitised tree, with absolute URLs', () => {
    const ctx = contextFor('<!doctype html><html><body><div id="a"><h2>Part one</h2><p>First <b>para</b>.<script>document.write("x")</script></p><ul><li>One</li><li>Two</li></ul><p>Line<br>break</p><a href="/more">More</a></div></body></html>');
    ctx.article = ctx.doc.getElementById('a');
    runStage(SANITIZE, ctx);
    expect(ctx.text).toBe('Part one\n\nFirst para.\n\nOne\n\nTwo\n\nLine\n\nbreak\n\nMore');
    expect(ctx.html).toContain('href="https://news.example/more"');
    expect(ctx.html).not.toContain('script');
  });
});

describe('captions outside figures', () => {
  it.each([
    'Vicente Aguiar loads garage door trims into his pickup truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
    'Scooter Braun and Scott Borchetta pose for a photo in Montecito, California. (Photo by Kevin Mazur/Getty Images for Ithaca)',
    'Protesters have worn masks to protect their identities (Image: GETTY )',
    'FILE PHOTO: Traders work on the floor at the New York Stock Exchange in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid',
    'Officials were seen in Mongolia attempting to control the potential spread of the plagueCredit: The Siberian Times',
    'Sheikh Mohammed passes a Boeing 787-10 passenger aircraft at the Dubai Airshow. Natalie Naccache | Bloomberg | Getty Images',
    'Photo: Hau Dinh, AP',
    'Astronauts take part in a space walk during construction of the International Space Station. (NASA via AP, File)',
    'Water seeps through the lower courses of the dam. Photo: Ann Reid',
    'Der Hafen am frühen Morgen. Foto: Jan Roe',
    'Crédits photos : Bestimage',
    'Titelbild: Jan Roe',
    'Photograph by Jane Roe',
    'AFP / MARCO BERTORELLO',
    'iStock.com/Jan Roe',
  ])('%s is a caption', (text) => expect(isCreditedCaption(text)).toBe(true));

  it.each([
    'The agency said the photographs were taken in 2019 and handed to the court, according to Reuters.',
    'He thanked Getty Images and the Associated Press for the pictures they supplied, which will be shown in the spring.',
    'Credit: the committee said most of it should go to the volunteers, who had worked through the winter.',
    'The results come from a Reuters/Ipsos poll.',
    'It follows the latest AP/NORC poll.',
    'The rule was written jointly by the EPA/Army Corps.',
    'Child tax credit: up to $2,000 per child',
    'Police want to speak to the man (pictured).',
    'The damage is severe (see photo above).',
    'Images: 4K HDR at 60 frames per second',
    'The minister said the figures would be published on Friday (via the statistics office).',
    'The show opens next week at the gallery (photos by Dana Fell and others will also be shown).',
    'Most of them earn their income by selling pictures via Shutterstock.',
    'The report was widely praised. Credit: Where it is due, the council listened.',
    'Image: The party now polls behind its rivals in every region of the country',
    'AFP reported that the talks had ended without a deal, three hours after they began.',
    'Photograph by photograph, the archive was scanned over ten years.',
    'She said she would post the results. Photo: What the committee saw in the archive was a surprise to everyone!',
  ])('%s is prose', (text) => expect(isCreditedCaption(text)).toBe(false));

  it("keeps a credited caption beside its picture in html but not in text, and drops one whose picture is gone", () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(4)}
      <ul><li><div><img src="https://news.example/road.jpg" alt="The road"></div><div><p>The new road layout at the junction. (AP Photo/Sam Poe)</p></div></li></ul>
      ${story(3, 'The mayor')}<div><p>A crossing patrol outside the school. (AP Photo/Sam Poe)</p></div>${story(2, 'The clerk')}</article>`)), URL);
    expect(r.text).not.toContain('AP Photo');
    expect(r.html).toContain('The new road layout at the junction.');
    expect(r.html).not.toContain('A crossing patrol outside the school.');
    expect(r.removed.log.map((l) => l.reason)).toContain('caption-without-picture');
  });
});

describe('figures in text', () => {
  it('keeps a fact box figure in text, drops a figure whose picture was lost with its credit and caption', () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(4)}
      <figure class="factbox"><h3>The plan in numbers</h3><p>Twelve junctions will be rebuilt and four crossings added by 2027.</p></figure>
      ${story(2, 'The mayor')}<figure><span><span>Image copyright</span> <span>Getty Images</span></span><figcaption>The junction at rush hour</figcaption></figure>
      ${story(2, 'The clerk')}</article>`)), URL);
    expect(r.text).toContain('Twelve junctions will be rebuilt');
    expect(r.text).not.toContain('The junction at rush hour');
    expect(r.html).not.toContain('The junction at rush hour');
    expect(r.removed.log.map((l) => l.reason)).toContain('caption-without-picture');
  });
});

describe('figures and headings that are content', () => {
  it('keeps a pull quote figure and a fact box with a source line, and a "Photos:" heading', () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(3)}
      <figure class="pullquote"><p>"We will not back down on this."</p><figcaption>Mayor Ann Lee</figcaption></figure>
      ${story(2, 'The mayor')}<figure class="factbox"><h3>The plan in numbers</h3><p>Twelve junctions will be rebuilt and four crossings added by 2027.</p><figcaption>Source: Example Council</figcaption></figure>
      <h2>Photos: Inside the new depot</h2>${story(2, 'The clerk')}</article>`)), URL);
    for (const s of ['We will not back down on this.', 'Twelve junctions will be rebuilt', 'Photos: Inside the new depot']) {
      expect(r.text).toContain(s);
      expect(r.html).toContain(s);
    }
  });
});
