/**
 * HTML text → a jsdom Document at the right base URL. jsdom runs no scripts
 * and loads no resources by default; we keep it that way (pages are hostile).
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface LoadedPage {
  dom: JSDOM;
  document: Document;
  /** The base URL chosen for the page (see chooseBaseUrl). */
  url: string;
  /** Where the URL came from, for debugging: `option`, `canonical` or `location`. */
  urlFrom: 'option' | 'canonical' | 'location';
}

function httpUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The page's `<link rel=canonical>` as an absolute http(s) URL, or null. */
export function canonicalUrl(document: Document): string | null {
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('canonical')) continue;
    const url = httpUrl(link.getAttribute('href') ?? '', document.baseURI);
    if (url) return url;
  }
  return null;
}

/** A `<style>` element and its raw-text content (it ends at the first `</style`, as the HTML parser reads it). */
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi;

function parseHtml(html: string, url: string): JSDOM {
  // A silent console: jsdom otherwise prints every CSS parse error of the page to stderr.
  const options = { url, contentType: 'text/html', virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch (error) {
    // jsdom 29 throws out of the whole parse on some real stylesheets (seen: SCSS left in a
    // <style>, "min-height: calc(($a - $b - 16px) / 16 * 9)", in the article-extraction
    // benchmark). Reading a page needs no stylesheet, so parse it again without them.
    const withoutStyles = html.replace(STYLE_ELEMENT, '');
    if (withoutStyles === html) throw error;
    return new JSDOM(withoutStyles, options);
  }
}

/**
 * Parse `html` and settle its base URL: the explicit one (`--url` / url map)
 * if given, else the page's canonical link, else where the bytes came from
 * (the fetched URL or a file:// URL). The caller must `dom.window.close()`.
 */
export function loadPage(html: string, location: string, explicitUrl: string | null): LoadedPage {
  const dom = parseHtml(html, explicitUrl ?? location);
  const document = dom.window.document;
  if (explicitUrl) return { dom, document, url: explicitUrl, urlFrom: 'option' };
  const canonical = canonicalUrl(document);
  if (canonical && canonical !== location) {
    // reconfigure changes document.URL (and so relative links) without a second parse.
    dom.reconfigure({ url: canonical });
    return { dom, document, url: canonical, urlFrom: 'canonical' };
  }
  return { dom, document, url: location, urlFrom: 'location' };
}
