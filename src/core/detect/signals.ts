/** What detect reads off the page model: text statistics in one pass, and what the page declares itself to be. */
import { isProbablyReaderable } from '@mozilla/readability';
import type { PageModel } from '../context.ts';
import type { TextBlock } from '../lib/blocks.ts';
import { metaContent, textOf } from '../lib/dom.ts';
import { ldTypes } from '../lib/json-ld.ts';
import { collapse, weightedLength } from '../lib/text.ts';
import {
  ARTICLE_LD_TYPES, ARTICLE_OG_TYPE, CART_TEXT, DOCS_TOC_LABEL, MIN_ARTICLE_ELEMENT_CHARS, NON_ARTICLE_LD_TYPES, PRICE_TEXT, SEARCH_RESULTS_TEXT,
} from '../rules/detect-rules.ts';

export interface TextStats {
  totalChars: number;
  linkChars: number;
  /** Short blocks that are (almost) all one link: headlines of other pages. */
  headlineLinks: number;
  priceLines: number;
  /** Link-only short lines that say "Add to cart". */
  cartLinks: number;
  /** A "Showing 1–6 of 214 results" line. */
  searchLine: boolean;
  /** An "On this page" contents label. */
  tocLabel: boolean;
  /** The longest block of prose with few links (weighted length). */
  longestProse: number;
}

/** Text statistics in one pass over the blocks. */
export function textStats(blocks: readonly TextBlock[]): TextStats {
  const s: TextStats = { totalChars: 0, linkChars: 0, headlineLinks: 0, priceLines: 0, cartLinks: 0, searchLine: false, tocLabel: false, longestProse: 0 };
  for (const b of blocks) {
    const text = collapse(b.raw);
    const len = text.length;
    s.totalChars += len;
    s.linkChars += Math.min(len, b.linkChars);
    if (b.linkChars > len * 0.8 && len >= 20 && len <= 150 && text.includes(' ')) s.headlineLinks++;
    if (len <= 40 && PRICE_TEXT.test(text)) s.priceLines++;
    if (len <= 30 && CART_TEXT.test(text)) s.cartLinks++;
    if (len <= 80 && SEARCH_RESULTS_TEXT.test(text)) s.searchLine = true;
    if (len <= 30 && DOCS_TOC_LABEL.test(text)) s.tocLabel = true;
    const weight = len >= 20 ? weightedLength(text) : len;
    if (b.linkChars < len * 0.3 && weight > s.longestProse) s.longestProse = weight;
  }
  return s;
}

/** What the page says it is: JSON-LD types, og:type, an <article> with story text, Readability's guess. */
export interface Declared {
  types: string[];
  ldArticle: boolean;
  ldNonArticle: string[];
  ogType: string;
  ogArticle: boolean;
  articleEl: boolean;
  readerable: boolean;
}

export function declaredSignals(page: PageModel, doc: Document): Declared {
  const types = page.jsonLd.flatMap(ldTypes);
  const ogType = metaContent(doc, 'og:type');
  let articleEl = false;
  for (const a of page.scan.articles) {
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
  return {
    types,
    ldArticle: types.some((t) => ARTICLE_LD_TYPES.has(t)),
    ldNonArticle: types.filter((t) => NON_ARTICLE_LD_TYPES.has(t)),
    ogType,
    ogArticle: ARTICLE_OG_TYPE.test(ogType),
    articleEl,
    readerable,
  };
}

/** Cart buttons: <button>/submit inputs, and link-only short lines ("Add to cart" links). */
export function countCartButtons(buttons: readonly Element[], cartLinks: number): number {
  let count = cartLinks;
  for (const el of buttons) {
    const t = el.tagName === 'INPUT' ? (el.getAttribute('value') ?? '') : textOf(el);
    if (t.length <= 30 && CART_TEXT.test(t)) count++;
  }
  return count;
}
