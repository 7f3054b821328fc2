/**
 * Shared by the fuzz tests (`npm test`, a couple of thousand seeded cases)
 * and `scripts/fuzz.ts` (as many as you like): fast-check generators of
 * broken and random markup, and the one property every page must satisfy.
 *
 * Property: `cleanDocument` never throws, returns a well-formed CleanResult
 * (src/core/types.ts, checked at run time), leaves the caller's document
 * unchanged, and finishes within a time bound.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanDocument } from '../../../src/core/index.ts';
import { resultShapeProblems } from '../../hostile/check-result.ts';
import { isHttpUrlOrEmpty } from '../../hostile/check-html.ts';
import { CLOBBER_NAMES, DOCUMENT_PROPERTIES } from '../../hostile/global-names.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export interface Fixture {
  name: string;
  html: string;
}

/** Every `tests/fixtures/<case>/source.html`, smallest first. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        return [{ name: entry.name, html: readFileSync(join(FIXTURES, entry.name, 'source.html'), 'utf8') }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.html.length - b.html.length);
}

// ---- building blocks of random markup -------------------------------------

/** Tags from articles, aggregator cards, and the parser's awkward corners (tables, foreign content, raw text). */
const TAGS = [
  'div', 'p', 'span', 'a', 'article', 'section', 'main', 'aside', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4',
  'ul', 'ol', 'li', 'img', 'figure', 'figcaption', 'time', 'blockquote', 'br', 'hr', 'b', 'i', 'em', 'strong',
  'table', 'tr', 'td', 'th', 'tbody', 'caption', 'form', 'input', 'button', 'select', 'option', 'textarea',
  'svg', 'math', 'mtext', 'mglyph', 'foreignObject', 'template', 'noscript', 'script', 'style', 'title', 'iframe',
  'object', 'embed', 'details', 'summary', 'picture', 'source', 'video', 'meta', 'link', 'base', 'body', 'html',
  'head', 'frameset', 'frame', 'xmp', 'plaintext', 'custom-card', 'h1 class',
];
/** Class and id words the engine's rules look at (related lists, promos, bylines, time). */
const WORDS = [
  'related', 'related-articles', 'card', 'promo', 'newsletter', 'signup', 'ad', 'byline', 'author', 'source', 'time',
  'comments', 'share', 'article', 'content', 'story', 'title', 'headline', 'app-banner', 'x7f3a', 'main', '',
];
const TEXTS = [
  'The harbour council voted late on Wednesday to rebuild the old swing bridge.',
  'Sign up to This is Europe',
  'after newsletter promotion',
  'Sign up: AU Breaking News email',
  'Sign up to Breaking News Australia Get the most important news as it breaks after newsletter promotion',
  'The Guardian2 days ago',
  'time24 minutes ago',
  'timean hour ago',
  'Related Articles',
  'Try Our AI Features',
  'No comments yet...',
  'DOWNLOAD THE APP',
  'Orange background',
  'logo',
  '15 Aug 2025',
  'By Maria Okafor',
  '', ' ', '\u00a0', '\u200b', '\u202e', '\u0000', '\u001b[2J', '\ud800', '😀', 'ß', '日本語のニュース', 'новости',
  '&amp;', '&#0;', '&#x110000;', '&notanentity', '<', '>', ']]>', '-->',
];
const URLS = [
  'https://example.org/news/a', '/relative/path', '?q=1', '#frag', '//cdn.example.org/x.jpg', 'javascript:alert(1)',
  'jav&#x09;ascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:a@b.c', 'http://[::1', 'https://', '',
  ' \u0001javascript:x', 'http://exa mple.org/', 'https://example.org/%zz',
];
const ATTRS = [
  'class', 'id', 'name', 'href', 'src', 'srcset', 'style', 'datetime', 'alt', 'title', 'onerror', 'onclick', 'lang',
  'dir', 'role', 'aria-hidden', 'hidden', 'itemprop', 'rel', 'property', 'content', 'charset', 'xmlns', 'xlink:href',
  'data-testid', 'colspan', 'width',
];
/** Fragments that break structure: unclosed, stray, misnested, comments, CDATA, doctype in the wrong place. */
const DEBRIS = [
  '<div', '</p>', '</div></div></div>', '<p><div>', '<table><p>', '<!--', '-->', '<![CDATA[', '<!doctype html>',
  '</body>', '</html>', '<html>', '<body>', '<br/>', '</br>', '<p/>', '<a><a><a>', '&', '<<<>>>', '<?xml version="1.0"?>',
  '<script>', '</script>', '<style>', '<title>', '<textarea>', '<select>', '<frameset>', '<math><mi>', '<svg><desc>',
];

const attributeValue = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...URLS), fc.constantFrom(...TEXTS), fc.string({ maxLength: 12 }));
const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), attributeValue, fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => `${name}=${quote}${quote ? value.split(quote).join('') : value.replace(/[\s>]/g, '') || 'x'}${quote}`);
const text = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TEXTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) });

/** A random tree of elements, rendered straight to (often invalid) markup. */
export const randomMarkup: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(...DEBRIS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), tie('nodes'), fc.boolean())
      .map(([tag, attrs, inner, close]) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${inner}${close ? `</${tag.split(' ')[0]}>` : ''}`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 6 }).map((parts) => parts.join('')),
})).nodes;

/** A whole random page: sometimes with a head and a doctype, sometimes bare. */
export const randomPage: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), randomMarkup, randomMarkup)
  .map(([full, head, body]) => (full ? `<!doctype html><html><head>${head}</head><body>${body}</body></html>` : `${head}${body}`));

// ---- mutations of real fixtures ------------------------------------------

type Mutation =
  | { op: 'delete' | 'duplicate' | 'truncate'; at: number; length: number }
  | { op: 'swap'; at: number; other: number; length: number }
  | { op: 'insert'; at: number; markup: string }
  | { op: 'nest'; at: number; depth: number; tag: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'truncate' as const), at: position, length: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ op: fc.constant('swap' as const), at: position, other: position, length: fc.integer({ min: 1, max: 800 }) }),
  fc.record({ op: fc.constant('insert' as const), at: position, markup: fc.oneof(fc.constantFrom(...DEBRIS), attribute.map((a) => ` ${a} `), randomMarkup) }),
  fc.record({ op: fc.constant('nest' as const), at: position, depth: fc.integer({ min: 1, max: 400 }), tag: fc.constantFrom('div', 'span', 'b', 'table', 'ul', 'a', 'p', 'svg') }),
);

/** Applies mutations to raw text: byte ranges, so tags and entities get cut in half, as on a broken download. */
export function mutate(html: string, mutations: readonly Mutation[]): string {
  let out = html;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    switch (m.op) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case 'duplicate':
        out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
        break;
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'swap': {
        const [a, b] = [at, Math.floor(m.other * out.length)].sort((x, y) => x - y) as [number, number];
        const len = Math.min(m.length, b - a);
        out = out.slice(0, a) + out.slice(b, b + len) + out.slice(a + len, b) + out.slice(a, a + len) + out.slice(b + len);
        break;
      }
      case 'insert':
        out = out.slice(0, at) + m.markup + out.slice(at);
        break;
      case 'nest':
        out = out.slice(0, at) + `<${m.tag}>`.repeat(m.depth) + out.slice(at);
        break;
    }
  }
  return out;
}

export function mutatedFixture(fixtures: readonly Fixture[]): fc.Arbitrary<{ fixture: string; html: string }> {
  return fc
    .tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([fixture, mutations]) => ({ fixture: fixture.name, html: mutate(fixture.html, mutations) }));
}

// ---- elements named after globals (issue 13) -----------------------------

/**
 * Names page elements take over: the content script's globals, what it and the sanitiser
 * read off `window` and `document`, and the DOM members the engine walks (a form's
 * controls shadow them on the form itself).
 */
const CLOBBER_TARGETS = [
  ...CLOBBER_NAMES, ...DOCUMENT_PROPERTIES,
  'attributes', 'nodeName', 'nodeType', 'parentNode', 'parentElement', 'childNodes', 'children', 'firstChild', 'nextSibling',
  'ownerDocument', 'textContent', 'getAttribute', 'removeAttribute', 'removeChild', 'localName', 'tagName', 'id',
  'className', 'elements', 'length', 'submit', 'action', 'runtime', 'clean', 'autoCleanState', 'constructor', 'toString',
];

/** One element (or a pair) that takes over `name`, with members named `member` where the element has members. */
const namedElement: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CLOBBER_TARGETS), fc.constantFrom(...CLOBBER_TARGETS), fc.integer({ min: 0, max: 6 }))
  .map(([name, member, shape]) => [
    `<div id="${name}"></div>`,
    `<img name="${name}" alt="">`,
    `<form id="${name}" name="${name}"><input name="${member}"><input name="${member}"></form>`,
    `<a id="${name}"></a><a id="${name}" name="${member}" href="https://example.org/">x</a>`,
    `<iframe name="${name}" srcdoc="<p>x</p>"></iframe>`,
    `<embed name="${name}"><object name="${name}" id="${member}"></object>`,
    `<form name="${name}"><button name="${member}" id="${member}"></button><output name="${member}"></output></form>`,
  ][shape]!);

/** Puts each markup right after a tag that ends in the body (`at` in 0..1 over those places). */
export function plantAtTagEnds(html: string, inserts: ReadonlyArray<readonly [number, string]>): string {
  const start = Math.max(0, html.search(/<body\b/i));
  const ends: number[] = [];
  for (let i = html.indexOf('>', start); i !== -1; i = html.indexOf('>', i + 1)) ends.push(i + 1);
  if (ends.length === 0) return html + inserts.map(([, markup]) => markup).join('');
  const placed = inserts.map(([at, markup]) => [ends[Math.min(ends.length - 1, Math.floor(at * ends.length))]!, markup] as const);
  let out = html;
  for (const [index, markup] of [...placed].sort((a, b) => b[0] - a[0])) out = out.slice(0, index) + markup + out.slice(index);
  return out;
}

/** Real fixtures carrying elements named after globals and DOM members, planted between tags. */
export function namedElementsFixture(fixtures: readonly Fixture[]): fc.Arbitrary<{ fixture: string; html: string }> {
  return fc
    .tuple(fc.constantFrom(...fixtures), fc.array(fc.tuple(position, namedElement), { minLength: 1, maxLength: 12 }))
    .map(([fixture, inserts]) => ({ fixture: fixture.name, html: plantAtTagEnds(fixture.html, inserts) }));
}

// ---- link-heavy pages (issue 12) -----------------------------------------

/** Runs of one item, the shapes that made superlinear paths: related lists, menus, link runs, long lists, card grids. */
const LINK_SHAPES: Record<string, (n: number, word: string) => string> = {
  related: (n, word) => `<section class="${word}"><h2>Related stories</h2><ul>${repeat(n, (i) => `<li><a href="/news/rel-story-${i}">Council story ${i} about the harbour budget</a> <span>The Gazette</span> <time>${(i % 23) + 1} hours ago</time></li>`)}</ul></section>`,
  menu: (n, word) => `<nav class="${word}"><ul>${repeat(n, (i) => `<li><a href="/section/menu-${i}">Section ${i}</a></li>`)}</ul></nav>`,
  inline: (n, word) => `<p class="${word}">${repeat(n, (i) => `<a href="https://other.example/${word || 'x'}/${i}">link ${i}</a> `)}</p>`,
  list: (n, word) => `<ol class="${word}">${repeat(n, (i) => `<li>Item ${i} of a long list, a line of plain text.</li>`)}</ol>`,
  cards: (n, word) => `<div class="${word}">${repeat(n, (i) => `<div class="card"><a href="/c/card-${i}"><img src="/i/${i}.jpg" alt=""><h3>Card ${i} headline</h3></a><p>Teaser for card ${i}.</p></div>`)}</div>`,
};

function repeat(n: number, item: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => item(i)).join('');
}

/** A real fixture with one run of `minItems`..`maxItems` items of one shape, planted between tags. */
export function linkHeavyFixture(fixtures: readonly Fixture[], maxItems: number, minItems = 200): fc.Arbitrary<{ fixture: string; html: string }> {
  return fc
    .tuple(fc.constantFrom(...fixtures), fc.constantFrom(...Object.keys(LINK_SHAPES)), fc.integer({ min: minItems, max: maxItems }), position, fc.constantFrom(...WORDS))
    .map(([fixture, shape, n, at, word]) => ({ fixture: `${fixture.name} + ${n} ${shape} items`, html: plantAtTagEnds(fixture.html, [[at, LINK_SHAPES[shape]!(n, word)]]) }));
}

// ---- the property ---------------------------------------------------------

export const PAGE_URL = 'https://news.example.org/2025/08/15/fuzzed-story';

export interface CaseOutcome {
  /** Empty when the case passes. */
  problems: string[];
  /** cleanDocument time only (parsing excluded), ms. */
  cleanMs: number;
  /**
   * False when jsdom itself could not parse the page (the engine never ran).
   * Known: `<base xlink:href=x><style>` makes jsdom 29 throw; the CLI reports
   * such a page as "cannot parse HTML", a clear error.
   */
  parsed: boolean;
}

/**
 * Runs one page through the engine and returns what is wrong with the outcome.
 * Never throws: a thrown engine error is a problem like any other.
 */
export function checkPage(html: string, options: { force: boolean; boundMs: number }): CaseOutcome {
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() });
  } catch {
    return { problems: [], cleanMs: 0, parsed: false };
  }
  try {
    const before = dom.serialize();
    const started = performance.now();
    let result: unknown;
    try {
      result = cleanDocument(dom.window.document, PAGE_URL, { force: options.force });
    } catch (error) {
      return { problems: [`threw: ${(error as Error).stack ?? String(error)}`], cleanMs: performance.now() - started, parsed: true };
    }
    const cleanMs = performance.now() - started;
    const problems = resultShapeProblems(result);
    const related = (result as { related?: Array<{ url?: unknown }> }).related;
    if (Array.isArray(related)) {
      related.forEach((story, i) => {
        if (typeof story.url === 'string' && !isHttpUrlOrEmpty(story.url)) problems.push(`related[${i}].url is not http(s): ${story.url}`);
      });
    }
    if (dom.serialize() !== before) problems.push('the caller document changed');
    if (cleanMs > options.boundMs) problems.push(`took ${Math.round(cleanMs)} ms (bound ${options.boundMs} ms)`);
    return { problems, cleanMs, parsed: true };
  } finally {
    dom.window.close();
  }
}

/**
 * Lets jsdom release closed windows. Measured: with tsx's loader in the
 * process, a synchronous loop of `new JSDOM` + `window.close()` keeps ~1 MB
 * per window alive until the event loop turns (8,000 fuzz cases ran out of a
 * 4 GB heap); one setImmediate per case keeps memory flat.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

/**
 * Sizes for `npm test`: about 2,300 cases in total, within ~2 minutes on 2 cores.
 * FUZZ_SEED / FUZZ_RUNS_SCALE in the environment vary them without code changes.
 */
export const FUZZ_SETTINGS = {
  seed: Number(process.env.FUZZ_SEED ?? 20250815),
  randomRuns: Math.round(1400 * Number(process.env.FUZZ_RUNS_SCALE ?? 1)),
  mutationRuns: Math.round(600 * Number(process.env.FUZZ_RUNS_SCALE ?? 1)),
  namedRuns: Math.round(200 * Number(process.env.FUZZ_RUNS_SCALE ?? 1)),
  linkRuns: Math.round(30 * Number(process.env.FUZZ_RUNS_SCALE ?? 1)),
  /** The longest run of links or items a link-heavy case plants. */
  maxLinkItems: 3_000,
  /** Fixtures up to this size are mutated in `npm test` (the big aggregator pages cost ~5x more per case). */
  maxFixtureBytes: 8_000,
  /**
   * Per-case bound on cleanDocument. Catches hangs, not slowness: test files
   * share 2 cores with each other, so a tight bound would flake. The tight,
   * deterministic checks are in tests/unit/odd-pages; `npm run fuzz` uses 2 s.
   */
  boundMs: 10_000,
};
