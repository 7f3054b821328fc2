// @vitest-environment node
/**
 * Each payload straight into the one HTML door, src/core/html.ts, both ways
 * the product uses it: as a string (`sanitizeHtml`, what the engine stores)
 * and rendered into a live element (`setSanitizedHtml`, what the popup and
 * reader tab do). Nothing dangerous may come out, and sanitising the output
 * again must change nothing (an unstable result is how mutation XSS starts).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeHtml, setSanitizedHtml } from '../../../src/core/lib/html.ts';
import { findDomDangers, findHtmlDangers } from '../../hostile/check-html.ts';
import { loadPayloads, payloadMarkup } from '../../hostile/build-pages.ts';

const dom = new JSDOM('<!doctype html><html><body><main id="view"></main></body></html>', {
  url: 'https://digest.example.com/reader',
  virtualConsole: new VirtualConsole(),
});
const win = dom.window as unknown as Window;
afterAll(() => dom.window.close());

describe('hostile payloads through src/core/html.ts', () => {
  it.each(loadPayloads().map((p) => [p.id, payloadMarkup(p)] as const))('%s', (_, markup) => {
    const once = sanitizeHtml(markup, win);
    expect(findHtmlDangers(once)).toEqual([]);
    expect(sanitizeHtml(once, win), 'sanitising twice must be stable').toBe(once);

    const view = dom.window.document.getElementById('view')!;
    setSanitizedHtml(view, markup, win);
    expect(findDomDangers(view)).toEqual([]);
    expect((dom.window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
