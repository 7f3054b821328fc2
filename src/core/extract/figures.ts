/**
 * Pictures as the reader should get them, on the working clone:
 * - lazy images get their real source (data-src, data-srcset, srcset, <picture> sources,
 *   the <noscript> fallback) in `src`, the only image attribute the sanitiser keeps;
 * - a picture with its caption in plain divs ("media-block" > img + caption) becomes a
 *   <figure>, so Readability's class-name penalties cannot drop it (or keep the caption
 *   without the picture);
 * - the lead picture printed above the story (outside the story's container) is found
 *   before extraction and put back at the top of the article after it;
 * - posts embedded in the story (a tweet's text in its blockquote) keep their frame.
 */
import { childElements, countChildren, descendantsWhere, firstDescendantWhere, takeChildren, textOf } from '../lib/dom.ts';
import { EMBEDDED_POST_CITE, EMBEDDED_POST_CLASS, MAX_EMBED_WRAPPER_EXTRA_CHARS, MAX_FIGURE_TEXT_CHARS, UNLIKELY_WRAPPER } from '../rules/media-rules.ts';
import { collapse } from '../lib/text.ts';
import { isPlaceholderSrc } from '../lib/pictures.ts';

const FIGURE_WRAPPERS = new Set(['DIV', 'SPAN', 'P', 'A', 'PICTURE']);

/**
 * A picture and its caption held in plain wrappers become a <figure> with a <figcaption>.
 * The wrapper is the highest ancestor that holds this one picture and only a short text;
 * nothing else is moved. Returns how many figures were made.
 */
export function markFigures(doc: Document, images: readonly Element[]): number {
  let made = 0;
  for (const img of images) {
    if (!img.isConnected || isPlaceholderSrc(img.getAttribute('src')) || insideFigure(img) || isPortraitOfAuthor(img)) continue;
    let box: Element | null = null;
    for (let a = img.parentElement; a && FIGURE_WRAPPERS.has(a.tagName); a = a.parentElement) {
      if (!holdsOnePictureAlone(a)) break;
      const text = textOf(a);
      if (text.length > MAX_FIGURE_TEXT_CHARS || (text.length > 200 && /[.!?]["'’”]?\s.{80,}/.test(text))) break;
      if (text !== '' && textOutsideLinks(a) !== '') box = a;
    }
    if (!box || box.tagName !== 'DIV') continue;
    const figure = doc.createElement('figure');
    while (box.firstChild) figure.appendChild(box.firstChild);
    box.replaceWith(figure);
    for (const el of [figure, ...Array.from(figure.querySelectorAll('*'))]) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
    const caption = childElements(figure).find((c) => !c.querySelector('img') && c.tagName !== 'IMG' && textOf(c) !== '');
    if (caption && (caption.tagName === 'DIV' || caption.tagName === 'P' || caption.tagName === 'SPAN')) {
      const figcaption = doc.createElement('figcaption');
      while (caption.firstChild) figcaption.appendChild(caption.firstChild);
      caption.replaceWith(figcaption);
    }
    made++;
  }
  return made;
}

function insideFigure(img: Element): boolean {
  for (let x: Element | null = img; x; x = x.parentElement) if (x.tagName === 'FIGURE') return true;
  return false;
}

/** What may not be inside a picture's wrapper: story structure. */
const NOT_IN_FIGURE = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'PRE']);

/**
 * Does `box` hold exactly one <img> and none of NOT_IN_FIGURE, and no paragraph inside a
 * paragraph (the selector `p p`, whose outer <p> may be `box` or above it)? One walk of the
 * subtree, stopping at the first answer; querySelector costs several times more in jsdom.
 */
function holdsOnePictureAlone(box: Element): boolean {
  let paragraphAbove = false;
  for (let x: Element | null = box; x; x = x.parentElement) if (x.tagName === 'P') paragraphAbove = true;
  let images = 0;
  // Depth-first over the descendants (a TreeWalker moved by hand: cheap in jsdom); `open`
  // holds the elements entered, `paragraphs` how many of them are <p>.
  let paragraphs = 0;
  const open: Element[] = [];
  const walker = box.ownerDocument.createTreeWalker(box, 0x1);
  let el = walker.firstChild() as Element | null;
  while (el) {
    const tag = el.tagName;
    if (tag === 'IMG' && ++images > 1) return false;
    if (NOT_IN_FIGURE.has(tag) || (tag === 'P' && (paragraphAbove || paragraphs > 0))) return false;
    const first = walker.firstChild() as Element | null;
    if (first) {
      open.push(el);
      if (tag === 'P') paragraphs++;
      el = first;
      continue;
    }
    let next = walker.nextSibling() as Element | null;
    while (!next && open.length) {
      if (open.pop()!.tagName === 'P') paragraphs--;
      walker.parentNode();
      next = walker.nextSibling() as Element | null;
    }
    el = next;
  }
  return images === 1;
}

/** Class or id words of a byline or author box: its photo is the author's, not the story's picture. */
const AUTHOR_BOX = /author|byline|avatar|headshot|autor|auteur/i;

/**
 * An author's photo beside the byline (often in the same small box as the standfirst): never
 * a picture with a caption, or the standfirst would go with it as its "caption".
 */
function isPortraitOfAuthor(img: Element): boolean {
  for (let el: Element | null = img, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    if (AUTHOR_BOX.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** Is `node` inside an <a> (at any height, as closest('a') reads it)? */
function insideLink(node: Node): boolean {
  for (let x = node.parentElement; x; x = x.parentElement) if (x.tagName === 'A') return true;
  return false;
}

function textOutsideLinks(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!insideLink(n)) text += n.nodeValue ?? '';
  }
  return collapse(text);
}

/** The path of an image URL, for comparing the page's copy of a picture with og:image. */
function imagePath(src: string, base: string): string {
  try {
    return new URL(src, base).pathname.replace(/\/+$/, '').toLowerCase();
  } catch {
    return '';
  }
}

export interface LeadPicture {
  /** A detached copy (figure with caption, or the image alone) to put at the top of the article. */
  copy: Element;
  path: string;
}

/**
 * The lead picture: the page's og:image (or twitter:image) printed in the page above the
 * story's first paragraph. Copied now, because extraction may drop it.
 */
export function findLeadPicture(doc: Document, images: readonly Element[], leadUrl: string, base: string): LeadPicture | null {
  const path = leadUrl ? imagePath(leadUrl, base) : '';
  if (!path) return null;
  const img = images.find((i) => i.isConnected && imagePath(i.getAttribute('src') ?? '', base) === path);
  if (!img || img.closest('a[href]:not([href$=".jpg"]):not([href$=".jpeg"]):not([href$=".png"]):not([href$=".webp"])')) return null;
  const firstStory = doc.body && firstDescendantWhere(doc.body, (p) => p.tagName === 'P' && textOf(p).length >= 80);
  if (!firstStory || !(img.compareDocumentPosition(firstStory) & 4)) return null; // must come before the story
  const figure = img.closest('figure');
  const copy = (figure && figure.querySelectorAll('img').length === 1 ? figure : img).cloneNode(true) as Element;
  return { copy, path };
}

/** Put the lead picture at the top of the article unless the article already shows it. */
export function restoreLeadPicture(article: Element, lead: LeadPicture, base: string): boolean {
  const shown = descendantsWhere(article, (el) => el.tagName === 'IMG').some((i) => imagePath(i.getAttribute('src') ?? '', base) === lead.path);
  if (shown) return false;
  article.insertBefore(lead.copy, article.firstChild);
  return true;
}

/** Frames that are unwrapped around an embedded post (other frames only lose their class and id). */
const UNWRAPPED_FRAMES = new Set(['DIV', 'SECTION', 'ASIDE', 'SPAN']);
const MAX_EMBED_FRAME_CHILDREN = 4;

/**
 * Keep embedded posts through extraction. Readability drops their frames unseen when the
 * frame is named like page furniture ("social-media-embed"), and drops a plain <div> frame
 * for its link density (a tweet is a line of text, a link and a dated link). So the frames
 * around a post, up to the first element holding much more than the post, are unwrapped:
 * the <blockquote> then stands among the story's paragraphs, as it does on the page.
 * Returns how many frames were unwrapped or renamed. `candidates`: the page scan's <blockquote>s
 * and fb-post-classed elements (those no longer in the page are skipped).
 */
export function protectEmbeddedPosts(doc: Document, candidates: readonly Element[]): number {
  let changed = 0;
  // The candidates as the selector `blockquote, .fb-post` reads them (a quirks-mode page matches
  // the class in any case), then the class and cite tested in JS: attribute-substring selectors
  // cost tens of ms a page in jsdom.
  const anyCase = doc.compatMode === 'BackCompat';
  const isFbPost = (el: Element) => {
    const names = el.getAttribute('class');
    if (!names || !/fb-post/i.test(names)) return false;
    return names.split(/[ \t\n\f\r]+/).some((c) => c === 'fb-post' || (anyCase && c.toLowerCase() === 'fb-post'));
  };
  const posts = candidates.filter((el) => el.isConnected && (el.tagName === 'BLOCKQUOTE' || isFbPost(el))).filter(
    (el) => EMBEDDED_POST_CLASS.test(el.getAttribute('class') ?? '') || EMBEDDED_POST_CITE.test(el.getAttribute('cite') ?? ''),
  );
  for (const post of posts) {
    const postChars = textOf(post).length;
    let el: Element | null = post.parentElement;
    while (el && el !== doc.body && el.tagName !== 'ARTICLE' && el.tagName !== 'MAIN') {
      // A frame holds the post and perhaps its script: stop at a section before reading its text.
      if (countChildren(el, MAX_EMBED_FRAME_CHILDREN) > MAX_EMBED_FRAME_CHILDREN || textOf(el).length > postChars + MAX_EMBED_WRAPPER_EXTRA_CHARS) break;
      const parent: Element | null = el.parentElement;
      if (UNWRAPPED_FRAMES.has(el.tagName)) {
        el.replaceWith(takeChildren(el));
        changed++;
      } else if (UNLIKELY_WRAPPER.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) {
        el.removeAttribute('class');
        el.removeAttribute('id');
        changed++;
      }
      el = parent;
    }
  }
  return changed;
}
