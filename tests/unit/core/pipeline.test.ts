import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanDocument, PIPELINE } from '../../../src/core/index.ts';
import { unboxParagraphs } from '../../../src/core/extract/unwrap.ts';
import { page, parse, story, URL } from './helpers.ts';

const AGGREGATOR = page(`
  <img src="/logo.svg" alt="logo">
  <h1>Council agrees new plan for roads</h1><div>Council agrees new plan for roads</div>
  <div><span>The Guardian</span>2 days ago</div>
  <div class="story">${story(5)}
    <p>Sign up to This is Europe</p><p>The most pressing stories for Europeans</p><p>after newsletter promotion</p>
    ${story(3, 'The mayor')}
    <p>${'The mayor met on day 1 and agreed a plan for the district\'s roads and schools, with item 1 adopted after a debate that ran well into the evening hours.'}</p>
  </div>
  <div><p>Comments</p><p>No comments yet...</p></div>
  <h2>Related Articles</h2>
  <div><a href="/a/1">Mayor defends the road plan against critics</a><div>Glasgow Times</div><div>time24 minutes ago</div><div>The mayor said the plan was fair. It will be reviewed next year. Sign up: AU Breaking News email Critics were not convinced.</div></div>
  <div><a href="/a/2">Schools welcome the new crossing patrols plan</a><div>Daily Mail</div><div>an hour ago</div><div>Head teachers said the crossings would help.</div></div>
  <div><p>DOWNLOAD THE APP</p><p>Get Started Now: Download the App</p></div>
  <script>document.body.setAttribute('data-x', '1')</script>`);

describe('pipeline', () => {
  it('runs the stages in the documented order', () => {
    const ids = PIPELINE.map((s) => s.id);
    expect(ids[0]).toBe('detect');
    expect(ids.indexOf('related')).toBeLessThan(ids.indexOf('promo'));
    expect(ids.indexOf('related')).toBeLessThan(ids.indexOf('extract'));
    expect(ids.indexOf('promo')).toBeLessThan(ids.indexOf('extract'));
    expect(ids.lastIndexOf('dedupe')).toBeGreaterThan(ids.indexOf('extract'));
    expect(ids.at(-1)).toBe('sanitize');
  });

  it('cleans an aggregator page end to end', () => {
    const r = cleanDocument(parse(AGGREGATOR), URL);
    expect(r).toMatchObject({ detected: true, kind: 'aggregator', title: 'Council agrees new plan for roads', source: 'The Guardian', published: '2 days ago', language: 'en' });
    expect(r.text).toContain('The council met on day 1');
    expect(r.text).toContain('The mayor met on day 3');
    for (const gone of ['Sign up to This is Europe', 'after newsletter promotion', 'No comments yet', 'Related Articles', 'DOWNLOAD THE APP', 'Glasgow Times', 'Council agrees new plan for roads', '2 days ago', 'logo']) {
      expect(r.text).not.toContain(gone);
    }
    expect(r.text.split('The mayor met on day 1 ').length).toBe(2); // the repeated paragraph is printed once
    expect(r.text).toMatch(/^\S[\s\S]*\S$/);
    expect(r.text).not.toMatch(/\n{3,}/);
    expect(r.related.map((s) => [s.title, s.url, s.source, s.published])).toEqual([
      ['Mayor defends the road plan against critics', 'https://news.example/a/1', 'Glasgow Times', '24 minutes ago'],
      ['Schools welcome the new crossing patrols plan', 'https://news.example/a/2', 'Daily Mail', 'an hour ago'],
    ]);
    expect(r.related[0]!.text).toBe('The mayor said the plan was fair. It will be reviewed next year. Critics were not convinced.');
    expect(r.removed.promo).toBeGreaterThanOrEqual(5);
    expect(r.removed.duplicates).toBeGreaterThanOrEqual(1);
    expect(r.readingMinutes).toBe(Math.ceil(r.text.split(/\s+/).length / 230));
    expect(r.html).not.toContain('<script');
    for (const entry of r.removed.log) {
      expect(entry.text.length).toBeLessThanOrEqual(160);
      expect(entry.text).not.toMatch(/\s{2,}/);
    }
  });

  it('options.stages switches one stage off: without dedupe the repeated paragraph stays, nothing else changes', () => {
    const full = cleanDocument(parse(AGGREGATOR), URL);
    const noDedupe = cleanDocument(parse(AGGREGATOR), URL, { stages: { dedupe: false } });
    expect(full.text.split('The mayor met on day 1 ').length).toBe(2);
    expect(noDedupe.text.split('The mayor met on day 1 ').length).toBe(3);
    expect(noDedupe.removed.log.filter((l) => l.stage === 'dedupe')).toEqual([]);
    expect(noDedupe.removed.log.filter((l) => l.stage !== 'dedupe')).toEqual(full.removed.log.filter((l) => l.stage !== 'dedupe'));
    // `true` (or leaving a stage out) keeps it on.
    expect(cleanDocument(parse(AGGREGATOR), URL, { stages: { dedupe: true } }).text).toBe(full.text);
  });

  it('options.timings reports the copy, the page read and every stage, in pipeline order; without it, no timings', () => {
    const r = cleanDocument(parse(AGGREGATOR), URL, { timings: true });
    expect(r.timings?.map((t) => t.stage)).toEqual(['working-copy', 'read-page', ...PIPELINE.map((s) => s.id)]);
    expect(r.timings?.map((t) => t.name).slice(2)).toEqual(PIPELINE.map((s) => s.name));
    for (const t of r.timings ?? []) expect(t.ms).toBeGreaterThanOrEqual(0);
    expect(cleanDocument(parse(AGGREGATOR), URL)).not.toHaveProperty('timings');
  });

  it('each pass logs under its own stage id: the promo pass over the extracted article is "promo-in-article"', () => {
    const dir = resolve(import.meta.dirname, '../../fixtures/article--furniture-around-story');
    const r = cleanDocument(parse(readFileSync(resolve(dir, 'source.html'), 'utf8'), URL), URL);
    const ids = new Set(PIPELINE.map((s) => s.id));
    for (const entry of r.removed.log) expect(ids.has(entry.stage), entry.stage).toBe(true);
    const inArticle = r.removed.log.filter((l) => l.stage === 'promo-in-article').map((l) => l.reason);
    expect(inArticle).toEqual(expect.arrayContaining(['author-bio', 'tag-list']));
    expect(r.removed.log.filter((l) => l.stage === 'promo').map((l) => l.reason)).not.toContain('author-bio');
  });

  it('never changes the live document', () => {
    const dom = new JSDOM(AGGREGATOR, { url: URL });
    const before = dom.window.document.documentElement.outerHTML;
    cleanDocument(dom.window.document, URL);
    cleanDocument(dom.window.document, URL, { force: true });
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });

  it('returns a well-formed, undetected result for odd input instead of throwing', () => {
    const inputs = [
      parse(''),
      parse('<!doctype html><html><head></head></html>'),
      parse('<frameset><frame src="x.html"></frameset>'),
      document.implementation.createHTMLDocument(''),
    ];
    for (const doc of inputs) {
      const r = cleanDocument(doc, URL);
      expect(r.detected).toBe(false);
      expect(r.html).toBe('');
      expect(r.text).toBe('');
      expect(r.related).toEqual([]);
      expect(r.readingMinutes).toBe(0);
    }
    expect(cleanDocument(null as unknown as Document, URL).detected).toBe(false);
  });

  it('keeps html empty for a page that is not an article unless forced', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about something that happened</a></li>`).join('');
    const doc = parse(page(`<ul>${links}</ul>`));
    const r = cleanDocument(doc, URL);
    expect(r).toMatchObject({ detected: false, kind: null, html: '', text: '' });
    expect(r.reasons.length).toBeGreaterThan(0);
    const forced = cleanDocument(doc, URL, { force: true });
    expect(forced.detected).toBe(false);
    expect(forced.text).toContain('Headline number 1');
  });

  it('takes the container with the story when Readability finds nothing, not the whole page', () => {
    // A CMS that prints its story in an <aside> (seen on a real German daily): Readability drops asides.
    const menu = Array.from({ length: 12 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ');
    const r = cleanDocument(parse(page(`<nav>${menu}</nav><main><aside><h1>Council agrees new plan for roads</h1>${story(3)}</aside></main><footer>${menu}</footer>`)), URL);
    expect(r.text).toContain("agreed a plan for the district's roads");
    expect(r.text).not.toContain('Section 3');
    expect(r.removed.log.map((l) => l.reason)).toContain('story-container');
  });

  it('keeps an inline byline inside its sentence and uses it as the byline', () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1><p>She talks to <span class="byline">Ben Achebe</span> about grain, debt and stubbornness.</p>${story(6)}</article>`)), URL);
    expect(r.text).toContain('She talks to Ben Achebe about grain, debt and stubbornness.');
    expect(r.byline).toBe('Ben Achebe');
  });

  it('never takes the byline from a related card or a comment', () => {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(6)}</article>
      <h2>Related stories</h2><div><a href="/r">Mayor defends the road plan against critics</a><p class="byline">By Someone Else</p></div>
      <section class="comments"><h3>Comments</h3><div class="comment"><span class="comment-author">Angry Reader</span><p>I disagree with all of this.</p></div></section>`)), URL);
    expect(r.byline).toBe('');
  });

  it('strips terminal escapes and control characters from result fields', () => {
    const r = cleanDocument(parse(page(`<article><h1>Harbour\u001b[2J council\u0007 votes to repair the old bridge</h1>${story(6)}</article>`).replace('<title>Council agrees new plan for roads | The Daily Example</title>', '<title>Harbour council votes to repair the old bridge</title>')), URL);
    expect(r.title).toBe('Harbour council votes to repair the old bridge');
    expect(JSON.stringify(r)).not.toMatch(/\\u00(?:0[0-8b-f]|1[0-9a-f])/);
  });

  it('reads an XHTML document like the HTML one', () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Council agrees new plan for roads</title></head><body><article><h1>Council agrees new plan for roads</h1>${story(6)}</article></body></html>`;
    const doc = new JSDOM(xhtml, { url: URL, contentType: 'application/xhtml+xml' }).window.document;
    const r = cleanDocument(doc, URL);
    expect(r.detected).toBe(true);
    expect(r.text).toContain('The council met on day 6');
  });

  it('flattens absurd wrapper chains before Readability instead of hanging in them', () => {
    const html = page(`${'<ul>'.repeat(400)}<li><p>${'The ferry will run four times a day from next month, the operator said on Friday. '.repeat(4)}</p></li>${'</ul>'.repeat(400)}`);
    const t = performance.now();
    const r = cleanDocument(parse(html), URL, { force: true });
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(r.text).toContain('The ferry will run four times a day');
    expect(r.removed.log.map((l) => l.reason)).toContain('empty-nesting');
  });

  it('grows linearly with page size', () => {
    const time = (n: number): number => {
      const doc = parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(n)}</article>`));
      const t = performance.now();
      cleanDocument(doc, URL);
      return performance.now() - t;
    };
    time(200); // warm up
    // 8x the paragraphs: linear work takes ~8x, quadratic ~64x. The wide margin keeps a
    // shared, busy test machine from failing the test; fastest of two runs each.
    const small = Math.min(time(250), time(250));
    const big = Math.min(time(2000), time(2000));
    expect(big / small).toBeLessThan(20);
  });
});

describe('clobbering (browsers shadow built-ins with named form controls and images)', () => {
  /** jsdom does not implement named-property shadowing, so it is simulated the way browsers expose it: as own properties. */
  function shadow(target: object, name: string, value: unknown): void {
    Object.defineProperty(target, name, { configurable: true, get: () => value });
  }

  it('a form whose control is named parentNode/firstChild/nextSibling cannot trap or cut the walk', () => {
    const doc = parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(3)}<form><input name="parentNode"><input name="nextSibling"><input name="firstChild"></form>${story(3, 'The mayor')}</article>`));
    const form = doc.querySelector('form')!;
    const inputs = form.querySelectorAll('input');
    shadow(form, 'parentNode', inputs[0]);
    shadow(inputs[0]!, 'parentNode', form);
    shadow(form, 'parentElement', inputs[0]);
    shadow(inputs[0]!, 'parentElement', form);
    shadow(form, 'nextSibling', inputs[1]);
    shadow(form, 'firstChild', inputs[2]);
    const r = cleanDocument(doc, URL);
    expect(r.detected).toBe(true);
    expect(r.text).toContain('The council met on day 3');
    expect(r.text).toContain('The mayor met on day 3');
  });

  it('an image named defaultView or cloneNode does not break the clean', () => {
    const doc = parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(6)}<img name="defaultView" alt=""></article>`));
    const img = doc.querySelector('img')!;
    shadow(doc, 'defaultView', img);
    shadow(doc, 'cloneNode', img);
    shadow(doc, 'documentElement', img);
    const r = cleanDocument(doc, URL);
    expect(r.detected).toBe(true);
    expect(r.html).toContain('The council met on day 6');
  });
});

describe('one-paragraph boxes', () => {
  it('keeps a short paragraph that links its source when every paragraph sits in its own box', () => {
    const box = (p: string) => `<div class="card collection-item"><div class="card-content card-article"><p>${p}</p></div></div>`;
    const paragraphs = Array.from({ length: 8 }, (_, i) => `The council met on day ${i + 1} and agreed a plan for the district's roads and schools, with item ${i + 1} adopted after a long debate.`);
    paragraphs.splice(4, 0, 'The plan was published on Monday in the <a href="https://journal.example/roads">Journal of Road Planning</a>.');
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${paragraphs.map(box).join('')}</article>`)), URL);
    expect(r.text).toContain('The plan was published on Monday in the Journal of Road Planning.');
    expect(r.text).toContain('with item 8 adopted');
  });
});

describe('unboxParagraphs', () => {
  it('opens story boxes only: not comments, not hidden boxes, not teasers, not paragraphs Readability already takes', () => {
    const linked = 'The plan was published on Monday in the <a href="https://journal.example/roads">Journal of Road Planning</a>.';
    const doc = parse(page(`<div class="card"><div class="card-content"><p id="story">${linked}</p></div></div>
      <div class="comment"><div><p id="comment">${linked}</p></div></div>
      <div hidden><div><p id="hidden">${linked}</p></div></div>
      <div class="card"><p id="teaser"><a href="/a">Mayor defends the road plan against critics in a long letter</a>.</p></div>
      <div class="card"><p id="plain">The council met on Monday and agreed the plan for the district's roads and schools.</p></div>`));
    expect(unboxParagraphs(Array.from(doc.querySelectorAll('p')))).toBe(1);
    expect(doc.getElementById('story')!.parentElement!.tagName).toBe('BODY');
    for (const id of ['comment', 'hidden', 'teaser', 'plain']) expect(doc.getElementById(id)!.parentElement!.tagName).toBe('DIV');
  });
});

describe('pages Readability would take minutes over', () => {
  const gallery = (n: number) => page(`<article><h1>Council agrees new plan for roads</h1>${story(6)}</article><div class="gallery">${'<img src="/p/x.jpg" alt="">'.repeat(n)}</div>`);
  const hugeEntries = (r: ReturnType<typeof cleanDocument>) => r.removed.log.filter((e) => e.reason === 'huge-page');

  it('removes Readability from the path past HUGE_PAGE_IMAGES pictures: the story container is taken', () => {
    const r = cleanDocument(parse(gallery(3_100)), URL);
    expect(hugeEntries(r).map((e) => e.text)).toEqual([expect.stringMatching(/^3100 pictures: Readability skipped, the densest story container/)]);
    expect(r.text).toContain('The council met on day 1');
    expect(r.text).toContain('The council met on day 6');
  });

  it('keeps Readability for a page with as many pictures as a real one has (the corpus maximum is 796)', () => {
    const r = cleanDocument(parse(gallery(800)), URL);
    expect(hugeEntries(r)).toEqual([]);
    expect(r.text).toContain('The council met on day 1');
    expect(r.text).toContain('The council met on day 6');
  });
});
