/**
 * What read aloud reads in a rendered reader view (render.ts), and how the sentence being
 * read is marked. Read: the title, the article body and, when asked, the related stories
 * (heading, each card's title and text). Left out: the source and byline lines, the removal
 * log, pictures with their captions and credits, the card excerpts (the story's first
 * paragraph again) and every control.
 *
 * A sentence is kept as its block element and character offsets into that block's own
 * text, not as DOM nodes: marking a sentence splits text nodes, so every range is worked out
 * again from the offsets when it is needed.
 */
import { splitSentences } from './sentences.ts';

export interface SpokenSentence {
  /** The view the sentence was collected from, and whether the related stories were. */
  root: Element;
  related: boolean;
  /** The paragraph (heading, list item…) that holds the sentence. */
  block: Element;
  start: number;
  end: number;
  text: string;
}

/** Never read: metadata lines, the removal log, pictures and captions, excerpts, controls. */
const SKIPPED = [
  '.pp-source', '.pp-byline', '.pp-removed', '.pp-card-meta', '.pp-card-excerpt', '.pp-read-aloud', 'figure', 'figcaption',
  'picture', 'svg', 'math', 'script', 'style', 'noscript', 'template', 'button', 'select', 'textarea', 'summary',
  '[aria-hidden="true"]', '[hidden]',
].join(', ');
const RELATED = '.pp-related';
/** Elements whose own text is read as one run (sentences never run from one into the next). */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, td, th, caption, div, section, article, header, main, details';

export interface CollectOptions {
  /** Read the related stories after the article ("Read related stories too"). @default false */
  related?: boolean;
}

function isSkipped(node: Node, root: Element, related: boolean): boolean {
  const el = node.parentElement;
  if (!el || !root.contains(el)) return true;
  if (el.closest(SKIPPED)) return true;
  return !related && el.closest(RELATED) !== null;
}

function blockOf(text: Node, root: Element): Element {
  const block = text.parentElement?.closest(BLOCKS);
  return block && root.contains(block) ? block : root;
}

/** The text nodes that make up `block`'s own text (its nested blocks have their own). */
function ownTextNodes(block: Element, root: Element, related: boolean): Text[] {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!isSkipped(n, root, related) && blockOf(n, root) === block) nodes.push(n as Text);
  }
  return nodes;
}

/** The sentences of the view in `root`, in reading order. */
export function collectSentences(root: Element, options: CollectOptions = {}): SpokenSentence[] {
  const related = options.related === true;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const blocks = new Map<Element, string>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (isSkipped(n, root, related)) continue;
    const block = blockOf(n, root);
    blocks.set(block, (blocks.get(block) ?? '') + (n as Text).data);
  }
  const sentences: SpokenSentence[] = [];
  for (const [block, text] of blocks) {
    for (const { start, end } of splitSentences(text)) {
      // A run of punctuation or a lone symbol is nothing to say.
      if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) sentences.push({ root, related, block, start, end, text: text.slice(start, end) });
    }
  }
  return sentences;
}

/** The DOM pieces of `block`'s own text between two offsets: [node, from, to] per text node. */
function piecesOf(sentence: SpokenSentence, start: number, end: number): [Text, number, number][] {
  const pieces: [Text, number, number][] = [];
  let at = 0;
  for (const node of ownTextNodes(sentence.block, sentence.root, sentence.related)) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + node.data.length);
    if (from < to) pieces.push([node, from - at, to - at]);
    at += node.data.length;
    if (at >= end) break;
  }
  return pieces;
}

/** A DOM Range over `start`–`end` of the sentence's block text, or null if it is gone. */
export function rangeOf(sentence: SpokenSentence, start = sentence.start, end = sentence.end): Range | null {
  const pieces = piecesOf(sentence, start, end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  const range = sentence.block.ownerDocument.createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[2]);
  return range;
}

/** The parts of the CSS Custom Highlight API read aloud uses (see highlight-api.ts). */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): unknown };
  create(...ranges: Range[]): unknown;
}

export interface HighlighterOptions {
  /** The Custom Highlight API, where the view may use it; without it, <mark> elements. */
  highlights?: HighlightApi | null;
  /** Height covered at the top of the window (a sticky bar): a sentence under it is out of view. @default () => 0 */
  topInset?: () => number;
}

export const SENTENCE_HIGHLIGHT = 'pp-read-aloud';
export const WORD_HIGHLIGHT = 'pp-read-aloud-word';
/** Class of the <mark> elements of the fallback. */
export const MARK_CLASS = 'pp-reading-now';

/** Scrolls the window so that `rect` sits in the upper third of what is visible, if it is out of view. */
function keepInView(win: Window | null, rect: DOMRect | null, topInset: number): void {
  if (!win || !rect || (rect.width === 0 && rect.height === 0)) return;
  if (rect.top >= topInset && rect.bottom <= win.innerHeight) return;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  win.scrollBy({ top: rect.top - topInset - (win.innerHeight - topInset) / 3, behavior: reduce ? 'auto' : 'smooth' });
}

/** Text read from inside a closed panel (a related story's text) is shown: its <details> opens. */
function reveal(block: Element): void {
  for (let d = block.closest('details'); d; d = d.parentElement?.closest('details') ?? null) (d as HTMLDetailsElement).open = true;
}

/**
 * Marks the sentence being read. With the Custom Highlight API (extension pages), no DOM is
 * changed. The in-page view uses <mark>: the page shares the document's highlight registry,
 * so a page script could read our ranges there and reach into the view's closed root.
 */
export function createHighlighter(options: HighlighterOptions = {}) {
  const api = options.highlights ?? null;
  const topInset = options.topInset ?? (() => 0);
  let marked: Element | null = null;

  function unmark(): void {
    const block = marked;
    marked = null;
    if (!block) return;
    for (const mark of [...block.querySelectorAll(`mark.${MARK_CLASS}`)]) mark.replaceWith(...mark.childNodes);
    block.normalize();
  }

  return {
    show(sentence: SpokenSentence): void {
      reveal(sentence.block);
      const win = sentence.block.ownerDocument.defaultView;
      if (api) {
        const range = rangeOf(sentence);
        api.registry.delete(WORD_HIGHLIGHT);
        if (range) api.registry.set(SENTENCE_HIGHLIGHT, api.create(range));
        keepInView(win, typeof range?.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null, topInset());
        return;
      }
      unmark();
      const doc = sentence.block.ownerDocument;
      let first: Element | null = null;
      for (const [node, from, to] of piecesOf(sentence, sentence.start, sentence.end)) {
        const piece = from > 0 ? node.splitText(from) : node;
        if (to - from < piece.data.length) piece.splitText(to - from);
        const mark = doc.createElement('mark');
        mark.className = MARK_CLASS;
        piece.replaceWith(mark);
        mark.append(piece);
        first ??= mark;
      }
      marked = sentence.block;
      keepInView(win, first?.getBoundingClientRect() ?? null, topInset());
    },
    word(sentence: SpokenSentence, start: number, end: number): void {
      if (!api) return; // a word inside the <mark>s would mean re-splitting them at every word
      const range = rangeOf(sentence, sentence.start + start, sentence.start + end);
      if (range) api.registry.set(WORD_HIGHLIGHT, api.create(range));
    },
    clear(): void {
      if (api) {
        api.registry.delete(SENTENCE_HIGHLIGHT);
        api.registry.delete(WORD_HIGHLIGHT);
      }
      unmark();
    },
  };
}
