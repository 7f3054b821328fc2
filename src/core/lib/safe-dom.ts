/**
 * DOM access that page markup cannot redirect. In browsers a <form> exposes its controls
 * as properties that shadow the built-ins (<form><input name="parentNode"></form> makes
 * form.parentNode the input: ancestor walks never end), and <img name="x"> shadows
 * document.x. The working copy is made with the prototypes' own accessors, then defused
 * (forms become divs, name attributes go) so every later stage, Readability and DOMPurify
 * included, reads ordinary properties safely.
 */

type Getter = (this: Node) => unknown;
type Method = (this: Node, ...args: never[]) => unknown;

interface SafeDom {
  firstChild: (n: Node) => Node | null;
  nextSibling: (n: Node) => Node | null;
  nodeType: (n: Node) => number;
  localName: (e: Element) => string;
  getAttribute: (e: Element, name: string) => string | null;
  removeAttribute: (e: Element, name: string) => void;
  cloneShallow: <T extends Node>(n: T) => T;
  appendChild: (parent: Node, child: Node) => void;
  documentElement: (d: Document) => Element | null;
  defaultView: (d: Document) => Window | null;
  baseURI: (n: Node) => string;
  createTreeWalker: (d: Document, whatToShow: number) => TreeWalker;
  createElement: (d: Document, tag: string) => Element;
  replaceWith: (old: Element, replacement: Element) => void;
}

/** The accessor or method `name` from the first prototype (not the instance) that defines it. */
function fromPrototypes(obj: object, name: string): Getter | Method {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return (d.get ?? d.value) as Getter | Method;
  }
  throw new Error(`no ${name} on the DOM prototypes`);
}

/** Safe accessors for `doc`'s realm, read from the prototypes of the document itself. */
export function safeDomFor(doc: Document): SafeDom {
  const call = <R>(fn: Getter | Method, self: Node, ...args: unknown[]): R => (fn as (...a: unknown[]) => R).apply(self, args);
  const firstChild = fromPrototypes(doc, 'firstChild');
  const nextSibling = fromPrototypes(doc, 'nextSibling');
  const nodeType = fromPrototypes(doc, 'nodeType');
  const cloneNode = fromPrototypes(doc, 'cloneNode');
  const appendChild = fromPrototypes(doc, 'appendChild');
  const documentElement = fromPrototypes(doc, 'documentElement');
  const defaultView = fromPrototypes(doc, 'defaultView');
  const baseURI = fromPrototypes(doc, 'baseURI');
  const createTreeWalker = fromPrototypes(doc, 'createTreeWalker');
  const createElement = fromPrototypes(doc, 'createElement');
  let elementFns: { localName: Getter | Method; getAttribute: Getter | Method; removeAttribute: Getter | Method; replaceWith: Getter | Method } | null = null;
  const el = (e: Element) => {
    elementFns ??= {
      localName: fromPrototypes(e, 'localName'),
      getAttribute: fromPrototypes(e, 'getAttribute'),
      removeAttribute: fromPrototypes(e, 'removeAttribute'),
      replaceWith: fromPrototypes(e, 'replaceWith'),
    };
    return elementFns;
  };
  return {
    firstChild: (n) => call(firstChild, n),
    nextSibling: (n) => call(nextSibling, n),
    nodeType: (n) => call(nodeType, n),
    localName: (e) => call(el(e).localName, e),
    getAttribute: (e, name) => call(el(e).getAttribute, e, name),
    removeAttribute: (e, name) => call(el(e).removeAttribute, e, name),
    cloneShallow: (n) => call(cloneNode, n, false),
    appendChild: (p, c) => call(appendChild, p, c),
    documentElement: (d) => call(documentElement, d),
    defaultView: (d) => call(defaultView, d),
    baseURI: (n) => call(baseURI, n),
    createTreeWalker: (d, whatToShow) => call(createTreeWalker, d, d, whatToShow),
    createElement: (d, tag) => call(createElement, d, tag),
    replaceWith: (old, replacement) => call(el(old).replaceWith, old, replacement),
  };
}

/**
 * Take the clobbering handles out of a copy: every <form> becomes a <div> with the same
 * children (forms never reach the output anyway), and `name` attributes go (they name
 * document properties and form members; nothing downstream reads them). A TreeWalker is
 * used, not getElementsByTagName: indexing a jsdom HTMLCollection is very slow.
 */
export function defuseClobbering(copy: Document, safe: SafeDom): void {
  const forms: Element[] = [];
  const walker = safe.createTreeWalker(copy, 0x1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const e = n as Element;
    if (safe.getAttribute(e, 'name') !== null) safe.removeAttribute(e, 'name');
    if (safe.localName(e) === 'form') forms.push(e);
  }
  for (const form of forms) {
    const div = safe.createElement(copy, 'div');
    for (let c = safe.firstChild(form); c; c = safe.firstChild(form)) safe.appendChild(div, c);
    safe.replaceWith(form, div);
  }
}

/** The copy of one element for the working document, defused as it is made (see defuseClobbering). */
export function copyElement(e: Element, copy: Document, safe: SafeDom): Element {
  const tag = safe.localName(e);
  // A <base> is made afresh, without href, never cloned: see pinBaseUrl.
  if (tag === 'form' || tag === 'base') {
    const stand = safe.createElement(copy, tag === 'form' ? 'div' : 'base');
    for (const attr of ['class', 'id', ...(tag === 'base' ? ['target'] : [])]) {
      const v = safe.getAttribute(e, attr);
      if (v !== null) stand.setAttribute(attr, v);
    }
    return stand;
  }
  const node = safe.cloneShallow(e);
  if (node.getAttribute('name') !== null) node.removeAttribute('name');
  return node;
}

/**
 * Why no `<base href>` is ever made, changed or connected for a copy (issue 13). In
 * Chromium, setting or removing a <base>'s href makes its document recompute its base URL
 * (HTMLBaseElement::ParseAttribute, connected or not), and that checks the first
 * `<base href>` against the CSP `base-uri` of the page's window; a refusal fires
 * `securitypolicyviolation` at the page and posts to its `report-uri`, so the page can tell
 * Plainpage read it. That happens for a base cloned in the page's own document (the page's
 * base is checked again) and for one connected in any document a script makes: a clone of
 * the page, `createHTMLDocument`, `DOMParser`, template contents all share the page's policy
 * context (measured: `createHTMLDocument` fires the event too, so an "inert document" is no
 * fix by itself). So the copy gets a fresh <base> without href (copyElement), the XHTML
 * path strips hrefs before connecting (stripBaseHrefs), and the copy's base URL, which
 * Readability resolves links against, is pinned to the value the copy would have had.
 */
export function pinBaseUrl(copy: Document, url: string): void {
  try {
    Object.defineProperty(copy, 'baseURI', { value: url, configurable: true });
  } catch {
    // An <object id="baseURI"> owns the name on this document: links stay as they are written.
  }
}

/** Pins the copy's `documentURI` (see pinBaseUrl): a document parsed in an extension page has the extension's. */
export function pinDocumentUrl(copy: Document, url: string): void {
  try {
    Object.defineProperty(copy, 'documentURI', { value: url, configurable: true });
  } catch {
    // As in pinBaseUrl: a clobbered name stays as it is.
  }
}

/** Takes `href` off every <base> under `root` (a subtree not yet connected, see pinBaseUrl); returns the first one's value. */
export function stripBaseHrefs(root: Element): string | null {
  let first: string | null = null;
  for (const base of Array.from(root.querySelectorAll('base[href]'))) {
    first ??= base.getAttribute('href');
    base.removeAttribute('href');
  }
  return first;
}
