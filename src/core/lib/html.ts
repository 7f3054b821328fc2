/**
 * The ONLY door between HTML strings and the DOM in Plainpage.
 *
 * Everything the engine or the extension shows is sanitised here with DOMPurify in a
 * strict profile: no scripts, event handlers, styles, forms, iframes, base/meta, srcdoc,
 * and no javascript:/data:/vbscript: URLs (even when disguised with whitespace or
 * control characters). Links may only be http(s) or relative and always open with
 * rel="noopener noreferrer"; images may only load over http(s).
 * No other module may use innerHTML/outerHTML/insertAdjacentHTML/DOMParser to write.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

/** Tags an article may keep: text structure, media and tables. Nothing interactive. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'article', 'section', 'header', 'footer', 'aside', 'main',
];
/**
 * Attributes kept: links, image description and size, table spans, dates, language, and an
 * ordered list's numbering (a list split by a paragraph goes on at "3."). No class/id/style.
 */
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir', 'rel', 'target', 'start', 'reversed'];
/** List numbering attributes, kept on <ol> only and only with a plain integer. */
const LIST_NUMBERING = /^-?\d{1,6}$/;

const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'form', 'input', 'button', 'textarea', 'select', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript'],
  FORBID_ATTR: ['style', 'srcdoc', 'srcset', 'formaction', 'action', 'xlink:href', 'background', 'poster', 'ping'],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

/** Browsers ignore leading whitespace and C0/C1 control chars in URLs ("java\tscript:"), so do we. */
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;
const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript|livescript|mocha|file|blob|filesystem):/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HTTP_SCHEME = /^https?:/i;

function cleanUrlForCheck(value: string): string {
  // Also decode entity-looking colons a sloppy serializer might have left ("javascript&colon;").
  return value.replace(URL_NOISE, '').replace(/&colon;|&#0*58;|&#x0*3a;/gi, ':').toLowerCase();
}

function addStrictHooks(purify: DOMPurify): void {
  // DOMPurify removes an element carrying `is` (a customized built-in element's name) WITH its
  // content when it returns a DOM. Themes put it on the story's wrapper (`<section
  // is="flynt-layout-single-post">` on a real blog): the whole article vanished. The name only
  // means something to a page script that defines the element, and no page script runs here,
  // so the attribute is dropped and the element is sanitised like any other.
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeType === 1 && (node as Element).hasAttribute('is')) (node as Element).removeAttribute('is');
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const checked = cleanUrlForCheck(data.attrValue ?? '');
    if (DANGEROUS_SCHEME.test(checked)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeType !== 1) return;
    const tag = el.tagName;
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href !== null) {
        const checked = cleanUrlForCheck(href);
        // Keep http(s) and relative links only: no mailto:, tel:, custom schemes.
        if (ANY_SCHEME.test(checked) && !HTTP_SCHEME.test(checked)) el.removeAttribute('href');
      }
      el.setAttribute('rel', 'noopener noreferrer');
      el.setAttribute('target', '_blank');
    } else {
      el.removeAttribute('target');
      el.removeAttribute('rel');
      if (el.hasAttribute('href')) el.removeAttribute('href');
    }
    if (tag !== 'OL') {
      el.removeAttribute('start');
      el.removeAttribute('reversed');
    } else if (el.hasAttribute('start') && !LIST_NUMBERING.test((el.getAttribute('start') ?? '').trim())) {
      el.removeAttribute('start');
    }
    if (el.hasAttribute('src')) {
      const checked = cleanUrlForCheck(el.getAttribute('src') ?? '');
      if (tag !== 'IMG' || !HTTP_SCHEME.test(checked)) el.removeAttribute('src');
    }
  });
}

const instances = new WeakMap<object, DOMPurify>();

/** A DOMPurify bound to `win`, with our hooks, created once per window. */
function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    addStrictHooks(purify);
    instances.set(win, purify);
  }
  return purify;
}

/**
 * The window to sanitise with: the given one, the node's document's window, or the
 * global one. Documents made by `createHTMLDocument` / `cloneNode` have no defaultView.
 */
export function windowFor(node?: Node | null, win?: Window | null): Window {
  const doc = node ? (node.nodeType === 9 ? (node as Document) : node.ownerDocument) : null;
  const found = win ?? doc?.defaultView ?? (typeof window !== 'undefined' ? window : null);
  if (!found) throw new Error('Plainpage: no window available to sanitise HTML');
  return found;
}

/** Sanitise an HTML string (or a DOM node, which is copied, never changed) into safe HTML. */
export function sanitizeHtml(input: string | Node, win?: Window | null): string {
  const purify = purifierFor(windowFor(typeof input === 'string' ? null : input, win));
  return purify.sanitize(input, PURIFY_CONFIG) as unknown as string;
}

/**
 * Sanitise into a DOM fragment (owned by the sanitiser window's document).
 * The engine uses this to take text and HTML from the same safe tree.
 */
export function sanitizeToFragment(input: string | Node, win?: Window | null): DocumentFragment {
  const purify = purifierFor(windowFor(typeof input === 'string' ? null : input, win));
  return purify.sanitize(input, { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}

/** The sanitised children of `holder` as HTML (holder is a wrapper from sanitizeToFragment's document). */
export function childrenToHtml(holder: Element): string {
  return dropEmptyBlocks(holder.innerHTML);
}

/** `<p></p>`, `<div> </div>`… (attribute-free after sanitising), innermost first, a few levels deep. */
const EMPTY_BLOCK = /<(p|div|span|li|ul|ol|blockquote|section|article|aside|header|footer|figure|figcaption|h[1-6]|b|i|em|strong|a)(?: rel="noopener noreferrer" target="_blank")?>\s*<\/\1>/g;

/**
 * Drop empty elements from SANITISED HTML. Only removes complete empty pairs, so it can
 * never create markup; it runs after DOMPurify, never before.
 */
export function dropEmptyBlocks(html: string): string {
  let out = html;
  for (let i = 0; i < 4; i++) {
    const next = out.replace(EMPTY_BLOCK, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Replace `target`'s children with the sanitised content of `html` (for the popup/reader view). */
export function setSanitizedHtml(target: Element, html: string, win?: Window | null): void {
  const fragment = sanitizeToFragment(html, windowFor(target, win));
  target.replaceChildren(target.ownerDocument.importNode(fragment, true));
}

/**
 * The page's own HTML (a snapshot taken in the tab, engine-host/snapshot.ts) as an inert
 * document for the engine to read, in an extension page: DOMParser runs no script and loads
 * nothing. It is never shown: what the engine shows of it is sanitised above.
 */
export function parsePageHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * A document Plainpage built for "Save as HTML" (src/reader/export-html.ts: its own parts made
 * with createElement/textContent, the article through setSanitizedHtml above) as the text of
 * a standalone file.
 */
export function documentToHtml(doc: Document): string {
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
