/**
 * Independent checks that a string of "sanitised" HTML carries nothing that
 * could run code or navigate to a script URL once a page renders it.
 *
 * Deliberately NOT built on DOMPurify: a check that shares the sanitiser's
 * code shares its bugs. It parses the HTML the way a browser would (jsdom,
 * parse5), walks every element (template contents too), then serialises and
 * re-parses once more: a mutation-XSS shape only shows up after that second
 * parse (https://research.securitum.com/mutation-xss-via-mathml-mutation-dompurify-2-0-17-bypass/).
 */
import { JSDOM } from 'jsdom';

/** Elements that run code, load documents, submit, rebase URLs or re-parse raw text. */
export const FORBIDDEN_ELEMENTS = new Set([
  // code and nested documents
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal',
  // navigation, rebasing, styling and submission
  'base', 'meta', 'link', 'style', 'form',
  // raw-text and parser-differential elements (mutation-XSS carriers)
  'noscript', 'xmp', 'noembed', 'noframes', 'plaintext', 'template',
  // SVG elements that animate attributes (href -> javascript:) or host other documents
  'animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'listener', 'foreignobject',
]);

/** Attributes holding a URL (lower-cased names, as jsdom reports them). */
export const URL_ATTRIBUTES = new Set([
  'href', 'xlink:href', 'src', 'srcset', 'imagesrcset', 'action', 'formaction', 'poster', 'background',
  'data', 'codebase', 'dynsrc', 'lowsrc', 'ping', 'longdesc', 'manifest', 'icon', 'archive', 'classid', 'cite',
]);

/** Schemes a cleaned page may point at. mailto:/tel: only in href: they open an app, never run code. */
const SAFE_SCHEMES = new Set(['http', 'https']);
const SAFE_HREF_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** CSS that can fetch or run something, matched after CSS escapes and comments are undone. */
const DANGEROUS_CSS = /url\s*\(|image-set\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding|javascript:|vbscript:/i;

/**
 * The scheme a browser would see for an attribute value (already entity-decoded
 * by the parser): the URL standard strips leading/trailing C0 controls and
 * spaces and removes every tab and newline before reading the scheme.
 * Returns '' for a relative URL.
 */
export function urlScheme(value: string): string {
  const normalised = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(normalised);
  return match ? match[1]!.toLowerCase() : '';
}

export function isSafeUrl(value: string, attribute = 'src'): boolean {
  const scheme = urlScheme(value);
  if (scheme === '') return true;
  return (attribute === 'href' ? SAFE_HREF_SCHEMES : SAFE_SCHEMES).has(scheme);
}

/** An http(s) absolute URL (what RelatedStory.url promises), or ''. */
export function isHttpUrlOrEmpty(value: string): boolean {
  if (value === '') return true;
  try {
    const { protocol } = new URL(value);
    return (protocol === 'http:' || protocol === 'https:') && value === value.trim();
  } catch {
    return false;
  }
}

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function decodeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\(.)/g, '$1');
}

/**
 * What is dangerous about one element, given its local name and attributes.
 * Pure, so a browser test can collect `[name, attributes]` in the page and
 * judge them here with exactly the same rules.
 */
export function dangersOf(localName: string, attributes: ReadonlyArray<readonly [string, string]>): string[] {
  const found: string[] = [];
  const name = localName.toLowerCase();
  const tag = `<${name}>`;
  if (FORBIDDEN_ELEMENTS.has(name)) found.push(`forbidden element ${tag}`);
  for (const [rawName, value] of attributes) {
    const attr = rawName.toLowerCase();
    if (attr.startsWith('on')) found.push(`event handler ${attr} on ${tag}`);
    else if (attr === 'srcdoc') found.push(`srcdoc on ${tag}`);
    else if (attr === 'shadowrootmode' || attr === 'shadowroot') found.push(`declarative shadow root on ${tag}`);
    else if (attr === 'style' && DANGEROUS_CSS.test(decodeCss(value))) found.push(`dangerous style="${value}" on ${tag}`);
    else if (attr === 'srcset' || attr === 'imagesrcset') {
      for (const url of srcsetUrls(value)) if (!isSafeUrl(url)) found.push(`${attr} "${url}" on ${tag}`);
    } else if (URL_ATTRIBUTES.has(attr) && !isSafeUrl(value, attr)) {
      found.push(`${attr}="${value}" on ${tag}`);
    }
  }
  return found;
}

function elementDangers(element: Element): string[] {
  return dangersOf(element.localName, Array.from(element.attributes, (a) => [a.name, a.value] as const));
}

function walk(node: Node, visit: (element: Element) => void): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    visit(element);
    // Template contents live in a separate fragment that querySelectorAll never enters.
    if (element.localName === 'template') walk((element as HTMLTemplateElement).content, visit);
    walk(element, visit);
  }
}

/** Everything dangerous under `root` (not `root` itself), e.g. an element a view rendered into. */
export function findDomDangers(root: Node): string[] {
  const found: string[] = [];
  walk(root, (element) => found.push(...elementDangers(element)));
  return found;
}

function dangersIn(dom: JSDOM): string[] {
  return findDomDangers(dom.window.document);
}

/**
 * Everything dangerous in `html` once a page renders it, one line per finding
 * (empty: nothing found). Checks the HTML as parsed, and once more after a
 * serialise + re-parse round trip (mutation XSS).
 *
 * Parsed with scripting off (jsdom's default): that parses <noscript> content
 * as markup, but any <noscript> is forbidden anyway, so the scripting-on
 * reading (raw text) cannot hide an element this one misses.
 */
export function findHtmlDangers(html: string): string[] {
  // The forced and the plain clean of one page usually return the same html: parse it once.
  const known = recent.get(html);
  if (known) return [...known];
  const found = new Set<string>();
  const dom = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const danger of dangersIn(dom)) found.add(danger);
  const reparsed = new JSDOM(dom.serialize());
  for (const danger of dangersIn(reparsed)) found.add(`after re-parse: ${danger}`);
  dom.window.close();
  reparsed.window.close();
  if (recent.size >= 8) recent.delete(recent.keys().next().value!);
  recent.set(html, [...found]);
  return [...found];
}

const recent = new Map<string, string[]>();
