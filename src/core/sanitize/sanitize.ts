/**
 * Stage 7, sanitize: DOMPurify (strict profile, see html.ts) over the article, last, so
 * nothing added or kept by an earlier stage escapes it. The output text is read from the
 * SAME sanitised tree, block by block, so `text` and `html` always agree, with one
 * deliberate difference: `text` is the story's prose, and a picture's caption and credit
 * stay with the picture in `html`. Plain text carries no pictures, so a caption there would
 * be a caption without its image ("Officials in Mongolia (Image: GETTY)" between two
 * paragraphs), which readers count as a defect and which the reading time should not count.
 */
import type { PageModel, PipelineContext, Stage, StageLog } from '../context.ts';
import { absoluteHttpUrl } from '../lib/urls.ts';
import { collectBlocks, HEADING_TAGS } from '../lib/blocks.ts';
import { closestTag, descendantsWhere, forEachDescendant, tagSet, takeChildren } from '../lib/dom.ts';
import { childrenToHtml, sanitizeToFragment } from '../lib/html.ts';
import { collapse } from '../lib/text.ts';
import { isCreditedCaption } from '../lib/pictures.ts';

const CELLS = tagSet('td, th');
const PRE = tagSet('pre');
const FIGURE = tagSet('figure');

function sanitize(_page: PageModel, ctx: PipelineContext, log: StageLog): void {
  let article = ctx.article;
  if (!article) return;
  // DOMPurify refuses a root it may not keep (it would have to remove <body> itself and throws):
  // a page taken whole is sanitised as a <div> holding the body's content. The content of a copy
  // is moved: Readability, when it found nothing, has listed the body's children, and jsdom
  // re-lists them on every move out of the body itself (quadratic in a body of 10,000 pictures).
  if (article.tagName === 'BODY' || article.tagName === 'HTML') {
    const holder = article.ownerDocument.createElement('div');
    holder.appendChild(takeChildren(article.cloneNode(true) as Element));
    article = holder;
  }
  // One walk finds both: the links and pictures to make absolute, the elements carrying `is`.
  const found = { urls: [] as Element[], named: [] as Element[] };
  forEachDescendant(article, (el) => {
    if (!el.hasAttributes()) return;
    const tag = el.tagName;
    if ((tag === 'A' && el.hasAttribute('href')) || (tag === 'IMG' && el.hasAttribute('src'))) found.urls.push(el);
    if (el.hasAttribute('is')) found.named.push(el);
  });
  absolutizeUrls(found.urls, ctx.url);
  dropCustomizedBuiltIns(found.named);
  const fragment = sanitizeToFragment(article, ctx.win);
  const holder = fragment.ownerDocument.createElement('div');
  holder.appendChild(fragment);
  dropOrphanCaptions(log, holder);
  const paragraphs: string[] = [];
  for (const b of collectBlocks(holder)) {
    if (isPictureFigureText(b.el)) continue;
    // Headings, list items and table cells are never captions ("Photos: Inside the new library",
    // a spec list's "Photos: Sharp…"); a caption paragraph inside a gallery's item is.
    if (!HEADING_TAGS.has(b.el.tagName) && b.el.tagName !== 'LI' && !closestTag(b.el, CELLS) && isCreditedCaption(collapse(b.raw))) continue;
    const t = closestTag(b.el, PRE) ? preformatted(b.raw) : collapse(b.raw);
    if (t) paragraphs.push(t);
  }
  ctx.text = paragraphs.join('\n\n');
  ctx.html = childrenToHtml(holder);
}

/**
 * Elements that name a customized built-in (`<section is="theme-post">`) are rebuilt as plain
 * elements: the name means something only to a page script that defines it, DOMPurify drops
 * such an element with all its content when it returns a DOM (a real blog lost its whole
 * story), and HTML serialisation writes the name back from the element itself even when the
 * attribute is gone, so only a fresh element loses it.
 */
function dropCustomizedBuiltIns(named: readonly Element[]): void {
  for (const el of named) {
    const plain = el.ownerDocument.createElement(el.localName);
    for (const attr of Array.from(el.attributes)) if (attr.name !== 'is') plain.setAttribute(attr.name, attr.value);
    plain.appendChild(takeChildren(el));
    el.replaceWith(plain);
  }
}

/** Resolve relative links (<a href>) and image sources (<img src>) against the page URL before sanitising. */
function absolutizeUrls(elements: readonly Element[], base: string): void {
  if (!/^https?:/i.test(base)) return;
  for (const el of elements) {
    const attr = el.tagName === 'A' ? 'href' : 'src';
    const value = el.getAttribute(attr) ?? '';
    if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) || value.trim().startsWith('#')) continue;
    const abs = absoluteHttpUrl(value, base);
    if (abs) el.setAttribute(attr, abs);
  }
}

/** Figures holding a quote, a table, code or a list are content, whatever their caption says. */
const CONTENT_IN_FIGURE = 'table, pre, blockquote, ul, ol';
const PICTURE_IN_FIGURE = 'img, picture, video, svg, canvas';

/** A "figure" with more text than this is a misused wrapper around the story, not a picture's caption. */
const MAX_CAPTION_CHARS = 1000;

/**
 * Text inside a picture's figure: its caption, credit and screen-reader labels ("Image
 * copyright Getty Images"). A figure with no picture (a fact box, a pull quote), or holding
 * a quote, table, code or list, or much text, is content and stays in `text`.
 */
function isPictureFigureText(el: Element): boolean {
  const figure = closestTag(el, FIGURE);
  return (
    figure !== null && figure.querySelector(PICTURE_IN_FIGURE) !== null && !figure.querySelector(CONTENT_IN_FIGURE) &&
    collapse(figure.textContent ?? '').length <= MAX_CAPTION_CHARS
  );
}

/** Code and preformatted text keep their line breaks and indentation; only blank edges go. */
function preformatted(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+$/gm, '').replace(/^\n+|\s+$/g, '');
}

/**
 * A figure whose picture or video could not be kept (an embedded player, a script-drawn
 * chart) would show its caption alone, describing nothing: it goes, and is logged.
 * Figures holding a quote, a table or code are content and stay.
 */
function dropOrphanCaptions(log: StageLog, root: Element): void {
  for (const figure of descendantsWhere(root, (el) => el.tagName === 'FIGURE')) {
    if (figure.querySelector(`${PICTURE_IN_FIGURE}, ${CONTENT_IN_FIGURE}`)) continue;
    const caption = figure.querySelector('figcaption');
    if (!caption) continue;
    // A paragraph or heading besides the caption is content (a pull quote and its speaker).
    if (Array.from(figure.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).some((el) => !caption.contains(el))) continue;
    // Besides the caption, at most a credit ("Image copyright Getty Images").
    const rest = collapse(figure.textContent ?? '').length - collapse(caption.textContent ?? '').length;
    if (rest > MAX_ORPHAN_CREDIT_CHARS) continue;
    // A caption of several paragraphs, or a long one, is the story told beside an embed the
    // page could not give us (a gallery's slide text under an Instagram post): content.
    if (caption.querySelectorAll('p').length > 1 || collapse(caption.textContent ?? '').length > MAX_ORPHAN_CAPTION_CHARS) continue;
    log('caption-without-picture', collapse(figure.textContent ?? ''));
    figure.remove();
  }
}

/** How much text besides its caption a picture-less figure may hold and still be an orphan caption. */
const MAX_ORPHAN_CREDIT_CHARS = 100;
/** A caption longer than this says more than a picture's caption: it is kept as text. */
const MAX_ORPHAN_CAPTION_CHARS = 250;

export const SANITIZE: Stage = { id: 'sanitize', name: 'sanitize HTML', run: sanitize };
