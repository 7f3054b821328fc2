/**
 * Find the page's headline and read what is printed right under it: the original
 * publisher and time on an aggregator ("The Guardian2 days ago"), a byline ("By Jane Doe").
 */
import type { TextBlock } from '../lib/blocks.ts';
import { HEADING_TAGS, isHeadingElement, storyWeight } from '../lib/blocks.ts';
import { closestTag, countChildren, tagSet, textOf } from '../lib/dom.ts';
import { isSourceLike, splitSourceTime } from './source-time.ts';
import { collapse, countWords, normalizeKey } from '../lib/text.ts';
import { BYLINE_HINT, BYLINE_IN_LINE, BYLINE_PREFIX, MAX_BYLINE_CHARS, TITLE_SEPARATOR } from '../rules/metadata-rules.ts';
import { ABSOLUTE_DATE_ANYWHERE, ABSOLUTE_DATE_AT_END, PUBLISHED_LABEL, RELATIVE_TIME_ANYWHERE, RELATIVE_TIME_AT_END, SOURCE_TIME_SEPARATOR } from '../rules/time-rules.ts';

/** What the headline area shows: the original publisher and the time, as printed. */
export interface HeadlineInfo {
  headline: Element | null;
  headlineText: string;
  source: string;
  published: string;
  byline: string;
  /** Lines of the headline area read into fields (title again, byline, source/time), collapsed: not body text. */
  area: string[];
}

const FIGURE_PARTS = tagSet('figure, figcaption');
/** How many blocks after the headline may hold the source/time line. */
const HEADLINE_VICINITY_BLOCKS = 8;
/** A block this long is story text: the headline area has ended. */
const STORY_BLOCK_CHARS = 200;
/** A paragraph of the story: a sentence of at least STORY_SENTENCE_WORDS words. */
const STORY_SENTENCE = /[.!?]["'’”)]?$/;
const STORY_SENTENCE_WORDS = 10;

export function findHeadline(doc: Document, blocks: readonly TextBlock[], topHeadings: readonly Element[], ogTitle: string): HeadlineInfo | null {
  if (!doc.body) return null;
  const found = headlineElement(doc, blocks, topHeadings, ogTitle);
  return found ? readHeadlineArea(blocks, found.headline, found.start) : null;
}

/** The headline element and the index of its block, or null. */
function headlineElement(doc: Document, blocks: readonly TextBlock[], topHeadings: readonly Element[], ogTitle: string): { headline: Element; start: number } | null {
  // The headline: an <h1> that repeats the page title, else a short block that does (div
  // soup, or an <h1> that is only the site's name), else the first <h1>.
  const titleKeys = titleParts(ogTitle || doc.title || '');
  let headline: Element | null = null;
  let fallback: Element | null = null;
  let bestMatch = 0;
  for (const h of topHeadings) {
    const key = normalizeKey(textOf(h));
    if (key.length < 10) continue;
    fallback ??= h;
    // The heading matching the LONGEST part of "Story title - Site name" wins over the site's own <h1>.
    const match = titleMatch(key, titleKeys);
    if (match > bestMatch) {
      bestMatch = match;
      headline = h;
    }
  }
  let start = -1;
  // An <h1> that matches only a short part of the title ("Fieldnotes" in "Fieldnotes: The last
  // ferryman…") is the site's name: a block that repeats the title's longer part wins over it.
  const longestPart = Math.max(0, ...titleKeys.map((k) => k.length));
  const siteH1 = headline !== null && bestMatch < longestPart * 0.5;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (siteH1 || !headline) {
      const key = normalizeKey(b.raw);
      if (b.raw.length < 300 && key.length > bestMatch && isTitleLike(key, titleKeys)) {
        start = i;
        headline = blockElement(b);
        break;
      }
    } else if (b.el === headline || headline.contains(b.el)) {
      start = i;
      break;
    }
  }
  if (siteH1 && start < 0) start = blocks.findIndex((b) => b.el === headline || headline!.contains(b.el));
  if (!headline && fallback) {
    headline = fallback;
    start = blocks.findIndex((b) => b.el === fallback || fallback.contains(b.el));
  }
  // A page with no usable title and no <h1> (an old CMS printing its headline in an <h2> or a
  // bold line): the heading printed right above the story's first paragraph.
  if (!headline && !usableTitle(ogTitle || doc.title || '')) {
    const found = headingAboveStory(blocks);
    if (found) ({ headline, start } = found);
  }
  if (!headline || start < 0) return null;
  return { headline, start };
}

/** The lines under the headline read into fields: byline, source and time, the kicker and the title printed twice. */
function readHeadlineArea(blocks: readonly TextBlock[], headline: Element, start: number): HeadlineInfo {
  const headlineText = textOf(headline);
  const headKey = normalizeKey(headlineText);
  const info: HeadlineInfo = { headline, headlineText, source: '', published: '', byline: '', area: [] };
  const kicker = start > 0 ? kickerText(blocks[start - 1]!, headline) : '';
  if (kicker) info.area.push(kicker);
  let pending: string | null = null;
  let sentences = 0;
  for (let i = start + 1; i < blocks.length && i <= start + HEADLINE_VICINITY_BLOCKS; i++) {
    const b = blocks[i]!;
    const text = collapse(b.raw);
    if (!text) continue;
    // A lead picture's caption may sit between the headline and its byline: step over it.
    if (sitsByPicture(b.el)) continue;
    if (text.length >= STORY_BLOCK_CHARS) break;
    // A standfirst is one sentence paragraph; after a second one the story has begun, and a
    // dated line there is the story's (an embedded post's attribution), not the headline's.
    if (STORY_SENTENCE.test(text) && countWords(text) >= STORY_SENTENCE_WORDS && ++sentences >= 2) break;
    if (normalizeKey(text) === headKey) {
      info.area.push(text); // the title printed twice
      continue;
    }
    if (HEADING_TAGS.has(b.el.tagName) && text.length > 40) break; // next section's heading
    const meta = readMetaLine(text, b.el);
    if (meta) {
      if (meta.byline && !info.byline) info.byline = meta.byline;
      if (meta.time && !info.published) info.published = meta.time;
      if (meta.source !== undefined && !info.source) info.source = meta.source || pending || '';
      if (pending && meta.source === '' && info.source === pending) info.area.push(pending);
      info.area.push(text);
      if (info.source && info.published) break;
      continue;
    }
    // A publisher on its own line, followed by a time line.
    if (!pending && isSourceLike(text) && b.linkChars < text.length) pending = text;
  }
  return info;
}

/**
 * One short line under a headline: "By Jane Doe", "by Dorothy Finch, 14 March 2009",
 * "Posted on 12 August 2025 by Grace Liu", "The Guardian2 days ago", "24 minutes ago".
 * `source` is undefined when the line has no source/time shape.
 */
function readMetaLine(text: string, el: Element): { byline: string; time: string; source?: string } | null {
  if (text.length > MAX_BYLINE_CHARS || /[.!?]$/.test(text)) return null;
  if (BYLINE_PREFIX.test(text) || hasBylineHint(el)) {
    const dated = ABSOLUTE_DATE_AT_END.exec(text) ?? RELATIVE_TIME_AT_END.exec(text);
    const names = dated ? text.slice(0, dated.index).replace(SOURCE_TIME_SEPARATOR, '') : text;
    return { byline: names.replace(BYLINE_PREFIX, '').trim(), time: dated ? dated[0].trim().replace(PUBLISHED_LABEL, '') : '' };
  }
  const by = BYLINE_IN_LINE.exec(text);
  const date = ABSOLUTE_DATE_ANYWHERE.exec(text) ?? RELATIVE_TIME_ANYWHERE.exec(text);
  if (by && date) return { byline: by[1]!.trim(), time: date[0].trim() };
  const st = splitSourceTime(text);
  if (st) return { byline: '', time: st.time, source: st.source };
  return null;
}

/**
 * The element that holds exactly this block's text: the block element itself, or, when the
 * block is a run of text inside a bigger element (a <font> page with <br> breaks), the
 * innermost inline element around it.
 */
function blockElement(b: TextBlock): Element {
  const text = collapse(b.raw);
  let el = b.nodes[0]?.parentElement ?? b.el;
  while (el !== b.el && el.parentElement && collapse(el.parentElement.textContent ?? '') === text) el = el.parentElement;
  return el;
}

/** A kicker this short is a section label ("Infrastructure", "Transport", "Live"), not a sentence. */
const KICKER_MAX_CHARS = 40;
const KICKER_MAX_WORDS = 4;

/**
 * The section label printed right above the headline ("Infrastructure"): a few words with
 * no sentence punctuation, in the element just before the headline (or before the box the
 * headline opens). Shown nowhere; kept out of the body like the rest of the headline area.
 */
function kickerText(b: TextBlock, headline: Element): string {
  const text = collapse(b.raw);
  if (!text || text.length > KICKER_MAX_CHARS || text.split(' ').length > KICKER_MAX_WORDS || /[.!?:;,]$/.test(text)) return '';
  let h: Element | null = headline;
  while (h && !h.previousElementSibling && h.parentElement) h = h.parentElement;
  const before = h?.previousElementSibling;
  return before && (before === b.el || before.contains(b.el) || b.el.contains(before)) ? text : '';
}

/** A line that sits by a picture (a caption): inside a figure, or right after a picture in the same box. */
function sitsByPicture(el: Element): boolean {
  if (closestTag(el, FIGURE_PARTS)) return true;
  const isPicture = (x: Element | null | undefined): boolean => !!x && (x.tagName === 'IMG' || x.tagName === 'PICTURE');
  if (isPicture(el.previousElementSibling)) return true;
  // A small picture box (<div><img><p>caption</p></div>), never the page's main column.
  const box = el.parentElement;
  return !!box && box.tagName !== 'BODY' && countChildren(box, 3) <= 3 && isPicture(box.firstElementChild);
}

/** The element (or a close ancestor) is marked as a byline, or holds a rel=author link. */
function hasBylineHint(el: Element): boolean {
  if (Array.from(el.getElementsByTagName('a')).some((a) => a.getAttribute('rel') === 'author')) return true;
  let x: Element | null = el;
  for (let i = 0; x && i < 3; i++, x = x.parentElement) {
    const marks = `${x.getAttribute('class') ?? ''} ${x.getAttribute('rel') ?? ''} ${x.getAttribute('itemprop') ?? ''}`;
    if (BYLINE_HINT.test(marks)) return true;
  }
  return false;
}

/** Titles that name no story: a page left untitled by its CMS, or titled with its section. */
const GENERIC_TITLE = /^(?:untitled(?: document| page)?|new page|document|home|homepage|index|news|startseite|accueil|inicio|portada|page)$/i;

export function usableTitle(title: string): boolean {
  const t = collapse(title);
  return t.length >= 3 && !GENERIC_TITLE.test(t);
}

/** How many blocks above the story's first paragraph its headline may be. */
const HEADING_ABOVE_STORY_BLOCKS = 4;
const MAX_HEADLINE_CHARS = 200;

/**
 * The headline of an untitled page: within the few blocks above the first story paragraph, a
 * heading element, or a short line set in bold or big type, that reads like a headline (no
 * sentence punctuation at its end, except a question).
 */
function headingAboveStory(blocks: readonly TextBlock[]): { headline: Element; start: number } | null {
  const first = blocks.findIndex((b) => storyWeight(b) > 0);
  for (let i = first - 1; i >= 0 && i >= first - HEADING_ABOVE_STORY_BLOCKS; i--) {
    const b = blocks[i]!;
    const text = collapse(b.raw);
    if (text.length < 10 || text.length > MAX_HEADLINE_CHARS || /[.,;:!]$/.test(text) || b.linkChars > text.length / 2) continue;
    const el = blockElement(b);
    const heading = isHeadingElement(b.el);
    const emphasis = b.nodes[0]?.parentElement?.closest('b, strong, big, font[size]');
    const emphasised = !!emphasis && collapse(emphasis.textContent ?? '') === text;
    if (heading || emphasised) return { headline: heading ? b.el : el, start: i };
  }
  return null;
}

/** The title and its parts around site separators ("Millbrook Gazette - Bakery marks 100 years"). */
function titleParts(title: string): string[] {
  // "Blog name: Post title" too (only for matching headlines: a colon is also part of titles).
  const parts = [title, ...title.split(TITLE_SEPARATOR), ...title.split(/:\s+/)];
  return parts.map(normalizeKey).filter((k) => k.length >= 10);
}

/** Length of the longest title part this heading agrees with (0: none). */
function titleMatch(key: string, titleKeys: readonly string[]): number {
  let best = 0;
  for (const t of titleKeys) {
    const agrees = t === key || (t.includes(key) && key.length >= t.length * 0.5) || (key.includes(t) && t.length >= key.length * 0.5);
    if (agrees) best = Math.max(best, Math.min(t.length, key.length));
  }
  return best;
}

function isTitleLike(key: string, titleKeys: readonly string[]): boolean {
  return key.length >= 10 && titleKeys.some((t) => key === t);
}
