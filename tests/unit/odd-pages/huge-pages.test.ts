// @vitest-environment node
/**
 * Huge and deep pages, each in its own process with a hard time limit (a
 * synchronous hang cannot be interrupted inside the test worker) and a heap
 * cap. Stated outcome for each: a well-formed result with the article found,
 * within the limit. Linear-ish scaling is the speed benchmark's job; this
 * only proves no page can hang or exhaust Plainpage.
 */
import { describe, expect, it } from 'vitest';
import { runCase } from './spawn-case.ts';

/**
 * Wall-clock limit per case, process start and parse included. Measured alone on 2 cores:
 * 20 MB page 42 s, 100,000 paragraphs 44 s; but `npm test` runs other test files beside
 * these, so the limit (a hang guard: the engine once took 10+ minutes here) leaves room.
 */
const LIMIT_MS = 120_000;
/** Peak memory a case may use: jsdom needs about 100x the page size for a 20 MB DOM. */
const MAX_RSS_MB = 3_072;

describe('huge and deep pages finish, bounded in time and memory', () => {
  it('an article inside 1,000 nested <div>s, plain and forced', { timeout: 2 * LIMIT_MS + 10_000 }, async () => {
    for (const force of [false, true]) {
      const summary = await runCase('article-in-1000-divs', { limitMs: LIMIT_MS, force });
      expect(summary.shapeProblems).toEqual([]);
      expect(summary.hasArticle, summary.reasons.join('; ')).toBe(true);
    }
  });

  it('one paragraph inside 1,000 nested lists, "Clean anyway" (forced)', { timeout: LIMIT_MS + 10_000 }, async () => {
    // Found by the fuzzer: Readability's conditional cleaning re-reads every nested list's text (quadratic).
    const summary = await runCase('story-in-1000-lists', { limitMs: LIMIT_MS, force: true });
    expect(summary.shapeProblems).toEqual([]);
    expect(summary.hasStory).toBe(true);
  });

  it('a 20 MB page (inline state JSON, inline SVG, thousands of teasers) around the article', { timeout: LIMIT_MS + 10_000 }, async () => {
    const summary = await runCase('page-20mb', { limitMs: LIMIT_MS });
    expect(summary.bytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    expect(summary.shapeProblems).toEqual([]);
    expect(summary.hasArticle, summary.reasons.join('; ')).toBe(true);
    expect(summary.maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('an article of 100,000 paragraphs', { timeout: LIMIT_MS + 10_000 }, async () => {
    const summary = await runCase('paragraphs-100000', { limitMs: LIMIT_MS });
    expect(summary.shapeProblems).toEqual([]);
    expect(summary.hasArticle).toBe(true);
    // All of them are distinct story paragraphs: none may be lost as a "repeat".
    expect(summary.paragraphs).toBeGreaterThanOrEqual(100_000);
    expect(summary.maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  // Link-heavy pages: every stage must stay near-linear in links too. A "Related" section of
  // 2,000 links once took 3.8 s and 50,000 links 451 s (children of a long list read through
  // jsdom's live HTMLCollection, one named-property lookup per index). The figures themselves
  // are printed by `npm run bench:speed`; here each page must finish with its story, no more.
  it.each([
    ['related-links-50000', 'a "Related stories" section of 50,000 links', false],
    ['menu-links-50000', 'a site menu of 50,000 links before the story', false],
    // Inside the article: a long list there is the story's (a table of berths), and stays.
    ['list-items-100000', 'a list of 100,000 items inside the article', true],
  ])('%s: %s', { timeout: LIMIT_MS + 10_000 }, async (name, _what, listIsStory) => {
    const summary = await runCase(name, { limitMs: LIMIT_MS });
    expect(summary.shapeProblems).toEqual([]);
    expect(summary.hasArticle, summary.reasons.join('; ')).toBe(true);
    // The links are not the story: none of them comes out as its text; the list's items all do.
    if (listIsStory) expect(summary.paragraphs).toBeGreaterThanOrEqual(100_000);
    else expect(summary.textLength).toBeLessThan(20_000);
    expect(summary.maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  // Readability lists a page's pictures through jsdom's live collection (each index also looked
  // up as a name): 8,000 pictures took it 5 s, so past HUGE_PAGE_IMAGES it is not run.
  it('a gallery of 50,000 pictures after the story', { timeout: LIMIT_MS + 10_000 }, async () => {
    const summary = await runCase('gallery-pictures-50000', { limitMs: LIMIT_MS });
    expect(summary.shapeProblems).toEqual([]);
    expect(summary.hasArticle, summary.reasons.join('; ')).toBe(true);
    expect(summary.maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it('a page of 50,000 pictures and no text, "Clean anyway" (forced): ends, well formed', { timeout: LIMIT_MS + 10_000 }, async () => {
    const summary = await runCase('pictures-only-50000', { limitMs: LIMIT_MS, force: true });
    expect(summary.shapeProblems).toEqual([]);
    expect(summary.textLength).toBe(0);
    expect(summary.maxRssMb).toBeLessThan(MAX_RSS_MB);
  });
});
