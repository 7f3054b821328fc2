/**
 * Find related-stories sections (and popular-stories lists) in any markup: a heading
 * element, role=heading, an aria-label, or just a short heading-like line in div soup,
 * followed by cards. Read-only: the related stage removes what is found here.
 */
import type { TextBlock } from '../lib/blocks.ts';
import { HEADING_TAGS, isHeadingElement } from '../lib/blocks.ts';
import { absoluteHttpUrl } from '../lib/urls.ts';
import { childElements, countChildren, hasOwnText, textOf } from '../lib/dom.ts';
import { MAX_HEADING_CHARS, MAX_RELATED_CARDS } from '../rules/related-rules.ts';
import { PROMO_BLOCK_PATTERNS } from '../rules/promo-rules.ts';
import { collapse } from '../lib/text.ts';
import { headingKind, MIN_TITLE_CHARS, splitCards } from './section-parts.ts';

/** A related (or popular) section found when the page is read, and cut by the related stage. */
export interface FoundSection {
  /** related: shown as related stories; popular / index: removed, never shown. */
  kind: 'related' | 'popular' | 'index';
  heading: Element;
  /** Nodes that make up the section (removed from the working clone by the related stage). */
  nodes: Element[];
  /** Cards, each a group of nodes. */
  cards: Element[][];
}

/** How far up from a heading we look for the section's cards. */
const MAX_CLIMB = 4;

/**
 * Where the story is: the element holding the first paragraphs of prose after the headline
 * (else the one holding the most prose).
 */
export interface StoryPlace {
  container: Element | null;
}


export function findSections(doc: Document, blocks: readonly TextBlock[], labelled: readonly { el: Element; label: string }[], baseUrl: string, headline: Element | null, story: StoryPlace = { container: null }): FoundSection[] {
  const body = doc.body;
  if (!body) return [];
  const found: FoundSection[] = [];
  const taken: Element[] = [];
  const consider = (heading: Element, kind: 'related' | 'popular', labelled: boolean): void => {
    if (taken.some((t) => t === heading || t.contains(heading))) return;
    // A labelled wrapper around sections already judged (a "related-content" box holding both the
    // related list and a "More in Sports" list) is not one more section.
    if (labelled && taken.some((t) => heading.contains(t))) return;
    // A "Read more" link that unfolds the story, or a "Features" heading over the story's own
    // paragraphs, is not the heading of a list of other stories.
    if (isExpander(heading)) return;
    const section = labelled ? sectionFromContainer(heading, headline, baseUrl) : sectionFromHeading(heading, headline, baseUrl);
    if (!section || holdsStory(section.nodes, story)) return;
    if (section.cardNodes.length > MAX_RELATED_CARDS * 4) {
      // Hundreds of sibling teasers: an index; no need to read them card by card.
      found.push({ kind: 'index', heading, nodes: section.nodes, cards: [] });
      taken.push(...section.nodes);
      return;
    }
    const cards = splitCards(section.cardNodes);
    if (cards.length === 0) return;
    // Dozens of cards under one heading is a page-wide index ("More stories" with thousands of
    // teasers), not related stories: removed like a popular list. Readability's cleaning is
    // quadratic in such lists (a 2 MB page of teasers takes it over a minute).
    const index = cards.length > MAX_RELATED_CARDS;
    found.push({ kind: index ? 'index' : kind, heading, nodes: section.nodes, cards: index ? [] : cards });
    taken.push(...section.nodes);
  };
  // Visible headings: any short block whose whole text is a section heading.
  for (const b of blocks) {
    if (b.raw.length > MAX_HEADING_CHARS * 3) continue;
    const kind = headingKind(b.raw);
    if (!kind) continue;
    const el = b.el;
    // The block element holds more than the heading (heading text + nested cards): the block is the section.
    const whole = collapse(el.textContent ?? '') === collapse(b.raw);
    consider(el, kind, !whole);
  }
  // Labelled containers without a visible heading: <section aria-label="Related stories">.
  for (const { el, label } of labelled) {
    const kind = headingKind(label.replace(/[-_]+/g, ' '));
    // A container named "related" that holds paragraphs of prose is a story's body with a
    // script hook in its class ("js-truncate-related-to-my-size"), not a list of other stories.
    if (kind === 'related' && holdsProse(el)) continue;
    if (kind && !HEADING_TAGS.has(el.tagName)) consider(el, kind, true);
  }
  return found;
}

/** A heading that is a link to nowhere or a button: it opens something on the page (a folded story). */
function isExpander(heading: Element): boolean {
  const control = heading.tagName === 'A' || heading.tagName === 'BUTTON' ? heading : heading.querySelector('a, button');
  if (!control || textOf(control) !== textOf(heading)) return false;
  if (control.tagName === 'BUTTON') return true;
  const href = (control.getAttribute('href') ?? '').trim();
  return href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

/** The section's nodes hold the story: the container of its first paragraphs after the headline. */
function holdsStory(nodes: readonly Element[], story: StoryPlace): boolean {
  const { container } = story;
  return !!container && nodes.some((node) => node === container || node.contains(container));
}

interface SectionNodes {
  nodes: Element[];
  cardNodes: Element[];
}

/** The heading's container IS the section: cards are its children. */
function sectionFromContainer(container: Element, headline: Element | null, baseUrl: string): SectionNodes | null {
  if (headline && container.contains(headline)) return null;
  if (container.tagName === 'BODY' || container.tagName === 'MAIN') return null;
  // The container's own heading (its first child, whatever it says: "Related internet links") is not a card.
  const first = container.firstElementChild;
  const ownHeading = first && isHeadingElement(first) && !first.querySelector('a[href]') ? first : null;
  const cardNodes = childElements(container).filter((c) => c !== ownHeading && !headingKind(textOf(c)));
  if (!cardNodes.some((c) => hasHttpLink(c, baseUrl) || c.querySelector('h2,h3,h4,h5,h6'))) return null;
  return { nodes: [container], cardNodes };
}

/**
 * From a heading element: climb while the ancestor holds only the heading, then take the
 * following siblings up to the next section heading. When the heading is the first thing
 * in a small container that does not hold the headline, the whole container is the section.
 */
function sectionFromHeading(heading: Element, headline: Element | null, baseUrl: string): SectionNodes | null {
  let h: Element = heading;
  const headingText = textOf(heading);
  for (let climb = 0; climb <= MAX_CLIMB; climb++) {
    while (h.parentElement && h.parentElement.tagName !== 'BODY' && !h.previousElementSibling && !h.nextElementSibling) h = h.parentElement;
    const sibs: Element[] = [];
    const level = headingLevel(h);
    for (let s = h.nextElementSibling; s; s = s.nextElementSibling) {
      if (headline && (s === headline || s.contains(headline))) break;
      if (isSectionBreak(s, level) && !isTeaser(s)) break;
      sibs.push(s);
    }
    // Only the first siblings are looked at: a long run of teasers is decided by its start.
    if (sibs.slice(0, MAX_RELATED_CARDS).some((s) => hasHttpLink(s, baseUrl) || s.querySelector('h2,h3,h4,h5,h6'))) {
      const parent = h.parentElement;
      const parentIsSection =
        parent && parent.tagName !== 'BODY' && parent.tagName !== 'MAIN' && !h.previousElementSibling &&
        sibs.length === countChildren(parent, sibs.length + 1) - 1 && !(headline && parent.contains(headline)) &&
        !parent.querySelector('article h1');
      return { nodes: parentIsSection ? [parent] : [h, ...sibs], cardNodes: sibs };
    }
    const parent = h.parentElement;
    if (!parent || parent.tagName === 'BODY' || (headline && parent.contains(headline))) return null;
    // Only climb through wrappers that start with the heading.
    if (h.previousElementSibling || textOf(parent).length > headingText.length * 1.5 + 20) return null;
    h = parent;
  }
  return null;
}

function headingLevel(el: Element): number {
  const h = HEADING_TAGS.has(el.tagName) ? el : el.querySelector('h1,h2,h3,h4,h5,h6');
  return h ? Number(h.tagName[1]) : 7;
}

/** A sibling that starts another section: a heading at the same or a higher level, another section heading, or a promo banner. */
function isSectionBreak(el: Element, level: number): boolean {
  if (HEADING_TAGS.has(el.tagName) && Number(el.tagName[1]) <= level) return true;
  if (isStoryParagraph(el)) return true;
  const first = firstLine(el);
  if (!first || first.length > MAX_HEADING_CHARS) return false;
  if (headingKind(first)) return true;
  return PROMO_BLOCK_PATTERNS.some((p) => p.pattern.test(first));
}

/** Three paragraphs of prose or more: a story's body, not a box of teasers. Stops at the third. */
function holdsProse(el: Element): boolean {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) if (isStoryParagraph(p) && ++n >= 3) return true;
  return false;
}

/** A paragraph of prose with few links: the story going on after a list placed inside it, never a card. */
const STORY_PARAGRAPH_CHARS = 150;
const STORY_PARAGRAPH_MAX_LINK_SHARE = 0.2;

function isStoryParagraph(wrapper: Element): boolean {
  // A paragraph in wrappers of its own (<div class="para"><p>…</p></div>) is still a paragraph.
  let el = wrapper;
  for (let depth = 0; el.tagName !== 'P' && depth < 3 && countChildren(el, 1) === 1 && !hasOwnText(el); depth++) el = el.firstElementChild!;
  if (el.tagName !== 'P') return false;
  const text = textOf(el);
  if (text.length < STORY_PARAGRAPH_CHARS) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return linked < text.length * STORY_PARAGRAPH_MAX_LINK_SHARE;
}

/**
 * A card's teaser printed as a paragraph between linked titles ("<p><a>Title</a></p><p>Two
 * sentences of teaser…</p><p><a>Next title</a></p>"): long prose, but the list goes on after
 * it, or ends with its box. The story going on after a list is never between two titles.
 */
function isTeaser(el: Element): boolean {
  const before = el.previousElementSibling;
  const after = el.nextElementSibling;
  return !!before && isLinkedTitle(before) && (!after || isLinkedTitle(after)) && isStoryParagraph(el);
}

/** A short block that is all one link: a card's title on a line of its own. */
function isLinkedTitle(el: Element): boolean {
  const text = textOf(el);
  if (text.length < MIN_TITLE_CHARS || text.length > MAX_HEADING_CHARS * 4) return false;
  const links = el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a[href]'));
  if (links.length !== 1) return false;
  return textOf(links[0]!).length >= text.length * 0.8;
}

function firstLine(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = collapse(n.nodeValue ?? '');
    if (t) return t;
  }
  return '';
}

function hasHttpLink(el: Element, baseUrl: string): boolean {
  const links = el.tagName === 'A' ? [el] : Array.from(el.querySelectorAll('a[href]'));
  return links.some((a) => isCardHref(a.getAttribute('href'), baseUrl));
}

function isCardHref(href: string | null, baseUrl: string): boolean {
  if (!href || href.trim().startsWith('#')) return false;
  return absoluteHttpUrl(href, baseUrl) !== '';
}
