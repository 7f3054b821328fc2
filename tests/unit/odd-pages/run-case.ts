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
import { ARTICLE_URL, deeplyNested, hugePage, manyParagraphs } from './odd-pages.ts';

const CASES: Record<string, () => string> = {
  'nesting-10000': () => deeplyNested(10_000),
  'nesting-1000': () => deeplyNested(1_000),
  'paragraphs-100000': () => manyParagraphs(100_000),
  'page-20mb': () => hugePage(20 * 1024 * 1024),
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
    htmlLength: result.html.length,
  }),
);
