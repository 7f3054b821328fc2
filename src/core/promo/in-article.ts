/**
 * The promo pass over the extracted article (Readability may have kept a promo line, or
 * glued one into a block the first pass saw apart), and the page furniture only
 * recognisable by its place in the story: link lists and menus before or after it, the
 * dateline printed again at its top, the bio, contact and tags lines at its end.
 */
import type { PageModel, PipelineContext, Stage, StageLog, StagePass } from '../context.ts';
import { collectBlocks, HEADING_TAGS, isLinkLine, type TextBlock } from '../lib/blocks.ts';
import { childElements, closestTag, countChildren, descendantsWhere, removeBlock, removeNode, tagSet, textOf } from '../lib/dom.ts';
import { siteOf } from '../lib/urls.ts';
import { isTimestampLine } from '../page/source-time.ts';
import { POPULAR_HEADING, RELATED_HEADING } from '../rules/related-rules.ts';
import { tailPromoReason } from '../text-passes/promo-lines.ts';
import {
  EDGE_NAV_MAX_BLOCKS, EDGE_NAV_MAX_CHARS, EDGE_NAV_MIN_LINK_SHARE, COMMENTS_HEADING, LINK_LIST_MIN_ITEMS, LINK_LIST_MIN_LINK_SHARE, LINK_LIST_MIN_OWN_SITE_SHARE, LINK_LIST_MAX_ARTICLE_SHARE, LIST_INTRODUCED, STORY_PROSE_CHARS, EDGE_LEAD_BLOCKS, EDGE_TAIL_BLOCKS, TAGS_LABEL, KEYWORD_LIST, MAX_KEYWORD_LIST_CHARS, ABOUT_AUTHOR_HEADING, AUTHOR_BIO_LEAD, AUTHOR_BIO_WORDS, ORGANISATION_BYLINE, MAX_AUTHOR_BIO_CHARS,
} from '../rules/promo-rules.ts';
import { collapse, solidLength } from '../lib/text.ts';
import { isCreditedCaption } from '../lib/pictures.ts';
import { cutCommentTail } from './comments.ts';
import { removePromoBlocks } from './promo.ts';

const TABLE_OR_ITEM = tagSet('table, li');
const FIGURE = tagSet('figure');
const ITEM = tagSet('li');
const LISTS = tagSet('ul, ol');

/** The text-only pass over the extracted article (Readability may have kept a promo line). */
function promoText(page: PageModel, ctx: PipelineContext, log: StageLog): void {
  if (!ctx.article) return;
  const pass: StagePass = { page, ctx, log };
  removePromoBlocks(pass, ctx.article);
  // Before the edge rules: a thread's last lines would otherwise read as the story's end.
  cutCommentTail(pass, ctx.article);
  removeLinkLists(pass, ctx.article);
  removeEdgeNavigation(pass, ctx.article);
  removeFurnitureLines(pass, ctx.article);
}

/**
 * Lines the page prints around its story that Readability kept: the page's own address, a
 * caption or credit with no picture, the dateline printed again under the headline, and,
 * after the story, the author's bio and contact lines, tags, and labels left alone.
 */
function removeFurnitureLines({ ctx, log }: StagePass, root: Element): void {
  const blocks = collectBlocks(root);
  const texts = blocks.map((b) => collapse(b.raw));
  const ownAddress = addressKey(ctx.url);
  const authors = authorNames(ctx.meta.byline);
  let lead = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = texts[i]!;
    if (!text) continue;
    const inLead = lead < EDGE_LEAD_BLOCKS;
    if (!isLinkLine(b)) lead++;
    const inTail = i >= blocks.length - EDGE_TAIL_BLOCKS;
    // Tables and lists are data: a schedule's date, a standings row, a caption-like list item.
    const inData = closestTag(b.el, TABLE_OR_ITEM) !== null;
    let reason: string | null = null;
    if (ownAddress && addressKey(text) === ownAddress) reason = 'page-address';
    else if (!inData && !HEADING_TAGS.has(b.el.tagName) && isCreditedCaption(text) && !closestTag(b.el, FIGURE) && !hasPictureNearby(b.el) && !followsPicture(b)) reason = 'caption-without-picture';
    else if ((inLead || inTail) && !inData && !HEADING_TAGS.has(b.el.tagName) && isTimestampLine(text)) reason = 'timestamp-line';
    else if (!inTail) continue;
    else if (isAuthorBio(text, authors)) reason = 'author-bio';
    else if (TAGS_LABEL.test(text)) {
      reason = 'tag-list';
      const next = texts[i + 1];
      if (next && next.length <= MAX_KEYWORD_LIST_CHARS && KEYWORD_LIST.test(next)) {
        removeBlock(blocks[i + 1]!);
        log(reason, next);
        texts[i + 1] = '';
      }
    } else if (isLabelLeftAlone(text, blocks.slice(i + 1), texts.slice(i + 1))) reason = 'label-without-content';
    else if (!inData) {
      reason = tailPromoReason(text);
      // A contact line is the author's only if it names the author: "Det. Mike Lane can be
      // reached at…" and "Email your views to the council at…" are the story's.
      if (reason === 'author-contact' && !mentionsAuthor(text, authors)) reason = null;
    }
    if (!reason) continue;
    removeBlock(b);
    log(reason, text);
  }
}

const PICTURE = 'img, picture, video';
/** How much more text than the caption a picture box may hold (a credit, a counter). */
const PICTURE_BOX_EXTRA_CHARS = 80;
const MAX_PICTURE_BOX_CHILDREN = 5;

/**
 * Is the caption with its picture: a picture inside the small box around the caption, or in a
 * small box right beside it? A picture elsewhere in the story is not its picture.
 */
function hasPictureNearby(el: Element): boolean {
  const own = textOf(el).length;
  // A box of many elements is a section of the page, not a picture's box: stop before reading its text.
  const small = (box: Element): boolean => countChildren(box, MAX_PICTURE_BOX_CHILDREN) <= MAX_PICTURE_BOX_CHILDREN && textOf(box).length <= own + PICTURE_BOX_EXTRA_CHARS;
  for (let box: Element | null = el, depth = 0; box && depth < 3 && small(box); box = box.parentElement, depth++) {
    if (box.querySelector(PICTURE)) return true;
    for (const sibling of [box.previousElementSibling, box.nextElementSibling]) {
      if (sibling && (sibling.matches(PICTURE) || sibling.querySelector(PICTURE)) && textOf(sibling).length <= PICTURE_BOX_EXTRA_CHARS) return true;
    }
  }
  return false;
}

/**
 * A caption printed as a run of text inside a bigger block (a <br> page: picture, line break,
 * caption in a <font>): the element just before the run holds the picture.
 */
function followsPicture(b: TextBlock): boolean {
  let el: Element | null = b.nodes[0]?.parentElement ?? null;
  while (el && el !== b.el && el.parentElement !== b.el) el = el.parentElement;
  let prev: Node | null = el && el !== b.el ? el.previousSibling : b.nodes[0]?.previousSibling ?? null;
  for (; prev; prev = prev.previousSibling) {
    if (prev.nodeType === 3 && !(prev.nodeValue ?? '').trim()) continue;
    if (prev.nodeType === 1 && (prev as Element).tagName === 'BR') continue;
    break;
  }
  if (!prev || prev.nodeType !== 1) return false;
  const e = prev as Element;
  return (e.matches(PICTURE) || e.querySelector(PICTURE) !== null) && textOf(e).length <= PICTURE_BOX_EXTRA_CHARS;
}

/**
 * "Comments", "You may also like:", "More:" with nothing of the story after it: what follows
 * is only link lines (what the label labelled, left behind) or nothing.
 */
function isLabelLeftAlone(text: string, after: readonly TextBlock[], afterTexts: readonly string[]): boolean {
  if (!isSectionLabel(text)) return false;
  return after.every((b, k) => !afterTexts[k] || isLinkLine(b) || isSectionLabel(afterTexts[k]!) || TAGS_LABEL.test(afterTexts[k]!));
}

function isSectionLabel(text: string): boolean {
  const label = text.replace(/[:.…\s]+$/, '');
  return COMMENTS_HEADING.test(label) || RELATED_HEADING.test(label) || POPULAR_HEADING.test(label);
}

/** A URL compared without scheme, "www.", trailing slash, query or fragment; '' if `text` is not one. */
function addressKey(text: string): string {
  if (!/^https?:\/\/\S+$/i.test(text)) return '';
  return text.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

/**
 * "Jane Roe and John Doe" → the full names and first names of people, longest first. An
 * organisation's byline ("BBC News", "Reuters Staff") names nobody: "BBC News has contacted
 * the ministry" is the story's last line, not a bio.
 */
function authorNames(byline: string): Array<{ name: string; full: boolean }> {
  const names = new Map<string, boolean>();
  // "Amy Roe | NJ Advance Media for NJ.com": names and organisations split apart.
  for (const part of byline.split(/\s*(?:,|;|&|\||\s[-–—]\s|\band\b|\bfor\b)\s*/i)) {
    const name = part.trim();
    if (name.split(' ').length < 2 || name.length > 60 || ORGANISATION_BYLINE.test(name)) continue;
    names.set(name, true);
    if (!names.has(name.split(' ')[0]!)) names.set(name.split(' ')[0]!, false);
  }
  return [...names].filter(([n]) => n.length >= 3).map(([name, full]) => ({ name, full })).sort((a, b) => b.name.length - a.name.length);
}

/** The text names one of the authors (a first or last name, also inside an e-mail address or handle). */
function mentionsAuthor(text: string, authors: ReadonlyArray<{ name: string; full: boolean }>): boolean {
  const lower = text.toLowerCase();
  return authors.some(({ name, full }) => full && name.toLowerCase().split(' ').some((part) => part.length >= 3 && lower.includes(part)));
}

/**
 * A bio: "About the author", the author's full name alone, or a short paragraph that starts with
 * the author's name, goes on like a bio ("… is", "… joined", "…'s book") and says what the
 * author does (reporter, editor, covers, joined, book…).
 */
function isAuthorBio(text: string, authors: ReadonlyArray<{ name: string; full: boolean }>): boolean {
  if (ABOUT_AUTHOR_HEADING.test(text)) return true;
  if (text.length > MAX_AUTHOR_BIO_CHARS) return false;
  for (const { name, full } of authors) {
    if (text === name) {
      if (full) return true;
      continue;
    }
    if (text.startsWith(name) && AUTHOR_BIO_LEAD.test(text.slice(name.length)) && AUTHOR_BIO_WORDS.test(text)) return true;
  }
  return false;
}

function removeLinkLists({ ctx, log }: StagePass, root: Element): void {
  const site = siteOf(ctx.url, ctx.url);
  const articleChars = solidLength(root.textContent ?? '');
  const lists = descendantsWhere(root, (el) => el.tagName === 'UL' || el.tagName === 'OL');
  if (!lists.length) return;
  // Only lists before the story's first paragraph or after its last: a list in the middle is
  // the story's (nominees linked to the site's topic pages, a council's own documents).
  const prose = collectBlocks(root).filter((b) => !closestTag(b.el, ITEM) && isStoryProse(collapse(b.raw), b));
  // No paragraph long enough to tell where the story is: leave every list alone.
  if (!prose.length) return;
  const first = prose[0]!.el;
  const last = prose[prose.length - 1]!.el;
  for (const list of lists) {
    if (!root.contains(list)) continue; // inside a list removed before it (the article is detached: no isConnected)
    const beforeStory = (list.compareDocumentPosition(first) & FOLLOWS) !== 0;
    const afterStory = (list.compareDocumentPosition(last) & PRECEDES) !== 0;
    if (!beforeStory && !afterStory) continue;
    let items = 0;
    for (const child of childElements(list)) if (child.tagName === 'LI') items++;
    if (items < LINK_LIST_MIN_ITEMS) continue;
    const total = solidLength(list.textContent ?? '');
    let linked = 0;
    let ownSite = 0;
    const links = Array.from(list.querySelectorAll('a[href]'));
    for (const a of links) {
      linked += solidLength(a.textContent ?? '');
      if (site && siteOf(a.getAttribute('href'), ctx.url) === site) ownSite++;
    }
    if (total === 0 || linked < total * LINK_LIST_MIN_LINK_SHARE) continue;
    // Menus and "more on this" lists point into the site itself; a list of other sites'
    // pages (advice lines, sources, documents) is the story's.
    if (ownSite < links.length * LINK_LIST_MIN_OWN_SITE_SHARE) continue;
    // A list that IS the page (a forced clean of a link page) is not a side list.
    if (total > articleChars * LINK_LIST_MAX_ARTICLE_SHARE) continue;
    if (introducesList(list)) continue;
    const text = collapse(list.textContent ?? '');
    removeNode(list);
    log('link-list', text);
  }
}

const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const PRECEDES = 2; // Node.DOCUMENT_POSITION_PRECEDING

/** A paragraph of the story: long prose, not a line of links. */
function isStoryProse(text: string, b: TextBlock): boolean {
  return text.length >= STORY_PROSE_CHARS && b.linkChars < solidLength(text) * 0.5;
}

/**
 * The text just before the list (looking through the wrappers it sits in) introduces it:
 * "The documents:", "The nominees are listed below."
 */
function introducesList(list: Element): boolean {
  for (let el: Element | null = list, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const text = collapse(prev.textContent ?? '');
      if (!text) continue;
      // A heading of the story's own ("The candidates", "How to apply") introduces its list;
      // "More on this story" does not.
      if (HEADING_TAGS.has(prev.tagName)) return !isSectionLabel(text);
      return LIST_INTRODUCED.test(text);
    }
  }
  return false;
}

function removeEdgeNavigation({ log }: StagePass, root: Element): void {
  const blocks = collectBlocks(root);
  const isNav = (b: TextBlock): boolean => {
    // Items of a list the story introduces ("The candidates") are the story's.
    const list = closestTag(b.el, LISTS);
    if (list && introducesList(list)) return false;
    const text = collapse(b.raw);
    return text.length > 0 && text.length <= EDGE_NAV_MAX_CHARS && b.linkChars >= text.replace(/[\s|·•<>«»›‹/-]+/g, '').length * EDGE_NAV_MIN_LINK_SHARE;
  };
  const drop = (b: TextBlock): void => {
    removeBlock(b);
    log('navigation-links', collapse(b.raw));
  };
  let first = 0;
  for (; first < Math.min(EDGE_NAV_MAX_BLOCKS, blocks.length) && isNav(blocks[first]!); first++) drop(blocks[first]!);
  for (let last = blocks.length - 1, n = 0; last >= first && n < EDGE_NAV_MAX_BLOCKS && isNav(blocks[last]!); last--, n++) drop(blocks[last]!);
}

export const PROMO_IN_ARTICLE: Stage = { id: 'promo-in-article', name: 'cut promo runs in the article', run: promoText };
