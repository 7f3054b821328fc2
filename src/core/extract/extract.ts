/**
 * Stage 5, extract: Readability on the working clone (never the live document).
 * Runs after related/promo removal so neither the related cards nor promo boxes can win
 * Readability's scoring. Falls back to the cleaned body when Readability finds nothing
 * (short aggregator stories can fall under its character threshold).
 */
import { Readability } from '@mozilla/readability';
import type { PageModel, PipelineContext, Stage, StageLog } from '../context.ts';
import { collapse } from '../lib/text.ts';
import { flattenDeepChains, unboxParagraphs, unwrapStrayWrappers } from './unwrap.ts';
import { HUGE_PAGE_BLOCKS, HUGE_PAGE_IMAGES } from '../rules/detect-rules.ts';
import { BLOCK_TAGS, collectBlocks, isLinkLine, type TextBlock } from '../lib/blocks.ts';
import { metaContent, removeBlock, removeChildren, removeTextNode } from '../lib/dom.ts';
import { findLeadPicture, markFigures, protectEmbeddedPosts, restoreLeadPicture } from './figures.ts';

/** An inline byline whose paragraph is this many times longer is part of a sentence. */
const SENTENCE_RATIO = 2;

function extract(page: PageModel, ctx: PipelineContext, log: StageLog): void {
  const { doc } = ctx;
  ctx.inlineByline = protectInlineBylines(page.scan.bylineMarked);
  const areaTexts = headlineAreaTexts(page);
  const unwrapped = flattenDeepChains(page.scan.deepRoots);
  if (unwrapped) log('empty-nesting', `${unwrapped} wrapper elements with no content of their own`);
  // Misnested inline wrappers around paragraphs would hide those paragraphs from Readability.
  unwrapStrayWrappers(page.scan.strayWrappers);
  const images = page.scan.images;
  // Picture + caption in plain divs: a <figure>, which Readability's class penalties leave alone.
  markFigures(doc, images);
  // Embedded posts in "social-embed" frames, which Readability drops unseen.
  protectEmbeddedPosts(doc, page.scan.quotes);
  const container = page.storyContainer;
  const huge = hugePageArticle(page, doc);
  if (huge) {
    ctx.article = huge.article;
    log('huge-page', huge.why);
    removeHeadlineArea(log, huge.article, areaTexts);
    return;
  }
  // One-paragraph boxes would let Readability judge a short linked paragraph by its links
  // (Readability's path only: the huge-page path does not run it).
  unboxParagraphs(page.scan.paragraphs);
  // Copied before Readability runs: it may leave the lead picture above the story out.
  const lead = findLeadPicture(doc, images, metaContent(doc, 'og:image') || metaContent(doc, 'twitter:image'), ctx.url);
  // Readability rewrites the page as it works (and restores it between attempts, detaching
  // every element): a copy of the story's container is kept aside for when it finds nothing.
  const storyCopy = container?.isConnected && collapse(container.textContent ?? '') ? (container.cloneNode(true) as Element) : null;
  dropEmptiedParagraphs(page.blocks);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // The serializer returns the content element itself: no HTML round trip.
    parsed = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  } catch {
    parsed = null;
  }
  if (parsed) {
    ctx.readability = {
      title: collapse(parsed.title ?? ''),
      byline: collapse(parsed.byline ?? ''),
      siteName: collapse(parsed.siteName ?? ''),
      lang: collapse(parsed.lang ?? ''),
      publishedTime: collapse(parsed.publishedTime ?? ''),
    };
  }
  const content = parsed?.content ?? null;
  if (content && collapse(content.textContent ?? '')) {
    ctx.article = content;
    if (lead) restoreLeadPicture(content, lead, ctx.url);
  } else if (storyCopy) {
    // Readability found nothing (a short story under its length threshold): the element that
    // holds the most story prose, not the whole page.
    ctx.article = storyCopy;
    log('story-container', 'Readability found no article; the container with the most story text was taken');
  } else if (doc.body) {
    ctx.article = doc.body;
  }
  if (ctx.article) removeHeadlineArea(log, ctx.article, areaTexts);
}

/**
 * On a page Readability would hold the engine for long over (too many blocks or pictures), the
 * article without it: the densest story container, or the body when there is none.
 */
function hugePageArticle(page: PageModel, doc: Document): { article: Element; why: string } | null {
  const { blocks, scan, storyContainer } = page;
  const huge = blocks.length > HUGE_PAGE_BLOCKS ? `${blocks.length} text blocks` : scan.images.length > HUGE_PAGE_IMAGES ? `${scan.images.length} pictures` : '';
  const article = storyContainer?.isConnected ? storyContainer : doc.body;
  if (!huge || !article) return null;
  return { article, why: `${huge}: Readability skipped, ${article === storyContainer ? 'the densest story container' : 'the whole page'} taken as the article` };
}

/**
 * The paragraphs earlier stages emptied (removeBlock empties a block rather than detach it:
 * see emptyElement) are taken out before Readability runs. Readability removes empty
 * paragraphs itself, one by one, which is quadratic in a long story (see removeChildren).
 */
function dropEmptiedParagraphs(blocks: readonly TextBlock[]): void {
  const shells = new Map<Element, Set<Node>>();
  for (const { el } of blocks) {
    const parent = el.parentElement;
    if (el.tagName !== 'P' || el.firstChild || !parent) continue;
    const set = shells.get(parent) ?? new Set<Node>();
    shells.set(parent, set.add(el));
  }
  for (const [parent, set] of shells) removeChildren(parent, set);
}

/**
 * Readability removes the first element that looks like a byline, even a name inside a
 * sentence ("She talks to <span class="byline">Ben Achebe</span> about grain…"), which
 * breaks the sentence. On the clone, unmark such inline names so the sentence survives.
 */
function protectInlineBylines(marked: readonly Element[]): string {
  let first = '';
  for (const el of marked) {
    if (BLOCK_TAGS.has(el.tagName) || !el.isConnected) continue;
    let block = el.parentElement;
    while (block && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
    if (!block) continue;
    const own = (el.textContent ?? '').trim().length;
    const around = (block.textContent ?? '').trim().length;
    if (own > 0 && around > own * SENTENCE_RATIO && /[.!?]["'’”]?$/.test((block.textContent ?? '').trim())) {
      for (const attr of ['class', 'id', 'rel', 'itemprop']) el.removeAttribute(attr);
      // Still the best byline the page offers when nothing else names the author.
      if (!first && own <= 60) first = collapse(el.textContent ?? '');
    }
  }
  return first;
}

/** How many blocks (not counting link-only lines) at the top of the article may repeat the headline area. */
const HEADLINE_AREA_BLOCKS = 10;

/** The headline area's lines as text (Readability moves their text into new elements). */
function headlineAreaTexts(page: PageModel): Map<string, string> {
  const texts = new Map<string, string>();
  const info = page.headline;
  if (!info?.headline) return texts;
  texts.set(collapse(info.headlineText), 'headline-shown-as-title');
  for (const t of info.area) if (t && !texts.has(t)) texts.set(t, 'headline-metadata');
  return texts;
}

/**
 * The headline and the lines under it that were read into fields (byline, source + time,
 * the title printed again) are shown as metadata, so they must not come back as the first
 * "paragraphs" of the body. They are removed AFTER Readability, by text: removing them
 * before changes its choice (a short post then loses to its comment thread), and
 * Readability rebuilds elements, so a marker attribute does not survive.
 */
function removeHeadlineArea(log: StageLog, article: Element, texts: ReadonlyMap<string, string>): void {
  if (!texts.size) return;
  let seen = 0;
  for (const b of collectBlocks(article)) {
    // Menu links a header brought along (removed later, as link lists) do not use up the window.
    if (!isLinkLine(b) && ++seen > HEADLINE_AREA_BLOCKS) break;
    const whole = texts.get(collapse(b.raw));
    if (whole) {
      removeBlock(b);
      log(whole, collapse(b.raw));
      continue;
    }
    // A line glued into a bigger block (old <br> pages): drop just its text node.
    for (const node of b.nodes) {
      const reason = texts.get(collapse(node.data));
      if (!reason) continue;
      log(reason, collapse(node.data));
      removeTextNode(node, b.el);
    }
  }
}

export const EXTRACT: Stage = { id: 'extract', name: 'extract article (Readability)', run: extract };
