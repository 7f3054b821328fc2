/**
 * One pass over the page's elements, collecting what the stages look up by attribute.
 * jsdom's querySelectorAll with attribute-substring selectors (`[class*="x" i]`) costs
 * hundreds of milliseconds on a real page; reading a few attributes per element in one
 * TreeWalker pass costs a few.
 */
import { MAX_PROMO_CONTAINER_CHARS, PROMO_MARKERS, PROMO_MARKER_ANY } from '../rules/promo-rules.ts';
import { BYLINE_MARKER } from '../rules/metadata-rules.ts';
import { COMMENT_SECTION_TOKEN } from '../rules/comment-rules.ts';
import { NOT_RELATED_STORIES_MARKER, RELATED_CONTAINER_MARKER } from '../rules/related-rules.ts';
import { MAX_LINK_TEXT_CHARS } from '../lib/blocks.ts';
import { textOf } from '../lib/dom.ts';

/** Subtrees never scanned (lower-case local names: SVG keeps its case in HTML documents). */
const UNSCANNED = new Set(['svg', 'math', 'script', 'style', 'template', 'noscript']);

export interface PageScan {
  /** Elements whose attributes mark them as promo boxes, with the reason. */
  promoBoxes: { el: Element; reason: string }[];
  /** Elements with an aria-label / data-component / data-testid (section labels). */
  labelled: { el: Element; label: string }[];
  /** Elements Readability would take for a byline (class/id byline|author, rel/itemprop author). */
  bylineMarked: Element[];
  images: Element[];
  /** AMP's picture elements (<amp-img>), which the sanitiser does not know: made <img> by the promo stage. */
  ampImages: Element[];
  /** <button> and submit inputs (shop "Add to cart" signals). */
  buttons: Element[];
  /** Every <a>, for call-to-action checks. */
  links: Element[];
  articles: Element[];
  /** <h1> and role=heading aria-level=1, in document order. */
  topHeadings: Element[];
  hasTime: boolean;
  /** The first <time datetime> in the page. */
  firstTime: Element | null;
  hasSearchBox: boolean;
  /** Elements whose class or id names a comment section (COMMENT_SECTION_TOKEN), in document order. */
  commentBoxes: Element[];
  /** <textarea>s: a comment form's text box (or a contact form's). */
  textareas: Element[];
  /** A link marked as the current page (aria-current="page"): a site's page tree or menu. */
  hasCurrentPageLink: boolean;
  /** Elements at exactly DEEP_NESTING levels: the tops of absurd wrapper chains. */
  deepRoots: Element[];
  /** Inline elements holding paragraphs (<span><p>…</p></span>, misnesting left by the parser). */
  strayWrappers: Element[];
  /** Every <p> (for the boxed-paragraph unwrap before Readability). */
  paragraphs: Element[];
  /** <blockquote>s and elements whose class mentions fb-post: the embedded-post candidates. */
  quotes: Element[];
  /** <noscript>s (their lazy images' real sources); their content is not scanned. */
  noscripts: Element[];
}

/** class, id, aria-label, data-component and data-testid joined by spaces. */
export function markerOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
}

/** The promo reason an element's attributes give it, or null. */
export function promoReasonOf(el: Element): string | null {
  const marker = markerOf(el);
  if (!PROMO_MARKER_ANY.test(marker)) return null;
  for (const m of PROMO_MARKERS) if (m.pattern.test(marker)) return m.reason;
  return null;
}

/** Is `el` inside a small promo box (newsletter aside, share bar…) within `scope` (inclusive)? */
export function inPromoBox(el: Element, scope: Element): boolean {
  for (let x: Element | null = el; x; x = x.parentElement) {
    if (promoReasonOf(x) && textOf(x).length <= MAX_PROMO_CONTAINER_CHARS) return true;
    if (x === scope) break;
  }
  return false;
}

/** Elements deeper than this start a "deep chain" (see flattenDeepChains). Real pages stay under ~60. */
export const DEEP_NESTING = 100;

export function scanPage(body: Element): PageScan {
  const scan: PageScan = { promoBoxes: [], labelled: [], bylineMarked: [], images: [], ampImages: [], buttons: [], links: [], articles: [], topHeadings: [], hasTime: false, firstTime: null, hasSearchBox: false, commentBoxes: [], textareas: [], hasCurrentPageLink: false, deepRoots: [], strayWrappers: [], paragraphs: [], quotes: [], noscripts: [] };
  // Iterative depth-first walk with a TreeWalker moved by hand (depth comes for free;
  // several times cheaper in jsdom than element properties); skipped subtrees are not entered.
  const walker = body.ownerDocument.createTreeWalker(body, 0x1);
  let el = walker.firstChild() as Element | null;
  let depth = 1;
  while (el) {
    const name = el.localName;
    const skip = UNSCANNED.has(name);
    if (!skip) visit(el, scan);
    else if (name === 'noscript') scan.noscripts.push(el);
    if (depth === DEEP_NESTING && !skip) scan.deepRoots.push(el);
    let next = skip ? null : (walker.firstChild() as Element | null);
    if (next) depth++;
    else {
      next = walker.nextSibling() as Element | null;
      while (!next) {
        const up = walker.parentNode();
        if (!up || up === body) break;
        depth--;
        next = walker.nextSibling() as Element | null;
      }
    }
    el = next;
  }
  return scan;
}

function visit(el: Element, scan: PageScan): void {
  const tag = el.tagName;
  // Most elements carry no attribute at all: nothing below that reads one can match them
  // (an empty marker matches no rule), so only their tag is looked at.
  const attributed = el.hasAttributes();
  if (attributed) visitAttributes(el, tag, scan);
  switch (tag) {
    case 'IMG': scan.images.push(el); break;
    case 'BUTTON': scan.buttons.push(el); break;
    case 'A': scan.links.push(el); break;
    case 'ARTICLE': scan.articles.push(el); break;
    case 'TEXTAREA': scan.textareas.push(el); break;
    case 'AMP-IMG': scan.ampImages.push(el); break;
    case 'H1': scan.topHeadings.push(el); break;
    case 'TIME':
      scan.hasTime = true;
      if (!scan.firstTime && attributed && el.hasAttribute('datetime')) scan.firstTime = el;
      break;
    case 'P': scan.paragraphs.push(el); break;
    case 'BLOCKQUOTE': scan.quotes.push(el); break;
  }
  if (STRAY_WRAPPER_TAGS.has(tag) || (tag === 'A' && (el.textContent ?? '').length > MAX_LINK_TEXT_CHARS)) {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (PARAGRAPH_TAGS.has(c.tagName)) {
        scan.strayWrappers.push(el);
        break;
      }
    }
  }
}

/** What an element's attributes say: promo, comment and related markers, labels, bylines, roles. */
function visitAttributes(el: Element, tag: string, scan: PageScan): void {
  const marker = markerOf(el);
  if (tag !== 'BLOCKQUOTE' && FB_POST_HINT.test(el.getAttribute('class') ?? '')) scan.quotes.push(el);
  if (PROMO_MARKER_ANY.test(marker)) {
    const m = PROMO_MARKERS.find((p) => p.pattern.test(marker));
    if (m) scan.promoBoxes.push({ el, reason: m.reason });
  }
  if (COMMENT_HINT.test(marker) && namesCommentSection(el)) scan.commentBoxes.push(el);
  const label = el.getAttribute('aria-label') ?? el.getAttribute('data-component') ?? el.getAttribute('data-testid');
  if (label) scan.labelled.push({ el, label });
  else {
    // A related-stories container known only by its class or id.
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (RELATED_CONTAINER_MARKER.test(names) && !NOT_RELATED_STORIES_MARKER.test(names)) scan.labelled.push({ el, label: 'related' });
  }
  const role = el.getAttribute('role');
  if (BYLINE_MARKER.test(marker) || el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author')) scan.bylineMarked.push(el);
  switch (tag) {
    case 'A':
      if (el.getAttribute('aria-current') === 'page') scan.hasCurrentPageLink = true;
      break;
    case 'INPUT': {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (type === 'submit') scan.buttons.push(el);
      if (type === 'search') scan.hasSearchBox = true;
      break;
    }
    case 'IMG': case 'BUTTON': case 'ARTICLE': case 'TEXTAREA': case 'AMP-IMG': case 'H1': case 'TIME':
      break;
    default:
      if (role === 'heading' && el.getAttribute('aria-level') === '1') scan.topHeadings.push(el);
  }
  if (role === 'search') scan.hasSearchBox = true;
}

/** A class that may name a Facebook post embed (protectEmbeddedPosts reads the class exactly). */
const FB_POST_HINT = /fb-post/i;

/** A cheap first test before the class and id are split into tokens. */
const COMMENT_HINT = /comment|kommentar|comentario|komentarz|commenti|reacties|disqus|respond|replies|discussion/i;

function namesCommentSection(el: Element): boolean {
  const id = el.getAttribute('id') ?? '';
  if (id && COMMENT_SECTION_TOKEN.test(id)) return true;
  return (el.getAttribute('class') ?? '').split(/\s+/).some((token) => token !== '' && COMMENT_SECTION_TOKEN.test(token));
}

/** Inline elements that should never hold paragraphs; a page where they do was misnested. */
export const STRAY_WRAPPER_TAGS = new Set(['SPAN', 'FONT', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'U', 'BIG', 'TT']);
export const PARAGRAPH_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'FIGURE']);
