/** Text blocks: the page read as paragraphs, with their link share and story weight. */
import { solidLength, weightedLength } from './text.ts';
import { MIN_STORY_BLOCK_CHARS } from '../rules/detect-rules.ts';

/** Elements that start a new block of text (a paragraph boundary in `text`). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML',
]);

/** Never text: their content is code, styling or hidden templates. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'MATH']);

/**
 * SVG/MathML elements keep lower-case tag names in HTML documents ("svg", and its <title> icon
 * labels). `tag` is the element's tagName, read once by the caller (jsdom computes it afresh on
 * every read).
 */
function isSkippedTag(tag: string): boolean {
  return SKIP_TAGS.has(tag) || SKIP_TAGS.has(tag.toUpperCase());
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

export function isBlock(el: Element): boolean {
  return isBlockTag(el, el.tagName);
}

/** isBlock with the element's tagName already read. */
function isBlockTag(el: Element, tag: string): boolean {
  return BLOCK_TAGS.has(tag) || el.getAttribute('role') === 'heading';
}

/**
 * A link whose text runs past this is not a link the reader sees as one: an unclosed <a>
 * in the navigation that the HTML parser re-opens around the whole article (every browser
 * does), or a story wrapped in its own permalink. Its text counts as prose, not link text.
 * Cards (<a> around a title and a summary) stay well under it.
 */
export const MAX_LINK_TEXT_CHARS = 600;

function countsAsLink(el: Element, tag: string): boolean {
  return tag === 'A' && el.hasAttribute('href') && (el.textContent ?? '').length <= MAX_LINK_TEXT_CHARS;
}

/**
 * One linear pass over the text nodes under `root`, grouped by their nearest block
 * ancestor, in document order. A block split by a nested block yields one entry per
 * contiguous run, so "intro <div>inner</div> outro" is three blocks. `<br><br>` is a
 * paragraph break too (div-and-br pages).
 * Cost: one TreeWalker pass plus a short ancestor walk per text node.
 */
export function collectBlocks(root: Element): TextBlock[] {
  const reader = new BlockReader(root);
  // Iterative depth-first walk with a TreeWalker over elements and text, moved by hand
  // (firstChild / nextSibling / parentNode: several times cheaper in jsdom than the same
  // walk through node properties, and far cheaper than a filter callback).
  const walker = root.ownerDocument.createTreeWalker(root, 0x5); // elements and text
  let node: Node | null = walker.firstChild();
  while (node) {
    const descend = node.nodeType === 3 ? (reader.text(node as Text), false) : reader.enter(node as Element);
    if (descend) {
      const child = walker.firstChild();
      if (child) {
        node = child;
        continue;
      }
      // Nothing to read inside (no children, or only comments): left at once.
      reader.leave(node as Element);
    }
    // Next sibling, or climb (leaving elements) until one has a next sibling.
    let next = walker.nextSibling();
    while (!next) {
      const up = walker.parentNode();
      if (!up || up === root) break;
      reader.leave(up as Element);
      next = walker.nextSibling();
    }
    node = next;
  }
  return reader.blocks;
}

/**
 * The state of one collectBlocks walk: the stack of open block elements and links, so no
 * text node needs an ancestor walk.
 */
class BlockReader {
  readonly blocks: TextBlock[] = [];
  private readonly blockStack: Element[];
  private linkDepth = 0;
  private readonly openLinks = new Set<Element>();
  private current: TextBlock | null = null;
  private breakPending = false;

  constructor(root: Element) {
    this.blockStack = [root];
  }

  text(text: Text): void {
    const value = text.data;
    if (!value.trim()) {
      // Whitespace between inline elements separates words ("<span>BBC</span> <span>5 hours ago</span>").
      if (this.current && !this.breakPending) this.current.raw += ' ';
      return;
    }
    const el = this.blockStack[this.blockStack.length - 1]!;
    // A new block starts when the block element changes, or when a nested block or a <br>
    // came between two text nodes of the same block element (text around a nested block,
    // div-and-br pages).
    let current = this.current;
    if (!current || current.el !== el || this.breakPending) {
      current = { el, raw: '', nodes: [], linkChars: 0 };
      this.current = current;
      this.blocks.push(current);
    }
    this.breakPending = false;
    current.raw += value;
    current.nodes.push(text);
    if (this.linkDepth > 0) current.linkChars += value.trim().length;
  }

  /** Whether to walk into the element. */
  enter(el: Element): boolean {
    const tag = el.tagName;
    if (isSkippedTag(tag)) return false;
    if (tag === 'BR') {
      this.breakPending = true;
      return false;
    }
    if (isBlockTag(el, tag)) {
      this.breakPending = true;
      this.blockStack.push(el);
    } else if (countsAsLink(el, tag)) {
      this.linkDepth++;
      this.openLinks.add(el);
    }
    return true;
  }

  leave(el: Element): void {
    if (this.blockStack[this.blockStack.length - 1] === el) {
      this.blockStack.pop();
      this.breakPending = true;
    } else if (this.openLinks.delete(el)) this.linkDepth--;
  }
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
