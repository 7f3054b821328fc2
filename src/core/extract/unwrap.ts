/**
 * Unwrapping for Readability, on the working copy, from what the page scan found: misnested
 * inline wrappers around paragraphs, chains of empty nesting, one-paragraph boxes.
 */

import { countChildren, hasOwnText, takeChildren } from '../lib/dom.ts';


/**
 * Unwrap inline elements that hold paragraphs (`<span><p>…</p></span>`, or an unclosed <a>
 * the parser re-opened around the story): their children take their place, so the
 * paragraphs sit beside the story's other paragraphs where Readability looks for them.
 */
export function unwrapStrayWrappers(wrappers: readonly Element[]): number {
  let n = 0;
  for (const el of wrappers) {
    if (!el.isConnected || !el.parentNode) continue;
    el.replaceWith(takeChildren(el));
    n++;
  }
  return n;
}

/**
 * Collapse absurd wrapper chains (1,000 nested <ul>s around one paragraph, found by the
 * fuzzer): below DEEP_NESTING, an element whose only content is one element is replaced
 * by that element. Readability's conditional cleaning re-reads every nested list's text,
 * which is quadratic-or-worse in such chains; real pages never get this deep.
 */
export function flattenDeepChains(roots: readonly Element[]): number {
  let unwrapped = 0;
  for (const root of roots) {
    if (!root.isConnected) continue;
    let inner: Element = root;
    while (countChildren(inner, 3, true) <= 3 && countChildren(inner, 1) === 1 && !hasOwnText(inner)) {
      inner = inner.firstElementChild!;
      unwrapped++;
    }
    if (inner !== root) root.replaceWith(inner);
  }
  return unwrapped;
}

/** Wrappers that may box a single paragraph ("card-content" divs, one per paragraph). */
const PARAGRAPH_BOX_TAGS = new Set(['DIV', 'SECTION']);
/** A boxed paragraph is unboxed only when it reads as story prose: a sentence of this many words. */
const BOXED_PARAGRAPH_MIN_WORDS = 8;
/**
 * ... and only in the band of link share where Readability would judge the box by its links:
 * below 0.25 it unwraps the box itself, above 0.5 the paragraph is mostly a link (a teaser).
 */
const BOXED_PARAGRAPH_MIN_LINK_SHARE = 0.25;
const BOXED_PARAGRAPH_MAX_LINK_SHARE = 0.5;
const SENTENCE_END = /[.!?…]["'’”)\]]*$/;
/** Boxes named like comments, related teasers or furniture, or hidden, are never opened. */
const NOT_A_STORY_BOX = /comment|related|sidebar|footer|header|promo|teaser|sponsor|advert|popup|modal|hidden/i;

/**
 * Take story paragraphs out of one-paragraph boxes (`<div class="card"><div class="card-content">
 * <p>…</p></div></div>` for every paragraph). Readability keeps a box's paragraph only when
 * its link density is under 0.25 and otherwise judges the box by its links, so a short
 * paragraph that links its source ("…published in the journal Nature Astronomy.") was
 * dropped. Returns how many paragraphs were unboxed. `paragraphs`: the page's <p>s in page
 * order (the page scan's list; those no longer in the page are skipped).
 */
export function unboxParagraphs(paragraphs: readonly Element[]): number {
  let n = 0;
  for (const p of paragraphs) {
    if (!p.isConnected) continue;
    const share = linkShare(p);
    if (share === null || share < BOXED_PARAGRAPH_MIN_LINK_SHARE || share > BOXED_PARAGRAPH_MAX_LINK_SHARE) continue;
    let box: Element = p;
    // Siblings, not `children.length`: jsdom re-lists a parent's children on each call.
    for (let parent = box.parentElement; parent && PARAGRAPH_BOX_TAGS.has(parent.tagName) && !box.previousElementSibling && !box.nextElementSibling && !hasOwnText(parent); parent = box.parentElement) {
      if (isHiddenOrFurniture(parent)) {
        box = p;
        break;
      }
      box = parent;
    }
    if (box === p || !box.parentElement) continue;
    box.replaceWith(p);
    n++;
  }
  return n;
}

function isHiddenOrFurniture(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  return NOT_A_STORY_BOX.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** The paragraph's share of link text, or null when it is not a sentence of story prose. */
function linkShare(p: Element): number | null {
  const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!SENTENCE_END.test(text) || text.split(' ').length < BOXED_PARAGRAPH_MIN_WORDS) return null;
  let linked = 0;
  for (const a of Array.from(p.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return linked / text.length;
}
