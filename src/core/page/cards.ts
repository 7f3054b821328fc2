/** Read one related-story card (a group of nodes) into its fields. Read-only. */
import { HEADING_TAGS, collectBlocks, isHeadingElement } from '../lib/blocks.ts';
import { absoluteHttpUrl } from '../lib/urls.ts';
import { childElements, hasOwnText, textOf } from '../lib/dom.ts';
import { inPromoBox } from './scan.ts';
import { promoBlockReason } from '../text-passes/promo-lines.ts';
import { BYLINE_PREFIX } from '../rules/metadata-rules.ts';
import { NON_TITLE_LINK, NOT_A_STORY_TITLE, SPONSORED_CARD_LABEL } from '../rules/related-rules.ts';
import { PROVIDER_ON_PORTAL } from '../rules/card-rules.ts';
import { cardLinkProblem, isPagerLink, type NotAStory } from './card-target.ts';
import { isSourceLike, splitSourceTime } from './source-time.ts';
import { collapse, countWords, normalizeKey, titleWords, weightedLength } from '../lib/text.ts';

export interface CardFields {
  title: string;
  url: string;
  source: string;
  published: string;
  /** Story paragraphs as printed (before promo and repeat cleaning). */
  paragraphs: string[];
  /** Lines dropped because they sit in a promo box inside the card (newsletter aside…). */
  promoLines: string[];
  /** The card is an advert ("Sponsored", "Partner content"), not a story. */
  sponsored: boolean;
  /** Why the card's link is not a story (this page, an ad tracker, a section or sign-in page), or null. */
  notStory: NotAStory | null;
}

const MIN_TITLE_CHARS = 15;

export function parseCard(nodes: readonly Element[], baseUrl: string): CardFields {
  const t = cardTitle(nodes, baseUrl);
  let { title, url } = t;
  // A card titled by an unsafe link gets no URL rather than some other link's.
  if (!t.titleFromLink) url ||= t.firstUrl;
  // A card that is itself inside its link (<a href><div>title</div><div>source</div></a>).
  if (!url && !t.titleFromLink && nodes[0]) url = absoluteHttpUrl(nodes[0].closest('a[href]')?.getAttribute('href') ?? null, baseUrl);
  const { lines, promoLines } = cardLines(nodes);
  // Cards without a long link/heading: the first line that reads like a title.
  if (!title) title = lines.find((l) => weightedLength(l.text) >= MIN_TITLE_CHARS && titleWords(l.text) >= 3 && l.text.length < 200)?.text ?? '';
  const body = readCardBody(lines, title, t.printed, t.provider);
  // A source that is the card's own title is no source.
  const source = normalizeKey(body.source) === normalizeKey(title) ? '' : body.source;
  return { title, url, source, published: body.published, paragraphs: body.paragraphs, promoLines, sponsored: body.sponsored, notStory: t.pager ? 'previous-next-link' : cardLinkProblem(url, title, baseUrl) };
}

interface CardTitle {
  title: string;
  url: string;
  firstUrl: string;
  titleFromLink: boolean;
  provider: string;
  /** The title element's text as printed (glued parts and all). */
  printed: string;
  pager: boolean;
}

/** Title: the first heading, else the first long link text. URL: the title link, else the first http link. */
function cardTitle(nodes: readonly Element[], baseUrl: string): CardTitle {
  const found: CardTitle = { title: '', url: '', firstUrl: '', titleFromLink: false, provider: '', printed: '', pager: false };
  for (const node of nodes) {
    const self = node.tagName === 'A' || HEADING_TAGS.has(node.tagName) ? [node] : [];
    for (const el of [...self, ...Array.from(node.querySelectorAll('a[href], h2, h3, h4, h5, h6, [role="heading"]'))]) {
      if (inPromoBox(el, node)) continue;
      const parts = titleParts(el);
      const t = parts.title;
      if (promoBlockReason(t) || NOT_A_STORY_TITLE.test(t)) continue;
      if (el.tagName === 'A') {
        const href = el.getAttribute('href') ?? '';
        if (href.trim().startsWith('#')) continue;
        // Only http(s) URLs are kept; a javascript:/data: link still names the card's title.
        const abs = absoluteHttpUrl(href, baseUrl);
        if (abs && !found.firstUrl) found.firstUrl = abs;
        if (!found.title && weightedLength(t) >= MIN_TITLE_CHARS && !NON_TITLE_LINK.test(t)) {
          Object.assign(found, { title: t, provider: parts.provider, printed: textOf(el), pager: isPagerLink(el), url: abs, titleFromLink: true });
        }
      } else if (!found.title && weightedLength(t) >= MIN_TITLE_CHARS) {
        Object.assign(found, { title: t, provider: parts.provider, printed: textOf(el) });
        const link = el.closest('a[href]') ?? el.querySelector('a[href]');
        if (link && !found.url) found.url = absoluteHttpUrl(link.getAttribute('href'), baseUrl);
      }
    }
  }
  return found;
}

interface CardLine {
  text: string;
  linkShare: number;
}

/** The card's lines of text, and those inside promo boxes apart. */
function cardLines(nodes: readonly Element[]): { lines: CardLine[]; promoLines: string[] } {
  const lines: CardLine[] = [];
  const promoLines: string[] = [];
  for (const node of nodes) {
    for (const b of collectBlocks(node)) {
      const text = collapse(b.raw);
      if (!text) continue;
      if (inPromoBox(b.el, node)) promoLines.push(text);
      else lines.push({ text, linkShare: b.linkChars / text.length });
    }
  }
  return { lines, promoLines };
}

/** The card's lines read into source, time and story paragraphs (the title and its parts left out). */
function readCardBody(lines: readonly CardLine[], title: string, printed: string, provider: string): { source: string; published: string; paragraphs: string[]; sponsored: boolean } {
  const titleKey = normalizeKey(title);
  let source = provider;
  let published = '';
  const paragraphs: string[] = [];
  let sponsored = false;
  for (const line of lines) {
    const text = withoutTitle(line.text, title, printed);
    const key = normalizeKey(text);
    if (key === titleKey) continue; // the title printed again
    // The title link's own parts (a shortened copy, the provider line) printed as lines of the card.
    if (title && key && titleKey.includes(key) && line.linkShare > 0.5 && text.length < title.length) continue;
    // Only in the card's header: an "Advertisement" line inside the story text is a promo line, not a sponsor mark.
    if (!paragraphs.length && text.length <= 60 && SPONSORED_CARD_LABEL.test(text)) {
      sponsored = true;
      continue;
    }
    const st = splitSourceTime(text);
    if (st) {
      published ||= st.time;
      source ||= st.source;
      continue;
    }
    if (!source && !paragraphs.length && isSourceLike(text) && !NON_TITLE_LINK.test(text)) {
      source = publisherOf(text);
      continue;
    }
    if (source && key === normalizeKey(source)) continue; // "• Glasgow Times" repeated
    if (!paragraphs.length && isCardByline(text)) continue; // "By Peter Salas" over the card's story
    if (NON_TITLE_LINK.test(text)) continue;
    if (!paragraphs.length && isSourceLike(text)) continue; // another label before the story starts
    paragraphs.push(text);
  }
  return { source, published, paragraphs, sponsored };
}

/**
 * A card line with the title cut out: the title link and the source/time spans are often
 * inline in one block, or the title is printed after a label on the same line ("Anzeige
 * Musicalstadt Hamburg: …"), where the label is what is left.
 */
function withoutTitle(line: string, title: string, printed: string): string {
  const head = printed && line.startsWith(printed) ? printed : title;
  const at = head && line.length > head.length ? line.indexOf(head) : -1;
  return at === 0 ? line.slice(head.length).trim() : at > 0 ? collapse(`${line.slice(0, at)} ${line.slice(at + head.length)}`) : line === printed ? title : line;
}

/** "Polygon on MSN" → "Polygon": the publisher of a story a portal republishes. */
function publisherOf(line: string): string {
  const m = PROVIDER_ON_PORTAL.exec(line);
  return m && countWords(line) <= 8 ? m[1]!.trim() : line;
}

/**
 * A card's title element as the reader should see it. Portals print the title, a shortened
 * copy of it for narrow layouts and the provider ("Polygon on MSN") as sibling elements inside
 * one link, so its text reads "Temper your enthusiasm…Genesisenthusiasm for…GenesisPolygon on
 * MSN". When the element's text is made only of sibling elements (no text between them), a part
 * that is a copy of a longer part is dropped, and a last short "<Publisher> on <Portal>" part is
 * the provider; of the parts left (a kicker, the title, a source and time printed inside the
 * link) the longest is the title. Anything else (a title with <em> inside) is read whole.
 */
export function titleParts(el: Element): { title: string; provider: string } {
  const whole = textOf(el);
  let parts = layoutParts(el, 0);
  if (parts.length < 2) return { title: whole, provider: '' };
  let provider = '';
  const last = parts[parts.length - 1]!.text;
  const m = PROVIDER_ON_PORTAL.exec(last);
  if (m && countWords(last) <= 8) {
    provider = m[1]!.trim();
    parts = parts.slice(0, -1);
  }
  const keys = parts.map((p) => normalizeKey(p.text));
  const kept = parts.filter((_, i) => !keys.some((k, j) => j !== i && k.length > keys[i]!.length && keys[i]!.length >= 8 && k.includes(keys[i]!)));
  // Several parts left (a kicker, the title, a teaser, the card's source and time inside its
  // link): a heading among them is the title; else the longest that is not a sentence of teaser.
  const heading = kept.find((p) => isHeadingElement(p.el) || !!p.el.querySelector('h2,h3,h4,h5,h6'));
  const longest = (list: typeof kept) => list.reduce<(typeof kept)[number] | null>((a, b) => (!a || b.text.length > a.text.length ? b : a), null);
  const notTeaser = kept.filter((p) => !/[.…]["'’”»]?$/.test(p.text) || p.text.length < 60);
  const title = (heading ?? longest(notTeaser) ?? longest(kept))?.text ?? '';
  return { title: title || whole, provider };
}

/** The sibling elements an element's text is made of, through wrappers (none when text runs between them). */
function layoutParts(el: Element, depth: number): { text: string; el: Element }[] {
  if (hasOwnText(el) || !el.firstElementChild || depth > 6 || HEADING_TAGS.has(el.tagName)) {
    // Read at the leaves only: reading every level would read the same text once per level.
    const text = textOf(el);
    return text ? [{ text, el }] : [];
  }
  const parts: { text: string; el: Element }[] = [];
  for (const c of childElements(el)) parts.push(...layoutParts(c, depth + 1));
  return parts;
}
const MAX_CARD_BYLINE_CHARS = 80;

/** A card's byline line ("By Peter Salas"): not story text. "By the time…" is a sentence, not a byline. */
function isCardByline(text: string): boolean {
  if (text.length > MAX_CARD_BYLINE_CHARS || /[.!?:]$/.test(text) || !BYLINE_PREFIX.test(text)) return false;
  return /^\p{Lu}/u.test(text.replace(BYLINE_PREFIX, ''));
}

