/**
 * Stage 1, detect: is this a news article page, and which kind?
 * Also reads (once, on the untouched clone) the blocks, JSON-LD, headline area and
 * related sections that later stages reuse.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { PipelineContext } from '../context.ts';
import { collectBlocks, metaContent, storyWeight, textOf, type TextBlock } from '../dom-utils.ts';
import { findHeadline } from '../find-headline.ts';
import { findSections, type StoryPlace } from '../find-sections.ts';
import { parseCard } from '../parse-card.ts';
import { scanPage } from '../scan-page.ts';
import { ldNames, ldTypes, readJsonLd } from '../json-ld.ts';
import {
  ARTICLE_LD_TYPES, ARTICLE_OG_TYPE, CART_TEXT, DOCS_EDIT_LINK, DOCS_TOC_LABEL, LISTING_LD_TYPES, MIN_NOTICE_CHARS, HOME_LINK_DENSITY, MIN_ARTICLE_ELEMENT_CHARS, MIN_BODY_CHARS,
  MIN_HEADLINE_LINKS, MIN_SHOP_SIGNALS, MIN_SHORT_STORY_CHARS, MIN_STORY_BLOCK_CHARS, NON_ARTICLE_LD_TYPES, PRICE_TEXT, SEARCH_RESULTS_TEXT, SEARCH_URL,
} from '../rules/detect-rules.ts';
import { collapse, countWords, normalizeKey, weightedLength } from '../text-utils.ts';
import { TITLE_SEPARATOR } from '../rules/metadata-rules.ts';

export function detect(ctx: PipelineContext): void {
  const { doc } = ctx;
  const reasons = ctx.detection.reasons;
  const body = doc.body;
  if (!body || body.tagName !== 'BODY') {
    reasons.push('no <body>: nothing to read');
    ctx.stop = true;
    return;
  }
  const blocks = collectBlocks(body);
  ctx.pageBlocks = blocks;
  ctx.blockCount = blocks.length;
  const scan = scanPage(body);
  ctx.scan = scan;
  ctx.jsonLd = readJsonLd(doc);

  // Text statistics in one pass over the blocks.
  let totalChars = 0;
  let linkChars = 0;
  let headlineLinks = 0;
  let priceLines = 0;
  let cartLinks = 0;
  let searchLine = false;
  let tocLabel = false;
  let longestProse = 0;
  const storyByParent = new Map<Element | null, number>();
  for (const b of blocks) {
    const text = collapse(b.raw);
    const len = text.length;
    totalChars += len;
    linkChars += Math.min(len, b.linkChars);
    if (b.linkChars > len * 0.8 && len >= 20 && len <= 150 && text.includes(' ')) headlineLinks++;
    if (len <= 40 && PRICE_TEXT.test(text)) priceLines++;
    if (len <= 30 && CART_TEXT.test(text)) cartLinks++;
    if (len <= 80 && SEARCH_RESULTS_TEXT.test(text)) searchLine = true;
    if (len <= 30 && DOCS_TOC_LABEL.test(text)) tocLabel = true;
    const weight = len >= 20 ? weightedLength(text) : len;
    if (b.linkChars < len * 0.3 && weight > longestProse) longestProse = weight;
    if (storyWeight(b)) {
      const key = b.el.parentElement;
      storyByParent.set(key, (storyByParent.get(key) ?? 0) + weight);
    }
  }
  let bodyChars = 0;
  for (const [parent, v] of storyByParent) {
    if (v > bodyChars) {
      bodyChars = v;
      ctx.storyContainer = parent;
    }
  }
  const longBody = bodyChars >= MIN_BODY_CHARS;
  const linkDensity = totalChars ? linkChars / totalChars : 0;

  const types = ctx.jsonLd.flatMap(ldTypes);
  const ldArticle = types.some((t) => ARTICLE_LD_TYPES.has(t));
  const ldNonArticle = types.filter((t) => NON_ARTICLE_LD_TYPES.has(t));
  const ogType = metaContent(doc, 'og:type');
  const ogArticle = ARTICLE_OG_TYPE.test(ogType);
  let articleEl = false;
  for (const a of scan.articles) {
    if ((a.textContent ?? '').length >= MIN_ARTICLE_ELEMENT_CHARS * 1.5 && collapse(a.textContent ?? '').length >= MIN_ARTICLE_ELEMENT_CHARS) {
      articleEl = true;
      break;
    }
  }
  let readerable: boolean;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }

  // Cart buttons: <button>/submit inputs, and link-only short lines ("Add to cart" links).
  let cartButtons = cartLinks;
  for (const el of scan.buttons) {
    const t = el.tagName === 'INPUT' ? (el.getAttribute('value') ?? '') : textOf(el);
    if (t.length <= 30 && CART_TEXT.test(t)) cartButtons++;
  }

  // Headline area and related sections (reused by metadata and related).
  const ogTitle = metaContent(doc, 'og:title');
  ctx.headline = findHeadline(doc, blocks, scan.topHeadings, ogTitle);
  const place = storyPlace(blocks, ctx.headline?.headline ?? null, ctx.storyContainer);
  ctx.storyLead = place.container;
  ctx.sections = findSections(doc, blocks, scan.labelled, ctx.url, ctx.headline?.headline ?? null, place);
  const related = ctx.sections.filter((s) => s.kind === 'related');
  ctx.cards = related.flatMap((s) => s.cards.map((c) => parseCard(c, ctx.url)));
  const cardsWithSourceOrTime = ctx.cards.filter((c) => c.title && !c.notStory && !c.sponsored && (c.source || c.published)).length;

  const siteName = metaContent(doc, 'og:site_name') || publisherName(ctx);
  const headSource = ctx.headline?.source ?? '';
  const externalSource = headSource !== '' && normalizeKey(headSource) !== normalizeKey(siteName) && !hostMatches(ctx.url, headSource);

  // Negative shapes first.
  const shop = ldNonArticle.includes('product') || priceLines + cartButtons >= MIN_SHOP_SIGNALS;
  // An index page's <h1> (if any) is the site or a section; an article's repeats its <title>.
  const titledStory = !!ctx.headline && (countWords(ctx.headline.headlineText) >= 4 || weightedLength(ctx.headline.headlineText) >= 40) && agreesWithTitle(ctx.headline.headlineText, doc, ogTitle) && bodyChars >= MIN_STORY_BLOCK_CHARS * 2;
  const home = headlineLinks >= MIN_HEADLINE_LINKS && linkDensity >= HOME_LINK_DENSITY && !longBody && !titledStory;
  // A page that declares itself something other than an article (og:type website) and shows
  // no date and no author anywhere is documentation, an app or a landing page.
  const dated =
    !!(ctx.headline?.published || ctx.headline?.byline) || !!metaContent(doc, 'article:published_time') || !!metaContent(doc, 'author') ||
    ctx.jsonLd.some((n) => n['datePublished'] || n['author']) || scan.hasTime;
  const undatedNonArticle = ogType !== '' && !ogArticle && !ldArticle && !dated && !articleEl;
  // A search page says so ("Showing 1–6 of 214 results") beside a search box, whatever its address.
  const search = ldNonArticle.includes('searchresultspage') || ((SEARCH_URL.test(ctx.url) || searchLine) && (searchLine || scan.hasSearchBox) && !longBody);
  // A documentation page (an undated page of a docs site: "Edit this page", or the site's page
  // tree with the current page marked beside an "On this page" contents list).
  const docs = undatedNonArticle && (scan.links.some((a) => DOCS_EDIT_LINK.test(textOf(a))) || (scan.hasCurrentPageLink && tocLabel));

  if (ldArticle) reasons.push(`JSON-LD ${types.filter((t) => ARTICLE_LD_TYPES.has(t)).join('/')}`);
  if (ogArticle) reasons.push(`og:type ${ogType}`);
  if (articleEl) reasons.push('<article> with story text');
  if (readerable) reasons.push('Readability: probably readerable');
  reasons.push(longBody ? `long text body (${bodyChars} chars)` : `short text body (${bodyChars} chars)`);
  if (ctx.headline) reasons.push(titledStory ? 'headline repeats the page title, story below it' : 'headline found');
  if (related.length) reasons.push(`related section with ${related.reduce((n, s) => n + s.cards.length, 0)} cards`);
  if (externalSource) reasons.push(`external source near headline: ${headSource}`);
  if (shop) reasons.push(`not a news article: shop page (${priceLines} prices, ${cartButtons} cart buttons${ldNonArticle.length ? `, JSON-LD ${ldNonArticle.join('/')}` : ''})`);
  if (home) reasons.push(`not a news article: headline index (${headlineLinks} headline links, link density ${linkDensity.toFixed(2)})`);
  if (search) reasons.push('not a news article: search results page');
  if (undatedNonArticle) reasons.push(`not a news article: og:type ${ogType} with no date or author`);

  const strong = ldArticle || ogArticle;
  const structural = [articleEl, readerable, longBody].filter(Boolean).length;
  const negative = shop || home || search || undatedNonArticle;
  const storyPresent = bodyChars >= MIN_STORY_BLOCK_CHARS * 2 || longBody;
  const aggregator = !!ctx.headline && cardsWithSourceOrTime > 0 && externalSource && storyPresent;
  // A dated or bylined headline over a few paragraphs is a (short) news story even without metadata.
  const datedHeadline = !!ctx.headline && !!(ctx.headline.published || ctx.headline.byline) && bodyChars >= MIN_SHORT_STORY_CHARS;
  if (datedHeadline) reasons.push('headline with byline/date over story text');
  const article = (strong && (structural > 0 || storyPresent)) || structural >= 2 || (longBody && !!ctx.headline) || datedHeadline || (readerable && titledStory);

  // Declared articles (JSON-LD/og:type) with a headline and story text win over the shape
  // heuristics: many article pages carry big link menus or a shop widget beside the story.
  const declaredStory = strong && !!ctx.headline && (structural > 0 || datedHeadline) && !ldNonArticle.includes('product') && !ldNonArticle.includes('searchresultspage');
  const newsKind = negative && !declaredStory ? null : aggregator ? 'aggregator' : article ? 'article' : null;
  // Two questions, two answers. Auto-clean changes the page in place, so it needs a news
  // article by the strict signals above. The popup only needs an article to show: any page
  // with story text that is not shaped like a page of other pages (a listing, a home page, a
  // search) has one, though it lacks the metadata news sites carry (older CMSs, blogs, reports).
  // A short notice under its own headline is an article too ("Chapter 121 is online…"). The
  // headline must be the story's: it repeats the part of the page title that is not the site's
  // name (an <h1> that is only the site's name heads a home page). A page with no title at all
  // (no <title>, no og:title) has only its headline to go by.
  const headText = ctx.headline?.headlineText ?? '';
  const untitled = !collapse(ogTitle) && !collapse(doc.title ?? '');
  const storyHeadline = untitled ? countWords(headText) >= 4 || weightedLength(headText) >= 40 : headlineRepeatsStoryTitle(headText, [ogTitle, doc.title ?? ''], siteName, ctx.url);
  const titledNotice = storyHeadline && longestProse >= MIN_NOTICE_CHARS;
  // A page with a price grid (or marked up as a list of items) is a shop listing unless it has a
  // body of prose; one product's page with its description is not a listing, nor is a review
  // that carries Product markup.
  // A page full of headline links is a home page or an index unless its own headline stands
  // over prose (an article inside a heavy menu and link footer).
  const shopGrid = priceLines + cartButtons >= MIN_SHOP_SIGNALS || ldNonArticle.some((t) => LISTING_LD_TYPES.has(t));
  const listing = ((shopGrid && !longBody) || (home && !titledNotice) || search) && !declaredStory;
  const hasStoryText = storyPresent || readerable || articleEl || titledNotice;
  if (docs) reasons.push('not a news article: documentation page');
  ctx.detection.autoClean = newsKind !== null;
  if (newsKind) {
    ctx.detection.detected = true;
    ctx.detection.kind = newsKind;
  } else if (!listing && !docs && hasStoryText) {
    ctx.detection.detected = true;
    ctx.detection.kind = 'article';
    reasons.push('article text without news-article signals: shown on request, never auto-cleaned');
  }
  if (!ctx.detection.detected) {
    if (!negative) reasons.push('no article text found');
    if (!ctx.options.force) ctx.stop = true;
  }
  ctx.meta.siteName = siteName;
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

function agreesWithTitle(headline: string, doc: Document, ogTitle: string): boolean {
  const h = normalizeKey(headline);
  return [ogTitle, doc.title ?? ''].some((t) => {
    const k = normalizeKey(t);
    return k !== '' && (k.includes(h) || h.includes(k));
  });
}

/**
 * Does the headline repeat the page title's story part: the whole title, or one of its parts
 * around site separators ("Bienenstich-Muffins Rezept | Dr. Oetker") that is not the site's
 * name? Each contains the other, the shorter at least half the longer ("27.01.2022Mineralöl
 * INFO November 2021" against "BAFA - Mineralölstatistik - MineralölINFO November 2021").
 */
function headlineRepeatsStoryTitle(headline: string, titles: readonly string[], siteName: string, url: string): boolean {
  const h = normalizeKey(headline);
  if (h.length < 8) return false;
  const site = normalizeKey(siteName);
  if (h === site || hostMatches(url, headline)) return false;
  for (const title of titles) {
    for (const part of [title, ...title.split(TITLE_SEPARATOR)]) {
      const k = normalizeKey(part);
      if (k.length < 8 || k === site || hostMatches(url, part)) continue;
      const [short, long] = k.length <= h.length ? [k, h] : [h, k];
      if (long.includes(short) && short.length >= long.length * 0.5) return true;
    }
  }
  return false;
}

function publisherName(ctx: PipelineContext): string {
  for (const node of ctx.jsonLd) {
    const name = ldNames(node['publisher']);
    if (name) return name;
  }
  return '';
}

/** "guardian" in theguardian.com: the source is the site itself, not an external publisher. */
function hostMatches(url: string, source: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const key = normalizeKey(source).replace(/^the /, '').replace(/ /g, '');
    return key.length >= 3 && host.replace(/[.-]/g, '').includes(key);
  } catch {
    return false;
  }
}
