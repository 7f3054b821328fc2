/** DOM helpers shared by the stages. Read-only except `removeNode`. */
import { solidLength, weightedLength } from './text-utils.ts';
import { MIN_STORY_BLOCK_CHARS } from './rules/detect-rules.ts';

/** Elements that start a new block of text (a paragraph boundary in `text`). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML',
]);

/** Never text: their content is code, styling or hidden templates. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'MATH']);

/** SVG/MathML elements keep lower-case tag names in HTML documents ("svg", and its <title> icon labels). */
function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName) || SKIP_TAGS.has(el.tagName.toUpperCase());
}

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** An <h1>–<h6> or an element with role="heading". */
export function isHeadingElement(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading';
}

/** One block of text: the block element and its own text (nested blocks excluded). */
export interface TextBlock {
  el: Element;
  /** Raw concatenated text of the block's own text nodes (not collapsed). */
  raw: string;
  /** Text nodes that make up `raw`, in order. */
  nodes: Text[];
  /** Part of `raw` inside <a href>, in characters. */
  linkChars: number;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading';
}

/**
 * A link whose text runs past this is not a link the reader sees as one: an unclosed <a>
 * in the navigation that the HTML parser re-opens around the whole article (every browser
 * does), or a story wrapped in its own permalink. Its text counts as prose, not link text.
 * Cards (<a> around a title and a summary) stay well under it.
 */
export const MAX_LINK_TEXT_CHARS = 600;

function countsAsLink(el: Element): boolean {
  return el.tagName === 'A' && el.hasAttribute('href') && (el.textContent ?? '').length <= MAX_LINK_TEXT_CHARS;
}

/**
 * One linear pass over the text nodes under `root`, grouped by their nearest block
 * ancestor, in document order. A block split by a nested block yields one entry per
 * contiguous run, so "intro <div>inner</div> outro" is three blocks. `<br><br>` is a
 * paragraph break too (div-and-br pages).
 * Cost: one TreeWalker pass plus a short ancestor walk per text node.
 */
export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Iterative depth-first walk with a TreeWalker over elements and text, moved by hand
  // (firstChild / nextSibling / parentNode: several times cheaper in jsdom than the same
  // walk through node properties, and far cheaper than a filter callback), keeping the
  // stack of open block elements and links, so no text node needs an ancestor walk.
  const blockStack: Element[] = [root];
  let linkDepth = 0;
  const openLinks = new Set<Element>();
  let current: TextBlock | null = null;
  let breakPending = false;
  const leave = (el: Element): void => {
    if (blockStack[blockStack.length - 1] === el) {
      blockStack.pop();
      breakPending = true;
    } else if (openLinks.delete(el)) linkDepth--;
  };
  const walker = root.ownerDocument.createTreeWalker(root, 0x5); // elements and text
  let node: Node | null = walker.firstChild();
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const text = node as Text;
      const value = text.data;
      if (!value.trim()) {
        // Whitespace between inline elements separates words ("<span>BBC</span> <span>5 hours ago</span>").
        if (current && !breakPending) current.raw += ' ';
      } else {
        const el = blockStack[blockStack.length - 1]!;
        // A new block starts when the block element changes, or when a nested block or a <br>
        // came between two text nodes of the same block element (text around a nested block,
        // div-and-br pages).
        if (!current || current.el !== el || breakPending) {
          current = { el, raw: '', nodes: [], linkChars: 0 };
          blocks.push(current);
        }
        breakPending = false;
        current.raw += value;
        current.nodes.push(text);
        if (linkDepth > 0) current.linkChars += value.trim().length;
      }
    } else {
      const el = node as Element;
      if (!isSkipped(el)) {
        if (el.tagName === 'BR') breakPending = true;
        else if (isBlock(el)) {
          breakPending = true;
          blockStack.push(el);
          descend = true;
        } else {
          if (countsAsLink(el)) {
            linkDepth++;
            openLinks.add(el);
          }
          descend = true;
        }
      }
    }
    if (descend) {
      const child = walker.firstChild();
      if (child) {
        node = child;
        continue;
      }
      // Nothing to read inside (no children, or only comments): left at once.
      leave(node as Element);
    }
    // Next sibling, or climb (leaving elements) until one has a next sibling.
    let next = walker.nextSibling();
    while (!next) {
      const up = walker.parentNode();
      if (!up || up === root) break;
      leave(up as Element);
      next = walker.nextSibling();
    }
    node = next;
  }
  return blocks;
}

/** Share of a block's (non-space) text that must be link text for it to be a line of links. */
const LINK_LINE_SHARE = 0.8;

/** A block that is (nearly) all link text: a menu item or a teaser link, not a line of prose. */
export function isLinkLine(b: TextBlock): boolean {
  const solid = solidLength(b.raw);
  return solid > 0 && b.linkChars >= solid * LINK_LINE_SHARE;
}

/** A story block (a paragraph of prose) has less than this share of link text. */
const STORY_BLOCK_MAX_LINK_SHARE = 0.3;

/**
 * How much story prose a block carries: its weighted length (CJK counted for more, see
 * weightedLength) when it is a paragraph of prose, else 0. The one measure of "story text"
 * used to find the story's container and to tell whether an extraction kept it.
 */
export function storyWeight(b: TextBlock): number {
  const text = b.raw.replace(/\s+/g, ' ').trim();
  const len = text.length;
  const weight = len >= 20 ? weightedLength(text) : len;
  return weight >= MIN_STORY_BLOCK_CHARS && b.linkChars < len * STORY_BLOCK_MAX_LINK_SHARE ? weight : 0;
}

/**
 * Empty an element instead of detaching it. jsdom re-lists a parent's children on every
 * removal once something (Readability does) has asked for `.children`, so removing 200
 * paragraphs one by one from a 6,000-child article is quadratic; emptying touches only the
 * small element. The empty shells carry no text and are dropped from the final HTML
 * (`dropEmptyBlocks` in html.ts).
 */
export function emptyElement(el: Element): void {
  while (el.lastChild) el.removeChild(el.lastChild);
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

/** Resolve `href` against `base`; '' unless the result is http(s). */
export function absoluteHttpUrl(href: string | null, base: string): string {
  if (!href) return '';
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

/** Second-level labels under which a country's domains are registered ("bbc.co.uk", "uol.com.br"). */
const REGISTRY_LABELS = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic', 'mil']);

/**
 * The site a URL belongs to, as its last two host labels ("chron.com" for
 * marketing.chron.com), or three under a country's registry label ("bbc.co.uk",
 * "uol.com.br"; "heute.zdf.de" is zdf.de). No public-suffix list: this only groups a site's
 * own subdomains together. '' for anything that is not http(s).
 */
export function siteOf(href: string | null, base: string): string {
  const abs = absoluteHttpUrl(href, base);
  if (!abs) return '';
  const labels = new URL(abs).hostname.replace(/\.$/, '').split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && REGISTRY_LABELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
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
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) found.push(n as Element);
  return found;
}

/** The first element under `root` that passes `test` (see descendantsWhere), or null. */
export function firstDescendantWhere(root: Element | Document, test: (el: Element) => boolean): Element | null {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) return n as Element;
  return null;
}
