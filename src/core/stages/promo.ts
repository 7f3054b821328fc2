/**
 * Stage 4, promo: remove promo blocks from the working clone BEFORE extraction, so
 * Readability's scoring is not misled by them, and cut promo runs out of flattened
 * text blocks. `promoText` is the light text-only pass re-run on the extracted article.
 */
import type { PipelineContext } from '../context.ts';
import { logRemoval } from '../context.ts';
import { collectBlocks, removeBlock, removeNode, replaceBlockText, textOf, type TextBlock } from '../dom-utils.ts';
import { cutPromoRuns, promoBlockReason } from '../promo-text.ts';
import {
  APP_BADGE_ALT, COMMENTS_HEADING, INLINE_RELATED_LINE, INLINE_RELATED_MIN_LINK_SHARE, MAX_PROMO_CONTAINER_CHARS,
  PLACEHOLDER_IMAGE_ALT, PROMO_SELECTORS,
} from '../rules/promo-rules.ts';
import { collapse } from '../text-utils.ts';

/** How many lines back from "after newsletter promotion" its "Sign up to …" line may be. */
const NEWSLETTER_LOOKBACK = 3;
const SIGN_UP_LINE = /^sign up to\s/i;
const AFTER_NEWSLETTER = /^after newsletter promotion$/i;
/** Lazy-loading attributes: an image with one of these is a real picture waiting to load. */
const LAZY_ATTRS = ['data-src', 'data-srcset', 'srcset', 'data-lazy-src', 'data-original', 'data-url'];

export function promo(ctx: PipelineContext): void {
  const body = ctx.doc.body;
  if (!body) return;
  const headline = ctx.headline?.headline ?? null;
  removePromoContainers(ctx, body, headline);
  removePlaceholderImages(ctx, body);
  removePromoBlocks(ctx, body);
  ctx.pageBlocks = null;
}

/** The text-only pass over the extracted article (Readability may have kept a promo line). */
export function promoText(ctx: PipelineContext): void {
  if (ctx.article) removePromoBlocks(ctx, ctx.article);
}

function removePromoContainers(ctx: PipelineContext, body: HTMLElement, headline: Element | null): void {
  for (const { reason, selector } of PROMO_SELECTORS) {
    for (const el of Array.from(body.querySelectorAll(selector))) {
      if (!el.isConnected || el === body || el.tagName === 'HTML' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') continue;
      if (headline && el.contains(headline)) continue;
      const text = textOf(el);
      // A small box only: a wrapper that happens to match must never take the story with it.
      if (text.length > MAX_PROMO_CONTAINER_CHARS) continue;
      if (!text && !el.querySelector('img, iframe')) continue;
      removeNode(el);
      logRemoval(ctx, 'promo', reason, text || `<${el.tagName.toLowerCase()}>`, 'promo');
    }
  }
}

function removePlaceholderImages(ctx: PipelineContext, body: HTMLElement): void {
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const alt = collapse(img.getAttribute('alt') ?? '');
    const src = (img.getAttribute('src') ?? '').trim();
    const lazy = LAZY_ATTRS.some((a) => img.hasAttribute(a));
    const tiny = img.getAttribute('width') === '1' || img.getAttribute('height') === '1';
    let reason: string | null = null;
    if (APP_BADGE_ALT.test(alt)) reason = 'app-banner';
    else if (PLACEHOLDER_IMAGE_ALT.test(alt)) reason = 'image-placeholder';
    else if (!lazy && (!src || /^data:/i.test(src) || tiny)) reason = 'image-placeholder';
    if (!reason) continue;
    // Take the wrapping link/figure with it when the image was all it held.
    let target: Element = img;
    while (target.parentElement && ['A', 'PICTURE', 'FIGURE', 'SPAN'].includes(target.parentElement.tagName) && !textOf(target.parentElement) && target.parentElement.querySelectorAll('img').length === 1) {
      target = target.parentElement;
    }
    removeNode(target);
    logRemoval(ctx, 'promo', reason, alt ? `image: ${alt}` : `image: ${src.slice(0, 60) || '(no src)'}`, 'promo');
  }
}

function removePromoBlocks(ctx: PipelineContext, root: Element): void {
  const blocks = collectBlocks(root);
  const texts = blocks.map((b) => collapse(b.raw));
  const dead = new Set<number>();
  const drop = (i: number, reason: string): void => {
    if (dead.has(i)) return;
    dead.add(i);
    removeBlock(blocks[i]!);
    logRemoval(ctx, 'promo', reason, texts[i]!, 'promo');
  };
  for (let i = 0; i < blocks.length; i++) {
    if (dead.has(i)) continue;
    const text = texts[i]!;
    const b = blocks[i]!;
    const reason = promoBlockReason(text);
    if (reason) {
      // Guardian insert printed as lines: "Sign up to X" / blurb / "after newsletter promotion".
      if (AFTER_NEWSLETTER.test(text)) dropNewsletterLead(i, texts, dead, drop);
      drop(i, reason);
      // "Comments" heading right before an empty-comments line goes too.
      if (reason === 'empty-comments' && i > 0 && COMMENTS_HEADING.test(texts[i - 1]!)) drop(i - 1, 'empty-comments');
      continue;
    }
    if (isInlineRelatedLine(text, b)) {
      drop(i, 'inline-related-link');
      continue;
    }
    const cut = cutPromoRuns(text);
    if (cut.cuts.length) {
      if (cut.text) replaceBlockText(b, cut.text);
      else removeBlock(b);
      for (const c of cut.cuts) logRemoval(ctx, 'promo', c.reason, c.text, 'promo');
    }
  }
}

function dropNewsletterLead(i: number, texts: readonly string[], dead: Set<number>, drop: (i: number, reason: string) => void): void {
  for (let j = i - 1; j >= 0 && j >= i - NEWSLETTER_LOOKBACK; j--) {
    if (dead.has(j) || texts[j]!.length > 220) return;
    if (SIGN_UP_LINE.test(texts[j]!)) {
      for (let k = j; k < i; k++) drop(k, 'newsletter-insert');
      return;
    }
  }
}

function isInlineRelatedLine(text: string, b: TextBlock): boolean {
  return text.length <= 200 && INLINE_RELATED_LINE.test(text) && b.linkChars >= text.length * INLINE_RELATED_MIN_LINK_SHARE;
}
