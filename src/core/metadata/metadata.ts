/**
 * Stage 2, metadata: title, source, byline, published, language, from the page's
 * metadata and its headline area. Runs before related/promo so the headline area is
 * intact; gaps are filled from Readability after extraction (see `fillFromReadability`).
 */
import type { PageModel, PipelineContext, Stage } from '../context.ts';
import { metaContent, textOf } from '../lib/dom.ts';
import { usableTitle } from '../page/headline.ts';
import { ldNames, ldString, ldTypes, type LdNode } from '../lib/json-ld.ts';
import { ARTICLE_LD_TYPES } from '../rules/detect-rules.ts';
import { collapse, countWords, normalizeKey } from '../lib/text.ts';
import { BYLINE_PREFIX, MAX_BYLINE_CHARS, TITLE_SEPARATOR } from '../rules/metadata-rules.ts';


function metadata(page: PageModel, ctx: PipelineContext): void {
  const { doc, meta } = ctx;
  const ld = articleLd(page.jsonLd);
  const headline = page.headline;

  // Title: the visible headline when it agrees with the metadata title, else the metadata title.
  const ogTitle = metaContent(doc, 'og:title') || metaContent(doc, 'twitter:title');
  const ldTitle = ld ? ldString(ld['headline']) || ldString(ld['name']) : '';
  const docTitle = collapse(doc.title ?? '');
  const h1 = headline?.headlineText ?? '';
  const siteName0 = page.siteName;
  const fromMeta = ldTitle || stripSuffix(ogTitle, siteName0) || stripSuffix(docTitle, siteName0);
  // "Untitled Document", "Home": the page's headline names the story better.
  const metaTitle = usableTitle(fromMeta) ? fromMeta : '';
  meta.title = h1 && (!metaTitle || agrees(h1, metaTitle) || agrees(h1, docTitle)) ? h1 : metaTitle || h1;

  // Source: an aggregator shows the original publisher by the headline; JSON-LD may name it too
  // (isBasedOn's publisher, sourceOrganization, or the provider a portal republishes).
  const original = ld ? ldNames(ld['isBasedOn'] && typeof ld['isBasedOn'] === 'object' ? (ld['isBasedOn'] as LdNode)['publisher'] : undefined) || ldNames(ld['sourceOrganization']) || ldNames(ld['provider']) : '';
  const publisher = ld ? ldNames(ld['publisher']) : '';
  const siteName = metaContent(doc, 'og:site_name') || publisher;
  if (ctx.detection.kind === 'aggregator') meta.source = headline?.source || original || publisher || siteName;
  else meta.source = original || siteName || headline?.source || '';

  const metaByline = cleanByline(ld ? ldNames(ld['author']) : '') || cleanByline(metaContent(doc, 'author')) || cleanByline(metaContent(doc, 'article:author'));
  const printedByline = cleanByline(headline?.byline ?? '');
  // The byline as printed ("A and B") when it names everyone the metadata names: the
  // reader sees it that way. Otherwise the metadata, which a card or caption cannot fool.
  meta.byline = metaByline && printedByline && namesAll(printedByline, metaByline) ? printedByline : metaByline || printedByline;

  const timeEl = page.scan.firstTime;
  meta.published =
    headline?.published ||
    metaContent(doc, 'article:published_time') ||
    (ld ? ldString(ld['datePublished']) : '') ||
    (timeEl ? timeEl.getAttribute('datetime') ?? textOf(timeEl) : '');

  meta.language =
    (doc.documentElement?.getAttribute('lang') ?? '').trim() ||
    metaContent(doc, 'content-language') ||
    (ld ? ldString(ld['inLanguage']) : '');
}

/** After extraction: fill what the page metadata lacked from Readability's findings. */
function fillFromReadability(page: PageModel, ctx: PipelineContext): void {
  const r = ctx.readability;
  const { meta } = ctx;
  if (r) {
    if (usableTitle(r.title)) meta.title ||= stripSuffix(r.title, page.siteName);
    meta.byline ||= cleanByline(r.byline);
    meta.source ||= r.siteName;
    meta.published ||= r.publishedTime;
    meta.language ||= r.lang;
  }
  meta.byline ||= ctx.inlineByline;
}

/** "By Jane Doe" → "Jane Doe"; URLs and sentences are not bylines. */
function cleanByline(value: string): string {
  const t = collapse(value).replace(BYLINE_PREFIX, '').trim();
  if (!t || t.length > MAX_BYLINE_CHARS || /^https?:\/\//i.test(t)) return '';
  return t;
}

function articleLd(nodes: readonly LdNode[]): LdNode | null {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_LD_TYPES.has(t))) ?? null;
}

/**
 * "Title | Site" or "Site - Title" → "Title": drop the part that is the site name, else
 * keep the longest part when the others are short (a site name is a few words).
 */
function stripSuffix(title: string, siteName = ''): string {
  const t = collapse(title);
  const parts = t.split(TITLE_SEPARATOR);
  if (parts.length < 2) return t;
  const site = normalizeKey(siteName);
  const rest = site ? parts.filter((p) => normalizeKey(p) !== site) : parts;
  if (rest.length === 1 && rest[0]!.length >= 10) return rest[0]!;
  const longest = rest.reduce((a, b) => (b.length > a.length ? b : a), '');
  const othersShort = rest.every((p) => p === longest || countWords(p) <= 4);
  return othersShort && countWords(longest) >= 3 ? longest : t;
}

/** Does `printed` name every person in the comma-separated `names`? */
function namesAll(printed: string, names: string): boolean {
  const p = normalizeKey(printed);
  const list = names.split(',').map(normalizeKey).filter(Boolean);
  return list.length > 0 && list.every((n) => p.includes(n)) && p.length <= list.join(' ').length * 2;
}

function agrees(a: string, b: string): boolean {
  const x = normalizeKey(a);
  const y = normalizeKey(b);
  return !!x && !!y && (x === y || y.includes(x) || x.includes(y));
}

// Before related/promo: the headline area (source + time line) must still be there.
export const METADATA: Stage = { id: 'metadata', name: 'read metadata', run: metadata };

// Right after extract, before anything reads `meta` again: the gaps the page's metadata left
// (title, byline, source, time, language) filled from what Readability found.
export const METADATA_GAPS: Stage = { id: 'metadata', name: 'fill metadata gaps from Readability', run: fillFromReadability };
