// @vitest-environment node
/** One-line result fields are bounded for display (issue 12): a 1 MB <title> gives a title a reader can use. */
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { FIELD_CAPS } from '../../../src/core/engine.ts';
import { capField } from '../../../src/core/lib/text.ts';
import { page, parse, story, URL } from './helpers.ts';

describe('capField', () => {
  it('keeps a field that fits, unchanged', () => {
    expect(capField('Council agrees new plan for roads', 300)).toBe('Council agrees new plan for roads');
    expect(capField('x'.repeat(300), 300)).toBe('x'.repeat(300));
  });

  it('cuts a long field at a word boundary with an ellipsis, within the cap', () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const cut = capField(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).toMatch(/word\d+$/); // a whole word before the ellipsis
  });

  it('never splits a surrogate pair (an emoji at the cut)', () => {
    const cut = capField('😀'.repeat(100), 51);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(/[\uD800-\uDBFF]…$/.test(cut)).toBe(false);
    expect(cut.endsWith('😀…')).toBe(true);
  });
});

describe('result fields are capped', () => {
  it('a 1 MB title, byline and source come out within their caps; the story is untouched', () => {
    const huge = 'Harbour '.repeat(131_072);
    const html = page(`<article><h1>${huge}</h1><p class="byline">By ${huge}</p>${story(8)}</article>`, `<meta property="og:site_name" content="${huge}"><meta name="author" content="${huge}">`).replace(/<title>[^<]*<\/title>/, `<title>${huge}</title>`);
    const r = cleanDocument(parse(html), URL);
    expect(r.title.length).toBeGreaterThan(0);
    expect(r.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    expect(r.source.length).toBeLessThanOrEqual(FIELD_CAPS.source);
    expect(r.byline.length).toBeLessThanOrEqual(FIELD_CAPS.byline);
    expect(r.text).toContain('The council met on day 8');
  });

  it('a related card with a huge title and source is capped too; ordinary fields are not touched', () => {
    const long = 'Ferry '.repeat(2_000);
    const cards = `<h2>Related stories</h2><ul><li><a href="/a/1">${long}</a><span>${long}</span></li><li><a href="/a/2">Schools welcome the new crossing patrols plan</a><span>Daily Mail</span></li></ul>`;
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1>${story(8)}</article>${cards}`)), URL);
    expect(r.title).toBe('Council agrees new plan for roads');
    for (const story of r.related) {
      expect(story.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
      expect(story.source.length).toBeLessThanOrEqual(FIELD_CAPS.source);
    }
    expect(r.related.map((s) => s.title)).toContain('Schools welcome the new crossing patrols plan');
  });
});
