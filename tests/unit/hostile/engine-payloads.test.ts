// @vitest-environment node
/**
 * Every payload planted in an ordinary news page, through the engine exactly
 * as the CLI and the extension call it: the result carries no dangerous
 * construct, related links are http(s) only, text fields hold no control
 * characters, the caller's document is untouched, and the article around
 * the payload was really extracted (so "nothing got through" is not vacuous).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { plantAll, type PlantedPage } from '../../hostile/build-pages.ts';
import { resultShapeProblems, resultSafetyProblems } from '../../hostile/check-result.ts';

const pages = plantAll();

function load(page: PlantedPage): JSDOM {
  return new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
}

describe('hostile pages through cleanDocument', () => {
  it.each(pages.map((page) => [page.name, page] as const))('%s', (_, page) => {
    const dom = load(page);
    const doc = dom.window.document;
    const before = dom.serialize();
    try {
      const forced = cleanDocument(doc, page.url, { force: true });
      const plain = cleanDocument(doc, page.url);
      expect(dom.serialize(), 'the caller document must not change').toBe(before);
      for (const result of [forced, plain]) {
        expect(resultShapeProblems(result)).toEqual([]);
        expect(resultSafetyProblems(result)).toEqual([]);
      }
      // Not vacuous: the ordinary article around the payload came out.
      expect(forced.text).toContain('swing bridge');
      expect(forced.html).toContain('swing bridge');
      if (page.template === 'aggregator') {
        // The card carrying related-story payloads was read, so its link and title were really checked.
        const card = forced.related.find((story) => story.text.includes('Ferry operators'));
        expect(card, 'the payload-carrying related card').toBeDefined();
      }
    } finally {
      dom.window.close();
    }
  });
});
