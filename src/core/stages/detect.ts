/**
 * Stage 1, detect: is this a news article page, and which kind?
 * Also reads (once, on the untouched clone) the blocks, JSON-LD, headline area and
 * related sections that later stages reuse.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { PipelineContext } from '../context.ts';
import { collectBlocks, metaContent, textOf } from '../dom-utils.ts';
import { findHeadline } from '../find-headline.ts';
import { findSections } from '../find-sections.ts';
import { parseCard } from '../parse-card.ts';
import { scanPage } from '../scan-page.ts';
import { ldNames, ldTypes, readJsonLd } from '../json-ld.ts';
import {
  ARTICLE_LD_TYPES, ARTICLE_OG_TYPE, CART_TEXT, HOME_LINK_DENSITY, MIN_ARTICLE_ELEMENT_CHARS, MIN_BODY_CHARS,
  MIN_HEADLINE_LINKS, MIN_SHOP_SIGNALS, MIN_SHORT_STORY_CHARS, MIN_STORY_BLOCK_CHARS, NON_ARTICLE_LD_TYPES, PRICE_TEXT, SEARCH_RESULTS_TEXT, SEARCH_URL,
} from '../rules/detect-rules.ts';
import { collapse, countWords, normalizeKey, weightedLength } from '../text-utils.ts';

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
    const weight = len >= 20 ? weightedLength(text) : len;
    if (weight >= MIN_STORY_BLOCK_CHARS && b.linkChars < len * 0.3) {
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
  let readerable = false;
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
  ctx.sections = findSections(doc, blocks, scan.labelled, ctx.url, ctx.headline?.headline ?? null);
  const related = ctx.sections.filter((s) => s.kind === 'related');
  ctx.cards = related.flatMap((s) => s.cards.map((c) => parseCard(c, ctx.url)));
  const cardsWithSourceOrTime = ctx.cards.filter((c) => c.title && (c.source || c.published)).length;

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
  const search = ldNonArticle.includes('searchresultspage') || (SEARCH_URL.test(ctx.url) && (searchLine || scan.hasSearchBox) && !longBody);

  if (ldArticle) reasons.push(`JSON-LD ${types.filter((t) => ARTICLE_LD_TYPES.has(t)).join('/')}`);
  if (ogArticle) reasons.push(`og:type ${ogType}`);
  if (articleEl) reasons.push('<article> with story text');
  if (readerable) reasons.push('Readability: probably readerable');
  if (longBody) reasons.push(`long text body (${bodyChars} chars)`);
  if (ctx.headline) reasons.push(titledStory ? 'headline repeats the page title, story below it' : 'headline found');
  if (related.length) reasons.push(`related section with ${related.reduce((n, s) => n + s.cards.length, 0)} cards`);
  if (externalSource) reasons.push(`external source near headline: ${headSource}`);
  if (shop) reasons.push(`not an article: shop listing (${priceLines} prices, ${cartButtons} cart buttons${ldNonArticle.length ? `, JSON-LD ${ldNonArticle.join('/')}` : ''})`);
  if (home) reasons.push(`not an article: headline index (${headlineLinks} headline links, link density ${linkDensity.toFixed(2)})`);
  if (search) reasons.push('not an article: search results page');
  if (undatedNonArticle) reasons.push(`not an article: og:type ${ogType} with no date or author`);

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
  if (negative && !declaredStory) {
    ctx.detection.detected = false;
  } else if (aggregator) {
    ctx.detection.detected = true;
    ctx.detection.kind = 'aggregator';
  } else if (article) {
    ctx.detection.detected = true;
    ctx.detection.kind = 'article';
  }
  if (!ctx.detection.detected) {
    if (!negative) reasons.push('no article signals strong enough');
    if (!ctx.options.force) ctx.stop = true;
  }
  ctx.meta.siteName = siteName;
}

function agreesWithTitle(headline: string, doc: Document, ogTitle: string): boolean {
  const h = normalizeKey(headline);
  return [ogTitle, doc.title ?? ''].some((t) => {
    const k = normalizeKey(t);
    return k !== '' && (k.includes(h) || h.includes(k));
  });
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
