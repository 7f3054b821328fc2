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

interface ExpectedRelated {
  title?: string;
  url?: string;
  source?: string;
  published?: string;
  textContains?: string[];
  textNotContains?: string[];
  textOnce?: string[];
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
const EXPECTED_KEYS = ['detected', 'autoClean', 'kind', 'title', 'source', 'byline', 'published', 'language', 'contains', 'notContains', 'once', 'htmlNotContains', 'htmlOnce', 'textOmits', 'relatedCount', 'related', 'removedAtLeast', 'logReasons', 'selectors', 'rawContains'] satisfies ReadonlyArray<keyof Expected>;
const RELATED_KEYS: readonly string[] = ['title', 'url', 'source', 'published', 'textContains', 'textNotContains', 'textOnce'] satisfies ReadonlyArray<keyof ExpectedRelated>;

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

describe('fixtures', () => {
  it('has fixture folders', () => {
    expect(folders.length).toBeGreaterThan(0);
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
