/**
 * Runs ONE odd page through the engine in its own process and prints a JSON
 * summary on stdout. The tests spawn this with a hard timeout: a hang in
 * synchronous engine code cannot be interrupted inside the test worker, and
 * a separate process also gives an honest peak memory figure.
 *
 *   tsx tests/unit/odd-pages/run-case.ts <case> [--force]
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../../../src/core/index.ts';
import { resultShapeProblems } from '../../hostile/check-result.ts';
import { ARTICLE_URL, deeplyNested, hugeGallery, hugeList, hugeMenu, hugePage, manyParagraphs, paragraph, relatedLinks } from './odd-pages.ts';

const CASES: Record<string, () => string> = {
  // jsdom cannot hold 10,000 levels (its attach/insert code recurses); 1,000 is its practical
  // maximum and already 2x Chromium's parser cap of 512. 10,000 goes through the CLI test instead.
  'article-in-1000-divs': () => deeplyNested(1_000),
  'story-in-1000-lists': () => `${'<ul>'.repeat(1_000)}<p>${paragraph(0)}</p>`,
  'paragraphs-100000': () => manyParagraphs(100_000),
  'page-20mb': () => hugePage(20 * 1024 * 1024),
  'related-links-50000': () => relatedLinks(50_000),
  'menu-links-50000': () => hugeMenu(50_000),
  'list-items-100000': () => hugeList(100_000),
  'gallery-pictures-50000': () => hugeGallery(50_000),
  // No story at all: only pictures (run forced).
  'pictures-only-50000': () => `<!doctype html><html><body>${'<img src="/p.jpg">'.repeat(50_000)}</body></html>`,
  // Smaller sizes, for measuring how the cost grows (not used by the tests).
  'page-1mb': () => hugePage(1024 * 1024),
  'page-4mb': () => hugePage(4 * 1024 * 1024),
  'paragraphs-10000': () => manyParagraphs(10_000),
};

const [name, flag] = process.argv.slice(2);
const build = name ? CASES[name] : undefined;
if (!build) {
  console.error(`usage: run-case.ts <${Object.keys(CASES).join('|')}> [--force]`);
  process.exit(2);
}
const html = build();
let started = performance.now();
const dom = new JSDOM(html, { url: ARTICLE_URL, virtualConsole: new VirtualConsole() });
const parseMs = performance.now() - started;
// Progress for a case that gets killed: which half was slow.
console.error(`parsed ${Buffer.byteLength(html)} bytes in ${Math.round(parseMs)} ms`);
started = performance.now();
const result = cleanDocument(dom.window.document, ARTICLE_URL, { force: flag === '--force' });
const cleanMs = performance.now() - started;
console.log(
  JSON.stringify({
    case: name,
    bytes: Buffer.byteLength(html),
    parseMs: Math.round(parseMs),
    cleanMs: Math.round(cleanMs),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    shapeProblems: resultShapeProblems(result),
    detected: result.detected,
    reasons: result.reasons,
    textLength: result.text.length,
    paragraphs: result.text ? result.text.split('\n\n').length : 0,
    hasArticle: result.text.includes('swing bridge'),
    hasStory: result.text.includes(paragraph(0).slice(0, 40)),
    htmlLength: result.html.length,
  }),
);
