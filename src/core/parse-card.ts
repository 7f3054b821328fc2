/** Read one related-story card (a group of nodes) into its fields. Read-only. */
import { HEADING_TAGS, absoluteHttpUrl, collectBlocks, textOf } from './dom-utils.ts';
import { inPromoBox } from './scan-page.ts';
import { promoBlockReason } from './promo-text.ts';
import { BYLINE_PREFIX } from './rules/metadata-rules.ts';
import { NON_TITLE_LINK, NOT_A_STORY_TITLE, SPONSORED_CARD_LABEL } from './rules/related-rules.ts';
import { isSourceLike, splitSourceTime } from './source-time.ts';
import { collapse, countWords, normalizeKey } from './text-utils.ts';

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
}

const MIN_TITLE_CHARS = 15;

export function parseCard(nodes: readonly Element[], baseUrl: string): CardFields {
  // Title: the first heading, else the first long link text. URL: the title link, else the first http link.
  let title = '';
  let url = '';
  let firstUrl = '';
  let titleFromLink = false;
  for (const node of nodes) {
    const self = node.tagName === 'A' || HEADING_TAGS.has(node.tagName) ? [node] : [];
    for (const el of [...self, ...Array.from(node.querySelectorAll('a[href], h2, h3, h4, h5, h6, [role="heading"]'))]) {
      if (inPromoBox(el, node)) continue;
      const t = textOf(el);
      if (promoBlockReason(t) || NOT_A_STORY_TITLE.test(t)) continue;
      if (el.tagName === 'A') {
        const href = el.getAttribute('href') ?? '';
        if (href.trim().startsWith('#')) continue;
        // Only http(s) URLs are kept; a javascript:/data: link still names the card's title.
        const abs = absoluteHttpUrl(href, baseUrl);
        if (abs && !firstUrl) firstUrl = abs;
        if (!title && t.length >= MIN_TITLE_CHARS && !NON_TITLE_LINK.test(t)) {
          title = t;
          url = abs;
          titleFromLink = true;
        }
      } else if (!title && t.length >= MIN_TITLE_CHARS) {
        title = t;
        const link = el.closest('a[href]') ?? el.querySelector('a[href]');
        if (link && !url) url = absoluteHttpUrl(link.getAttribute('href'), baseUrl);
      }
    }
  }
  // A card titled by an unsafe link gets no URL rather than some other link's.
  if (!titleFromLink) url ||= firstUrl;
  // Cards without a long link/heading: the first line that reads like a title.
  const lines: { text: string; linkShare: number }[] = [];
  const promoLines: string[] = [];
  for (const node of nodes) {
    for (const b of collectBlocks(node)) {
      const text = collapse(b.raw);
      if (!text) continue;
      if (inPromoBox(b.el, node)) promoLines.push(text);
      else lines.push({ text, linkShare: b.linkChars / text.length });
    }
  }
  if (!title) title = lines.find((l) => l.text.length >= MIN_TITLE_CHARS && countWords(l.text) >= 3 && l.text.length < 200)?.text ?? '';

  const titleKey = normalizeKey(title);
  let source = '';
  let published = '';
  const paragraphs: string[] = [];
  let sponsored = false;
  for (const line of lines) {
    // The title link and the source/time spans are often inline in one block: cut the title out.
    const text = title && line.text.length > title.length && line.text.startsWith(title) ? line.text.slice(title.length).trim() : line.text;
    const key = normalizeKey(text);
    if (key === titleKey) continue; // the title printed again
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
      source = text;
      continue;
    }
    if (source && key === normalizeKey(source)) continue; // "• Glasgow Times" repeated
    if (!paragraphs.length && isCardByline(text)) continue; // "By Peter Salas" over the card's story
    if (NON_TITLE_LINK.test(text)) continue;
    if (!paragraphs.length && isSourceLike(text)) continue; // another label before the story starts
    paragraphs.push(text);
  }
  return { title, url, source, published, paragraphs, promoLines, sponsored };
}

const MAX_CARD_BYLINE_CHARS = 80;

/** A card's byline line ("By Peter Salas"): not story text. "By the time…" is a sentence, not a byline. */
function isCardByline(text: string): boolean {
  if (text.length > MAX_CARD_BYLINE_CHARS || /[.!?:]$/.test(text) || !BYLINE_PREFIX.test(text)) return false;
  return /^\p{Lu}/u.test(text.replace(BYLINE_PREFIX, ''));
}
