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
  getElementsByTagName: (d: Document, tag: string) => Element[];
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
  const getElementsByTagName = fromPrototypes(doc, 'getElementsByTagName');
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
    getElementsByTagName: (d, tag) => Array.from(call<ArrayLike<Element>>(getElementsByTagName, d, tag)),
    createElement: (d, tag) => call(createElement, d, tag),
    replaceWith: (old, replacement) => call(el(old).replaceWith, old, replacement),
  };
}

/**
 * Take the clobbering handles out of the working copy: every <form> becomes a <div> with
 * the same children (forms never reach the output anyway), and `name` attributes go (they
 * name document properties and form members; nothing downstream reads them).
 */
export function defuseClobbering(copy: Document, safe: SafeDom): void {
  for (const e of safe.getElementsByTagName(copy, '*')) {
    if (safe.getAttribute(e, 'name') !== null) safe.removeAttribute(e, 'name');
  }
  for (const form of safe.getElementsByTagName(copy, 'form')) {
    const div = safe.createElement(copy, 'div');
    for (let c = safe.firstChild(form); c; c = safe.firstChild(form)) safe.appendChild(div, c);
    safe.replaceWith(form, div);
  }
}
