/**
 * Stage 1, detect: is there an article to show (`detected`), and is this a news article
 * page that auto-clean may change in place (`autoClean`)? Decided from the page model.
 */
import type { PageModel, PipelineContext, Stage } from '../context.ts';
import { metaContent, textOf } from '../lib/dom.ts';
import { countCartButtons, declaredSignals, textStats, type Declared, type TextStats } from './signals.ts';
import {
  ARTICLE_LD_TYPES, DOCS_EDIT_LINK, LISTING_LD_TYPES, MIN_NOTICE_CHARS, HOME_LINK_DENSITY, MIN_BODY_CHARS, MIN_HEADLINE_LINKS, MIN_SHOP_SIGNALS, MIN_SHORT_STORY_CHARS, MIN_STORY_BLOCK_CHARS, SEARCH_URL,
} from '../rules/detect-rules.ts';
import { collapse, countWords, normalizeKey, weightedLength } from '../lib/text.ts';
import { TITLE_SEPARATOR } from '../rules/metadata-rules.ts';

function detect(page: PageModel, ctx: PipelineContext): void {
  const reasons = ctx.detection.reasons;
  if (!page.body) {
    reasons.push('no <body>: nothing to read');
    ctx.stop = true;
    return;
  }
  const stats = textStats(page.blocks);
  const declared = declaredSignals(page, ctx.doc);
  const shape = pageShape(page, ctx, stats, declared);
  reportSignals(reasons, page, stats, declared, shape);
  decide(page, ctx, stats, declared, shape);
}

/** What the page looks like, beyond what it declares: the shapes of non-article pages and of a story. */
interface Shape {
  bodyChars: number;
  longBody: boolean;
  linkDensity: number;
  cartButtons: number;
  ogTitle: string;
  externalSource: boolean;
  shop: boolean;
  titledStory: boolean;
  home: boolean;
  undatedNonArticle: boolean;
  search: boolean;
  docs: boolean;
}

function pageShape(page: PageModel, ctx: PipelineContext, stats: TextStats, declared: Declared): Shape {
  const { doc } = ctx;
  const { scan, jsonLd, headline } = page;
  const { ldNonArticle, ogType, ogArticle, ldArticle, articleEl } = declared;
  const bodyChars = page.storyChars;
  const longBody = bodyChars >= MIN_BODY_CHARS;
  const linkDensity = stats.totalChars ? stats.linkChars / stats.totalChars : 0;
  const cartButtons = countCartButtons(scan.buttons, stats.cartLinks);
  const ogTitle = metaContent(doc, 'og:title');
  const headSource = headline?.source ?? '';
  const externalSource = headSource !== '' && normalizeKey(headSource) !== normalizeKey(page.siteName) && !hostMatches(ctx.url, headSource);
  // Negative shapes first.
  const shop = ldNonArticle.includes('product') || stats.priceLines + cartButtons >= MIN_SHOP_SIGNALS;
  // An index page's <h1> (if any) is the site or a section; an article's repeats its <title>.
  const titledStory = !!headline && (countWords(headline.headlineText) >= 4 || weightedLength(headline.headlineText) >= 40) && agreesWithTitle(headline.headlineText, doc, ogTitle) && bodyChars >= MIN_STORY_BLOCK_CHARS * 2;
  const home = stats.headlineLinks >= MIN_HEADLINE_LINKS && linkDensity >= HOME_LINK_DENSITY && !longBody && !titledStory;
  // A page that declares itself something other than an article (og:type website) and shows
  // no date and no author anywhere is documentation, an app or a landing page.
  const dated =
    !!(headline?.published || headline?.byline) || !!metaContent(doc, 'article:published_time') || !!metaContent(doc, 'author') ||
    jsonLd.some((n) => n['datePublished'] || n['author']) || scan.hasTime;
  const undatedNonArticle = ogType !== '' && !ogArticle && !ldArticle && !dated && !articleEl;
  // A search page says so ("Showing 1–6 of 214 results") beside a search box, whatever its address.
  const search = ldNonArticle.includes('searchresultspage') || ((SEARCH_URL.test(ctx.url) || stats.searchLine) && (stats.searchLine || scan.hasSearchBox) && !longBody);
  // A documentation page (an undated page of a docs site: "Edit this page", or the site's page
  // tree with the current page marked beside an "On this page" contents list).
  const docs = undatedNonArticle && (scan.links.some((a) => DOCS_EDIT_LINK.test(textOf(a))) || (scan.hasCurrentPageLink && stats.tocLabel));
  return { bodyChars, longBody, linkDensity, cartButtons, ogTitle, externalSource, shop, titledStory, home, undatedNonArticle, search, docs };
}

function reportSignals(reasons: string[], page: PageModel, stats: TextStats, declared: Declared, shape: Shape): void {
  const { types, ldArticle, ogArticle, ogType, articleEl, readerable, ldNonArticle } = declared;
  const related = page.sections.filter((s) => s.kind === 'related');
  if (ldArticle) reasons.push(`JSON-LD ${types.filter((t) => ARTICLE_LD_TYPES.has(t)).join('/')}`);
  if (ogArticle) reasons.push(`og:type ${ogType}`);
  if (articleEl) reasons.push('<article> with story text');
  if (readerable) reasons.push('Readability: probably readerable');
  reasons.push(shape.longBody ? `long text body (${shape.bodyChars} chars)` : `short text body (${shape.bodyChars} chars)`);
  if (page.headline) reasons.push(shape.titledStory ? 'headline repeats the page title, story below it' : 'headline found');
  if (related.length) reasons.push(`related section with ${related.reduce((n, s) => n + s.cards.length, 0)} cards`);
  if (shape.externalSource) reasons.push(`external source near headline: ${page.headline?.source ?? ''}`);
  if (shape.shop) reasons.push(`not a news article: shop page (${stats.priceLines} prices, ${shape.cartButtons} cart buttons${ldNonArticle.length ? `, JSON-LD ${ldNonArticle.join('/')}` : ''})`);
  if (shape.home) reasons.push(`not a news article: headline index (${stats.headlineLinks} headline links, link density ${shape.linkDensity.toFixed(2)})`);
  if (shape.search) reasons.push('not a news article: search results page');
  if (shape.undatedNonArticle) reasons.push(`not a news article: og:type ${ogType} with no date or author`);
}

function decide(page: PageModel, ctx: PipelineContext, stats: TextStats, declared: Declared, shape: Shape): void {
  const { doc } = ctx;
  const reasons = ctx.detection.reasons;
  const { headline } = page;
  const { ldNonArticle, articleEl, readerable } = declared;
  const { bodyChars, longBody, titledStory, home, search } = shape;
  const strong = declared.ldArticle || declared.ogArticle;
  const structural = [articleEl, readerable, longBody].filter(Boolean).length;
  const negative = shape.shop || home || search || shape.undatedNonArticle;
  const storyPresent = bodyChars >= MIN_STORY_BLOCK_CHARS * 2 || longBody;
  const cardsWithSourceOrTime = page.cards.filter((c) => c.title && !c.notStory && !c.sponsored && (c.source || c.published)).length;
  const aggregator = !!headline && cardsWithSourceOrTime > 0 && shape.externalSource && storyPresent;
  // A dated or bylined headline over a few paragraphs is a (short) news story even without metadata.
  const datedHeadline = !!headline && !!(headline.published || headline.byline) && bodyChars >= MIN_SHORT_STORY_CHARS;
  if (datedHeadline) reasons.push('headline with byline/date over story text');
  const article = (strong && (structural > 0 || storyPresent)) || structural >= 2 || (longBody && !!headline) || datedHeadline || (readerable && titledStory);

  // Declared articles (JSON-LD/og:type) with a headline and story text win over the shape
  // heuristics: many article pages carry big link menus or a shop widget beside the story.
  const declaredStory = strong && !!headline && (structural > 0 || datedHeadline) && !ldNonArticle.includes('product') && !ldNonArticle.includes('searchresultspage');
  const newsKind = negative && !declaredStory ? null : aggregator ? 'aggregator' : article ? 'article' : null;
  // Two questions, two answers. Auto-clean changes the page in place, so it needs a news
  // article by the strict signals above. The popup only needs an article to show: any page
  // with story text that is not shaped like a page of other pages (a listing, a home page, a
  // search) has one, though it lacks the metadata news sites carry (older CMSs, blogs, reports).
  // A short notice under its own headline is an article too ("Chapter 121 is online…"). The
  // headline must be the story's: it repeats the part of the page title that is not the site's
  // name (an <h1> that is only the site's name heads a home page). A page with no title at all
  // (no <title>, no og:title) has only its headline to go by.
  const headText = headline?.headlineText ?? '';
  const untitled = !collapse(shape.ogTitle) && !collapse(doc.title ?? '');
  const storyHeadline = untitled ? countWords(headText) >= 4 || weightedLength(headText) >= 40 : headlineRepeatsStoryTitle(headText, [shape.ogTitle, doc.title ?? ''], page.siteName, ctx.url);
  const titledNotice = storyHeadline && stats.longestProse >= MIN_NOTICE_CHARS;
  // A page with a price grid (or marked up as a list of items) is a shop listing unless it has a
  // body of prose; one product's page with its description is not a listing, nor is a review
  // that carries Product markup.
  // A page full of headline links is a home page or an index unless its own headline stands
  // over prose (an article inside a heavy menu and link footer).
  const shopGrid = stats.priceLines + shape.cartButtons >= MIN_SHOP_SIGNALS || ldNonArticle.some((t) => LISTING_LD_TYPES.has(t));
  const listing = ((shopGrid && !longBody) || (home && !titledNotice) || search) && !declaredStory;
  const hasStoryText = storyPresent || readerable || articleEl || titledNotice;
  if (shape.docs) reasons.push('not a news article: documentation page');
  ctx.detection.autoClean = newsKind !== null;
  if (newsKind) {
    ctx.detection.detected = true;
    ctx.detection.kind = newsKind;
  } else if (!listing && !shape.docs && hasStoryText) {
    ctx.detection.detected = true;
    ctx.detection.kind = 'article';
    reasons.push('article text without news-article signals: shown on request, never auto-cleaned');
  }
  if (!ctx.detection.detected) {
    if (!negative) reasons.push('no article text found');
    if (!ctx.options.force) ctx.stop = true;
  }
}

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

export const DETECT: Stage = { id: 'detect', name: 'detect news page', run: detect };
