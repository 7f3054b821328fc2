import { describe, expect, it } from 'vitest';
import { runStage } from '../../../src/core/pipeline.ts';
import { DETECT } from '../../../src/core/detect/detect.ts';
import { contextFor, page, story } from './helpers.ts';

function run(html: string) {
  const ctx = contextFor(html, undefined, false);
  runStage(DETECT, ctx);
  return ctx;
}

const AGGREGATOR = page(`
  <h1>Council agrees new plan for roads</h1>
  <div><span>The Guardian</span><span>2 days ago</span></div>
  <div class="body">${story(6)}</div>
  <h2>Related Articles</h2>
  <div><a href="/a/1">Mayor defends the road plan against critics</a><div>Glasgow Times</div><div>time24 minutes ago</div><p>The mayor said the plan was fair to every district and would be reviewed next year.</p></div>
  <div><a href="/a/2">Schools welcome the new crossing patrols plan</a><div>Daily Mail</div><div>an hour ago</div><p>Head teachers said the crossings would make the walk to school safer.</p></div>`);

describe('detect', () => {
  it('detects an ordinary article from JSON-LD and its text', () => {
    const ctx = run(page(`<article><h1>Council agrees new plan for roads</h1>${story(8)}</article>`, '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council agrees new plan for roads"}</script>'));
    expect(ctx.detection).toMatchObject({ detected: true, kind: 'article' });
    expect(ctx.detection.reasons.join(' ')).toContain('JSON-LD newsarticle');
    expect(ctx.stop).toBe(false);
  });

  it('detects an aggregator: headline, external source + time, related cards with source/time', () => {
    const ctx = run(AGGREGATOR);
    expect(ctx.detection).toMatchObject({ detected: true, kind: 'aggregator' });
    expect(ctx.page.headline).toMatchObject({ source: 'The Guardian', published: '2 days ago' });
    expect(ctx.page.cards.map((c) => c.source)).toEqual(['Glasgow Times', 'Daily Mail']);
  });

  it('is not fooled into "aggregator" when the source near the headline is the site itself', () => {
    const html = AGGREGATOR.replace('<span>The Guardian</span>', '<span>The Daily Example</span>').replace('</title>', '</title><meta property="og:site_name" content="The Daily Example">');
    expect(run(html).detection.kind).toBe('article');
  });

  it('rejects a shop listing', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li><a href="/p/${i}">Wool blanket number ${i}</a><span>£${40 + i}.00</span><button>Add to cart</button></li>`).join('');
    const ctx = run(page(`<h1>Wool blankets</h1><ul>${items}</ul>`));
    expect(ctx.detection.detected).toBe(false);
    expect(ctx.detection.reasons.join(' ')).toContain('shop page');
    expect(ctx.stop).toBe(true);
  });

  it('rejects a news home page full of headline links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${i}">Headline number ${i} about something that happened today</a></li>`).join('');
    const ctx = run(page(`<header>The Daily Example</header><ul>${links}</ul>`));
    expect(ctx.detection.detected).toBe(false);
    expect(ctx.detection.reasons.join(' ')).toContain('headline index');
  });

  it('rejects a search results page', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li><a href="/n/${i}">Result ${i} about lead pipes in the city</a><p>Snippet ${i}.</p></li>`).join('');
    const ctx = contextFor(page(`<form role="search"><input type="search"></form><h1>Search results</h1><p>12 results for "lead pipes"</p><ol>${items}</ol>`), 'https://news.example/search?q=lead+pipes', false);
    runStage(DETECT, ctx);
    expect(ctx.detection.detected).toBe(false);
  });

  it('does not throw on a document without a body', () => {
    const ctx = contextFor('<!doctype html><html><head><title>x</title></head><frameset><frame src="a.html"></frameset></html>', undefined, false);
    expect(() => runStage(DETECT, ctx)).not.toThrow();
    expect(ctx.detection.detected).toBe(false);
    expect(ctx.stop).toBe(true);
  });
});

describe('detect: two answers (an article to show; a news page to change in place)', () => {
  it('shows an article without any metadata signals (no JSON-LD, og:type or <article>), but never auto-cleans it', () => {
    // An older CMS: a table layout, the headline in a <font>-era <h2>, paragraphs, no date markup.
    const ctx = run(page(`<table><tr><td class="nav"><a href="/">Home</a> <a href="/news">News</a></td><td><h2>Council agrees new plan for roads</h2>${story(3)}</td></tr></table>`));
    expect(ctx.detection).toMatchObject({ detected: true, autoClean: false, kind: 'article' });
    expect(ctx.detection.reasons.join(' ')).toContain('never auto-cleaned');
    expect(ctx.stop).toBe(false);
  });

  it('auto-cleans a declared news article', () => {
    const ctx = run(page(`<article><h1>Council agrees new plan for roads</h1>${story(8)}</article>`, '<meta property="og:type" content="article">'));
    expect(ctx.detection).toMatchObject({ detected: true, autoClean: true });
  });

  it('shows a short notice under a headline that repeats the page title', () => {
    const ctx = run(page(`<nav><a href="/">Home</a></nav><h1>Council agrees new plan for roads</h1><p>The council agreed the plan on Tuesday; the work starts in May.</p>`));
    expect(ctx.detection).toMatchObject({ detected: true, autoClean: false });
  });

  it('does not take the site name printed as the <h1> for a story headline', () => {
    const ctx = run(`<!doctype html><html><head><title>The Daily Example - News and opinion</title><meta property="og:site_name" content="The Daily Example"></head><body><h1>The Daily Example</h1><p>Welcome to the home of local news in the district since 1904, every day.</p></body></html>`);
    expect(ctx.detection.detected).toBe(false);
  });

  it('shows one product with its description, but not a grid of prices', () => {
    const description = '<p>This blanket is woven from the wool of a single flock on a farm in the hills, washed by hand and dried in the open air.</p>'.repeat(8);
    const product = run(page(`<h1>Wool blanket</h1><span>£40.00</span>${description}`, '<script type="application/ld+json">{"@type":"Product","name":"Wool blanket"}</script>'));
    expect(product.detection).toMatchObject({ detected: true, autoClean: false });
  });

  it('shows a story that sits inside a heavy menu of headline links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${i}">Headline number ${i} about something that happened today</a></li>`).join('');
    const ctx = run(page(`<ul>${links}</ul><h1>Council agrees new plan for roads</h1><p>The council agreed the plan on Tuesday; the work starts in May and runs to the end of the year.</p><ul>${links}</ul>`));
    expect(ctx.detection.reasons.join(' ')).toContain('headline index');
    expect(ctx.detection).toMatchObject({ detected: true, autoClean: false });
  });

  it('knows a search page by what it says, whatever its address', () => {
    const items = Array.from({ length: 6 }, (_, i) => `<li><h4><a href="/n/${i}">Result ${i} about lead pipes in the city</a></h4><p>The utility said on Friday that it would replace every remaining lead service line, snippet ${i}…</p></li>`).join('');
    const ctx = run(page(`<form role="search"><input name="q"></form><h1>Search results</h1><p>Showing 1–6 of 214 results for "lead pipes"</p><ol>${items}</ol>`));
    expect(ctx.detection.detected).toBe(false);
    expect(ctx.detection.reasons.join(' ')).toContain('search results page');
  });

  it('leaves a documentation page alone (undated, with "Edit this page")', () => {
    const ctx = run(page(`<nav><a href="/guide/" aria-current="page">Guide</a></nav><main><h1>Caching</h1>${story(6)}<a href="https://git.example/edit/caching.md">Edit this page</a></main>`, '<meta property="og:type" content="website">'));
    expect(ctx.detection.detected).toBe(false);
    expect(ctx.detection.reasons.join(' ')).toContain('documentation page');
  });

  it('keeps an undated og:type website page with prose (a press release, an about page)', () => {
    const ctx = run(page(`<main><h1>Council agrees new plan for roads</h1>${story(6)}<p><a href="/contact">Contact</a></p></main>`, '<meta property="og:type" content="website">'));
    expect(ctx.detection).toMatchObject({ detected: true, autoClean: false });
  });
});
