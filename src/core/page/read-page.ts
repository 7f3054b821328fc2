/**
 * The page model: what the page holds, read ONCE from the untouched working copy before any
 * stage runs (blocks, attribute scan, JSON-LD, headline area, story place, related sections
 * and their cards, the site's name). Stages read it and never write it; they decide and cut.
 * Its elements belong to the working copy, which stages do change: check `isConnected`.
 */
import { collectBlocks, storyWeight, type TextBlock } from '../lib/blocks.ts';
import { metaContent } from '../lib/dom.ts';
import { ldNames, readJsonLd, type LdNode } from '../lib/json-ld.ts';
import { collapse, weightedLength } from '../lib/text.ts';
import { parseCard, type CardFields } from './cards.ts';
import { findHeadline, type HeadlineInfo } from './headline.ts';
import { scanPage, type PageScan } from './scan.ts';
import { findSections, type FoundSection, type StoryPlace } from './sections.ts';

export interface PageModel {
  /** The working copy's <body>; null when the document has none (nothing to read). */
  readonly body: HTMLElement | null;
  /** Text blocks of the untouched body, in page order. */
  readonly blocks: readonly TextBlock[];
  /** The attribute scan of the untouched body. */
  readonly scan: PageScan;
  readonly jsonLd: readonly LdNode[];
  /** The headline and the lines under it read into fields (source, time, byline). */
  readonly headline: HeadlineInfo | null;
  /** The element holding the most story text: the article of a page too big for Readability. */
  readonly storyContainer: Element | null;
  /** Story text in that element (weighted characters). */
  readonly storyChars: number;
  /** The element holding the story's first paragraphs after the headline: what no removal may take. */
  readonly storyLead: Element | null;
  /** Related, popular and index sections, in page order. */
  readonly sections: readonly FoundSection[];
  /** The related sections' cards as printed (before cleaning). */
  readonly cards: readonly CardFields[];
  /** The site's own name (og:site_name, else the JSON-LD publisher), to tell an external source apart. */
  readonly siteName: string;
}

const EMPTY_SCAN: PageScan = Object.freeze({
  promoBoxes: [], labelled: [], bylineMarked: [], images: [], ampImages: [], buttons: [], links: [], articles: [], topHeadings: [],
  hasTime: false, firstTime: null, hasSearchBox: false, commentBoxes: [], textareas: [], hasCurrentPageLink: false, deepRoots: [], strayWrappers: [],
  paragraphs: [], quotes: [], noscripts: [],
});

/** The model of a page with nothing to read (no <body>, or a document that failed to copy). */
export const EMPTY_PAGE: PageModel = Object.freeze({
  body: null, blocks: [], scan: EMPTY_SCAN, jsonLd: [], headline: null, storyContainer: null, storyChars: 0, storyLead: null, sections: [], cards: [], siteName: '',
});

export function readPage(doc: Document, url: string): PageModel {
  const body = doc.body;
  if (!body || body.tagName !== 'BODY') return EMPTY_PAGE;
  const blocks = collectBlocks(body);
  const scan = scanPage(body);
  const jsonLd = readJsonLd(doc);
  const densest = densestStoryParent(blocks);
  const headline = findHeadline(doc, blocks, scan.topHeadings, metaContent(doc, 'og:title'));
  const place = storyPlace(blocks, headline?.headline ?? null, densest.container);
  const sections = findSections(doc, blocks, scan.labelled, url, headline?.headline ?? null, place);
  const cards = sections.filter((s) => s.kind === 'related').flatMap((s) => s.cards.map((c) => parseCard(c, url)));
  return {
    body, blocks, scan, jsonLd, headline, sections, cards,
    storyContainer: densest.container,
    storyChars: densest.chars,
    storyLead: place.container,
    siteName: metaContent(doc, 'og:site_name') || publisherName(jsonLd),
  };
}

/** The parent element with the most story prose (weighted length of its story blocks). */
function densestStoryParent(blocks: readonly TextBlock[]): { container: Element | null; chars: number } {
  const storyByParent = new Map<Element | null, number>();
  for (const b of blocks) {
    if (!storyWeight(b)) continue;
    const text = collapse(b.raw);
    const weight = text.length >= 20 ? weightedLength(text) : text.length;
    const key = b.el.parentElement;
    storyByParent.set(key, (storyByParent.get(key) ?? 0) + weight);
  }
  let container: Element | null = null;
  let chars = 0;
  for (const [parent, v] of storyByParent) {
    if (v > chars) {
      chars = v;
      container = parent;
    }
  }
  return { container, chars };
}

/**
 * The story's place for the section finder: the parent of the first story paragraph after the
 * headline (a page may print longer texts below its story: related stories carried whole), or
 * without a headline the parent with the most story prose.
 */
function storyPlace(blocks: readonly TextBlock[], headline: Element | null, densest: Element | null): StoryPlace {
  let container = densest;
  if (headline) {
    let after = false;
    for (const b of blocks) {
      if (!after) {
        after = b.el === headline || headline.contains(b.el) || (headline.compareDocumentPosition(b.el) & FOLLOWING) !== 0;
        if (!after) continue;
      }
      if (storyWeight(b) && b.el.parentElement) {
        container = b.el.parentElement;
        break;
      }
    }
  }
  return { container };
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function publisherName(jsonLd: readonly LdNode[]): string {
  for (const node of jsonLd) {
    const name = ldNames(node['publisher']);
    if (name) return name;
  }
  return '';
}
