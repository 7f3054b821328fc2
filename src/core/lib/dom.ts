/** DOM helpers: reading text and meta tags, finding descendants, and the edits stages make (remove a block, a node, a text). */

import { isBlock, type TextBlock } from './blocks.ts';

/**
 * Empty an element instead of detaching it. jsdom re-lists a parent's children on every
 * removal once something (Readability does) has asked for `.children`, so removing 200
 * paragraphs one by one from a 6,000-child article is quadratic; emptying touches only the
 * small element. The empty shells carry no text and are dropped from the final HTML
 * (`dropEmptyBlocks` in html.ts). Emptied from the front: jsdom finds each removed child's index
 * by walking its earlier siblings, so from the back a paragraph of 20,000 links took 183 s.
 */
export function emptyElement(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Below this many sibling steps, children are removed one by one (see removeChildren). */
const ONE_BY_ONE_STEPS = 20_000;

/**
 * Remove the given children of `parent`. jsdom finds a child's index on every removal by
 * walking its earlier siblings, so removing k children one by one from n costs up to k·n:
 * hundreds of promo lines in a 6,000-paragraph story make that quadratic. Past a bound the
 * children are taken out from the front (each an index-0 removal, the kept ones into a
 * fragment) and the fragment put back: one pass, the kept children unchanged and in order.
 */
export function removeChildren(parent: Element, doomed: ReadonlySet<Node>): void {
  if (doomed.size * countChildren(parent, Infinity, true) <= ONE_BY_ONE_STEPS) {
    for (const c of doomed) if (c.parentNode === parent) parent.removeChild(c);
    return;
  }
  const kept = parent.ownerDocument.createDocumentFragment();
  for (let c = parent.firstChild; c; c = parent.firstChild) {
    if (doomed.has(c)) parent.removeChild(c);
    else kept.appendChild(c);
  }
  parent.appendChild(kept);
}

/**
 * An element's children, moved into a new fragment (the element is left empty): to unwrap
 * it (`el.replaceWith(takeChildren(el))`) or move its content. Taken from the front, one at
 * a time: `Array.from(el.childNodes)` would leave jsdom's live list on the element, re-listed
 * after each of the moves, which made a body of 10,000 pictures take seconds (see countChildren).
 */
export function takeChildren(el: Element): DocumentFragment {
  const fragment = el.ownerDocument.createDocumentFragment();
  for (let c = el.firstChild; c; c = el.firstChild) fragment.appendChild(c);
  return fragment;
}

/** Remove a node from its parent (no-op when detached). */
export function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

/**
 * Remove a block's own text: the whole element when nothing else lives in it,
 * otherwise just its text nodes and the inline elements left empty.
 */
export function removeBlock(block: TextBlock): void {
  const el = block.el;
  if (el.tagName !== 'BODY' && el.tagName !== 'HTML' && !hasBlockChild(el) && textOf(el) === collapseRaw(block.raw)) {
    emptyElement(el);
    return;
  }
  for (const t of block.nodes) {
    let parent: Element | null = t.parentElement;
    removeNode(t);
    while (parent && parent !== el && !parent.textContent?.trim() && !parent.querySelector('img,picture,video')) {
      const up: Element | null = parent.parentElement;
      removeNode(parent);
      parent = up;
    }
  }
}

function collapseRaw(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isBlock(c) || hasBlockChild(c)) return true;
  }
  return false;
}

/** Remove one text node and the inline elements (below `stop`) it leaves empty. */
export function removeTextNode(t: Text, stop: Element): void {
  let parent: Element | null = t.parentElement;
  removeNode(t);
  while (parent && parent !== stop && !parent.textContent?.trim() && !parent.querySelector('img,picture,video')) {
    const up: Element | null = parent.parentElement;
    removeNode(parent);
    parent = up;
  }
}

/** Replace a block's own text with `text` (used when a promo run or repeat is cut out of it). */
export function replaceBlockText(block: TextBlock, text: string): void {
  const [first, ...rest] = block.nodes;
  if (!first) return;
  first.data = text;
  for (const t of rest) {
    let parent: Element | null = t.parentElement;
    removeNode(t);
    while (parent && parent !== block.el && !parent.textContent?.trim() && !parent.querySelector('img,picture,video')) {
      const up: Element | null = parent.parentElement;
      removeNode(parent);
      parent = up;
    }
  }
}

/** Does the element hold text of its own (a non-blank text node child), not only in its children? */
export function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
}

/** Collapsed textContent of an element (for small elements only: headings, cards, labels). */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const metaCache = new WeakMap<Document, Map<string, string>>();

/** The value of a <meta> tag by name, property, itemprop or http-equiv (lower-cased key), or ''. Read once per document. */
export function metaContent(doc: Document, key: string): string {
  let map = metaCache.get(doc);
  if (!map) {
    map = new Map();
    for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
      const content = (meta.getAttribute('content') ?? '').trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
        const k = (meta.getAttribute(attr) ?? '').trim().toLowerCase();
        if (k && !map.has(k)) map.set(k, content);
      }
    }
    metaCache.set(doc, map);
  }
  return map.get(key.toLowerCase()) ?? '';
}

/** Is `el` inside (or equal to) any of `roots`? */
export function isInside(el: Node, roots: readonly Element[]): boolean {
  return roots.some((r) => r === el || r.contains(el));
}

/**
 * The elements under `root` (root itself excluded) that pass `test`, in document order:
 * what querySelectorAll gives for a tag or attribute selector, in one TreeWalker pass.
 * In jsdom, nwsapi's querySelectorAll costs about twice the walk, and indexing a live
 * getElementsByTagName collection is quadratic (17 s for 20,000 paragraphs).
 */
export function descendantsWhere(root: Element | Document, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  forEachDescendant(root, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

/** Calls `visit` on every element under `root`, in page order (one walk for several lists). */
export function forEachDescendant(root: Element | Document, visit: (el: Element) => void): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Element);
}

/** The first element under `root` that passes `test` (see descendantsWhere), or null. */
export function firstDescendantWhere(root: Element | Document, test: (el: Element) => boolean): Element | null {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) return n as Element;
  return null;
}

/**
 * An element's child elements, by walking its children. Indexing jsdom's live `children`
 * (as Array.from does) looks each index up as a named property too, which costs a scan of
 * the children per index: a list of 10,000 links took seconds.
 */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/**
 * How many child elements (or, with `nodes`, child nodes) an element has, counting no further
 * than `upTo + 1`. jsdom's `children` and `childNodes` (and `childElementCount`, which reads
 * `children`) keep a live list on the parent that is re-listed on every later insertion or
 * removal there, so one look at a 6,000-paragraph article's `children` makes each of
 * Readability's later removals from it cost a walk of all its children: quadratic.
 */
export function countChildren(el: Element, upTo = Infinity, nodes = false): number {
  let n = 0;
  for (let c = nodes ? el.firstChild : el.firstElementChild; c && n <= upTo; c = nodes ? c.nextSibling : (c as Element).nextElementSibling) n++;
  return n;
}

/**
 * `el` or its nearest ancestor whose local name is in `names` (lower case): what
 * `el.closest('table')` or `closest('td, th')` returns for selectors of bare tag names (type
 * selectors match an HTML element's lower-case local name, any other element's as written),
 * without the selector engine, which costs several times more per call in jsdom; the stages
 * ask it once per block.
 */
export function closestTag(el: Element, names: ReadonlySet<string>): Element | null {
  for (let x: Element | null = el; x; x = x.parentElement) if (names.has(x.localName)) return x;
  return null;
}

/** A set of lower-case tag names for closestTag, from a selector list of bare tag names ("td, th"). */
export function tagSet(selectors: string): ReadonlySet<string> {
  const names = selectors.split(',').map((s) => s.trim());
  if (names.some((n) => !/^[a-z][a-z0-9]*$/.test(n))) throw new Error(`tagSet takes bare tag names only: ${selectors}`);
  return new Set(names);
}
