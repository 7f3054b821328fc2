/**
 * Runs every fixture folder in tests/fixtures/: source.html (+ url.txt) through
 * cleanDocument, then checks expected.json (all keys optional; schema in the folder README
 * / core task). Each folder is its own test so a failure names the page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/core/index.ts';
import type { CleanResult } from '../src/core/types.ts';
import { alignParagraphs, paragraphsOf } from './fixtures/paragraphs.ts';

interface ExpectedRelated {
  title?: string;
  url?: string;
  source?: string;
  published?: string;
  textContains?: string[];
  textNotContains?: string[];
  textOnce?: string[];
  /** First words of every paragraph of the story's text, in order (see `paragraphs` below). */
  paragraphs?: string[];
}

interface Expected {
  detected?: boolean;
  /** A news article page auto-clean may change in place (non-news pages: false). */
  autoClean?: boolean;
  kind?: 'aggregator' | 'article' | null;
  title?: string;
  source?: string;
  byline?: string;
  published?: string;
  language?: string;
  /**
   * The first words (enough to tell them apart) of EVERY paragraph of `text` (blocks between blank
   * lines), in order: the text must have exactly these paragraphs, so a leaked paragraph fails.
   * Required when `detected` is true (tests/fixtures/paragraphs.ts).
   */
  paragraphs?: string[];
  contains?: string[];
  notContains?: string[];
  once?: string[];
  htmlNotContains?: string[];
  /** Text of the sanitised html that appears exactly once there (captions kept with their pictures). */
  htmlOnce?: string[];
  /** Absent from `text` (the story's prose) though it may be in the html: picture captions and credits. */
  textOmits?: string[];
  relatedCount?: number;
  related?: ExpectedRelated[];
  removedAtLeast?: { promo?: number; duplicates?: number };
  logReasons?: string[];
  /** CSS selector → how many elements of the sanitised html match it (images, lists, tables, captions). */
  selectors?: Record<string, number>;
  /** Substrings of `text` as printed, whitespace and line breaks included (code blocks). */
  rawContains?: string[];
}

/** Every key expected.json may use: anything else is a typo that would silently switch a check off. */
const EXPECTED_KEYS = ['detected', 'autoClean', 'kind', 'title', 'source', 'byline', 'published', 'language', 'paragraphs', 'contains', 'notContains', 'once', 'htmlNotContains', 'htmlOnce', 'textOmits', 'relatedCount', 'related', 'removedAtLeast', 'logReasons', 'selectors', 'rawContains'] satisfies ReadonlyArray<keyof Expected>;
const RELATED_KEYS: readonly string[] = ['title', 'url', 'source', 'published', 'paragraphs', 'textContains', 'textNotContains', 'textOnce'] satisfies ReadonlyArray<keyof ExpectedRelated>;

/**
 * Known leaks: `<folder>` (its text) or `<folder> related[<i>]` (that related story's text) whose
 * expected `paragraphs` say what a reader should get while the engine still leaks boilerplate into
 * it, each with what leaks. For these the paragraphs check is turned round (every other check runs
 * as usual): it fails once the paragraphs DO match, so a fixed leak is taken off this list.
 */
const KNOWN_LEAKS: Record<string, string> = {
  'article--headline-without-metadata':
    'the italic publication line under the headline ("Ashcombe Canal Society newsletter, spring issue") opens the text, and the footer below the closing <hr> ("Ashcombe Canal Society, registered charity 1040000") ends it',
  'article--us-ads-related-lines-jsonld':
    'the print-edition note after the story ("A version of this article appears in print on Aug. 16, 2025, Section A, Page 14 …") ends the text',
  'hostile--svg-math-srcdoc-mxss':
    'the link text of a script-only widget ("Interactive map", its javascript: link removed) is left as a paragraph of its own',
  'related--teaser-aside-inside-story':
    'the dateline under the byline ("20 August 2025 • 7:00am") is the second paragraph of the text, after the standfirst',
  'related--teaser-list-inside-story':
    'the dateline under the byline ("20 August 2025 • 7:00am") is the second paragraph of the text, after the standfirst',
};

const ROOT = resolve(import.meta.dirname, 'fixtures');
const folders = existsSync(ROOT) ? readdirSync(ROOT).filter((f) => statSync(resolve(ROOT, f)).isDirectory() && existsSync(resolve(ROOT, f, 'source.html'))).sort() : [];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  const n = collapse(needle);
  let count = 0;
  for (let i = haystack.indexOf(n); i !== -1; i = haystack.indexOf(n, i + 1)) count++;
  return count;
}

function run(folder: string): { result: CleanResult; expected: Expected } {
  const dir = resolve(ROOT, folder);
  const html = readFileSync(resolve(dir, 'source.html'), 'utf8');
  const urlFile = resolve(dir, 'url.txt');
  const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : `https://fixtures.plainpage.test/${folder}/`;
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as Expected;
  const dom = new JSDOM(html, { url });
  return { result: cleanDocument(dom.window.document, url), expected };
}

/**
 * `text`'s paragraphs against the expected first words: a diff of the two lists shows a leaked or
 * changed paragraph as `✗ not in expected.json: <its first words>…` and a lost one as missing.
 */
function checkParagraphs(key: string, text: string, expected: string[]): void {
  const shown = alignParagraphs(paragraphsOf(text), expected);
  const leak = KNOWN_LEAKS[key];
  if (leak !== undefined) {
    expect(shown, `${key} is in KNOWN_LEAKS (${leak}) but its paragraphs now match: take it off the list`).not.toEqual(expected);
    return;
  }
  expect(shown, `${key}: paragraphs of the text`).toEqual(expected);
}

describe('fixtures', () => {
  it('has fixture folders', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('lists known leaks of existing fixtures only', () => {
    const stale = Object.keys(KNOWN_LEAKS).filter((key) => !folders.includes(key.replace(/ related\[\d+\]$/, '')));
    expect(stale, 'KNOWN_LEAKS entries naming no fixture folder').toEqual([]);
  });

  for (const folder of folders) {
    it(folder, () => {
      const { result, expected: e } = run(folder);
      const text = collapse(result.text);
      const htmlText = collapse(JSDOM.fragment(result.html).textContent ?? '');
      const known = new Set<string>(EXPECTED_KEYS);
      expect(Object.keys(e).filter((k) => !known.has(k)), 'unknown keys in expected.json (a typo turns a check off)').toEqual([]);
      for (const [i, er] of (e.related ?? []).entries()) {
        expect(Object.keys(er).filter((k) => !RELATED_KEYS.includes(k)), `unknown keys in related[${i}]`).toEqual([]);
      }
      if (e.detected !== undefined) expect(result.detected, 'detected').toBe(e.detected);
      if (e.autoClean !== undefined) expect(result.autoClean, 'autoClean').toBe(e.autoClean);
      if (e.kind !== undefined) expect(result.kind, 'kind').toBe(e.kind);
      for (const key of ['title', 'source', 'byline', 'published', 'language'] as const) {
        if (e[key] !== undefined) expect(result[key], key).toBe(e[key]);
      }
      if (e.detected === true) expect(e.paragraphs, 'a detected page lists its paragraphs in expected.json').toBeDefined();
      if (e.paragraphs) checkParagraphs(folder, result.text, e.paragraphs);
      for (const s of e.contains ?? []) expect(text, `text contains "${s}"`).toContain(collapse(s));
      for (const s of e.notContains ?? []) {
        expect(text, `text must not contain "${s}"`).not.toContain(collapse(s));
        expect(htmlText, `html text must not contain "${s}"`).not.toContain(collapse(s));
      }
      for (const s of e.once ?? []) expect(occurrences(text, s), `"${s}" exactly once in text`).toBe(1);
      for (const s of e.htmlOnce ?? []) expect(occurrences(htmlText, s), `"${s}" exactly once in html`).toBe(1);
      for (const s of e.textOmits ?? []) expect(text, `text must omit "${s}"`).not.toContain(collapse(s));
      for (const s of e.htmlNotContains ?? []) expect(result.html.toLowerCase(), `html must not contain "${s}"`).not.toContain(s.toLowerCase());
      if (e.relatedCount !== undefined) expect(result.related.map((r) => r.title), 'related titles').toHaveLength(e.relatedCount);
      (e.related ?? []).forEach((er, i) => {
        const r = result.related[i];
        expect(r, `related[${i}] exists`).toBeDefined();
        if (!r) return;
        for (const key of ['title', 'url', 'source', 'published'] as const) {
          if (er[key] !== undefined) expect(r[key], `related[${i}].${key}`).toBe(er[key]);
        }
        if (er.paragraphs) checkParagraphs(`${folder} related[${i}]`, r.text, er.paragraphs);
        const rt = collapse(r.text);
        for (const s of er.textContains ?? []) expect(rt, `related[${i}].text contains "${s}"`).toContain(collapse(s));
        for (const s of er.textNotContains ?? []) expect(rt, `related[${i}].text must not contain "${s}"`).not.toContain(collapse(s));
        for (const s of er.textOnce ?? []) expect(occurrences(rt, s), `related[${i}].text has "${s}" once`).toBe(1);
      });
      // Every fixture: a related story's text reads as paragraphs (none over 120 words unless it is
      // one sentence) with no picture credit or embedded post's attribution run into it.
      for (const [i, r] of result.related.entries()) {
        for (const p of r.text.split(/\n{2,}/)) {
          const words = p.split(/\s+/).filter(Boolean).length;
          if (words > 120) expect(/[.!?]["'’”]?\s+["'‘“]?\p{Lu}/u.test(p), `related[${i}] paragraph of ${words} words: ${p.slice(0, 80)}…`).toBe(false);
          expect(p, `related[${i}] text keeps a picture credit`).not.toMatch(/\([^()]{1,60}\/\s*(?:AP|AFP|Reuters|Getty Images|EPA)\)/);
          expect(p, `related[${i}] text keeps a post attribution`).not.toMatch(/—\s*[^—]{1,60}\(@\w+\)/);
        }
      }
      if (e.removedAtLeast?.promo !== undefined) expect(result.removed.promo, 'removed.promo').toBeGreaterThanOrEqual(e.removedAtLeast.promo);
      if (e.removedAtLeast?.duplicates !== undefined) expect(result.removed.duplicates, 'removed.duplicates').toBeGreaterThanOrEqual(e.removedAtLeast.duplicates);
      const fragment = JSDOM.fragment(`<div>${result.html}</div>`);
      for (const [selector, count] of Object.entries(e.selectors ?? {})) {
        expect(fragment.querySelectorAll(selector).length, `html elements matching ${selector}`).toBe(count);
      }
      for (const s of e.rawContains ?? []) expect(result.text, `text contains, as printed: ${JSON.stringify(s)}`).toContain(s);
      const reasons = new Set(result.removed.log.map((l) => l.reason));
      for (const r of e.logReasons ?? []) expect([...reasons], `log reason ${r}`).toContain(r);
    });
  }
});
